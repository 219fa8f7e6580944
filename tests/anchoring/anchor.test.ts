import { describe as group, expect, it } from 'vitest';
import { anchor, createAnchorer, describe } from '../../lib/anchoring';
import type { AnchorResult } from '../../lib/anchoring';
import { occurrences, readReport, uniqueOffset } from './corpus';

const hebei = readReport('reports-2025-provinces/2025年河北省.txt');
const yunnan = readReport('reports-2025-provinces/2025年云南省.txt');
const jiangxi = readReport('reports-2025-provinces/2025年江西省.txt');
const qinghai2022 = readReport('reports/2022_青海省.txt');

/** A real paragraph from another report, inserted as an edit. */
const foreignParagraph = qinghai2022.split('\n')[1]!.slice(3000, 3400) + '\n';

function clip(text: string, quote: string) {
  const start = uniqueOffset(text, quote);
  return { start, end: start + quote.length, selectors: describe(text, start, start + quote.length) };
}

function expectAt(r: AnchorResult, start: number, end: number, status?: 'exact' | 'fuzzy') {
  expect(r.status === 'orphan' ? r : { start: r.start, end: r.end }).toEqual({ start, end });
  if (status) expect(r.status).toBe(status);
}

// The 2025 Hebei headline targets and one plan sentence, clipped as users would.
const TARGETS =
  '地区生产总值增长5%以上，一般公共预算收入增长2%左右，规上工业增加值增长5.5%左右，固定资产投资增长5.5%左右，社会消费品零售总额增长5%左右';
const SENTENCE = '继续把抓有效投资、上优质项目作为主攻方向，劲头不松、力度不减。';

group('anchor: unchanged text', () => {
  it('finds a clip where it was described, with score 1', () => {
    const c = clip(hebei, SENTENCE);
    expect(anchor(hebei, c.selectors)).toEqual({ status: 'exact', start: c.start, end: c.end, score: 1 });
  });

  it('finds it from the quote alone (no position), and from a W3C selector list', () => {
    const c = clip(hebei, TARGETS);
    expectAt(anchor(hebei, { quote: c.selectors.quote }), c.start, c.end, 'exact');
    expectAt(anchor(hebei, [c.selectors.position, c.selectors.quote]), c.start, c.end, 'exact');
  });

  it('reports an orphan, not a guess, when no quote selector is given', () => {
    const c = clip(hebei, TARGETS);
    expect(anchor(hebei, [c.selectors.position]).status).toBe('orphan');
  });
});

group('anchor: (a) a paragraph inserted before the clip', () => {
  it('finds the quote at its shifted offsets', () => {
    const c = clip(hebei, TARGETS);
    const at = hebei.indexOf('\n', 200) + 1; // after the second line, well before the clip
    const edited = hebei.slice(0, at) + foreignParagraph + hebei.slice(at);
    const r = anchor(edited, c.selectors);
    expectAt(r, c.start + foreignParagraph.length, c.end + foreignParagraph.length, 'exact');
    expect(edited.slice(c.start + foreignParagraph.length, c.end + foreignParagraph.length)).toBe(TARGETS);
  });

  it('still finds a short clip when three characters are inserted right before it', () => {
    const quote = '上优质项目作为主攻方向';
    const c = clip(hebei, quote);
    const edited = hebei.slice(0, c.start) + '加快推' + hebei.slice(c.start);
    expectAt(anchor(edited, c.selectors), c.start + 3, c.end + 3, 'exact');
  });
});

group('anchor: (b) Chinese punctuation replaced by ASCII', () => {
  it('，→ , and ：→ : in place (same offsets)', () => {
    const c = clip(hebei, '今年经济社会发展的主要预期目标是：' + TARGETS);
    const edited = hebei.replace(/，/g, ',').replace(/：/g, ':');
    const r = anchor(edited, c.selectors);
    expectAt(r, c.start, c.end, 'exact');
    expect(r.status !== 'orphan' && r.score).toBeGreaterThan(0.95);
  });

  it('，→ ", " (offsets shift by one per comma before the clip)', () => {
    const c = clip(hebei, TARGETS);
    const ascii = (s: string) => s.replace(/，/g, ', ').replace(/：/g, ': ');
    const edited = ascii(hebei);
    const start = ascii(hebei.slice(0, c.start)).length;
    const r = anchor(edited, c.selectors);
    // The span ends at the last character of the quote (its trailing space is not part of it).
    expectAt(r, start, start + ascii(TARGETS).length, 'exact');
    expect(edited.slice(start, start + ascii(TARGETS).length)).toBe(ascii(TARGETS));
  });
});

group('anchor: (c) spaces inserted inside the quote', () => {
  it('a space between every character of a target', () => {
    const quote = '一般公共预算收入增长2%左右';
    const c = clip(hebei, '今年经济社会发展的主要预期目标是：地区生产总值增长5%以上，' + quote);
    const spaced = '今年经济社会发展的主要预期目标是：地区生产总值增长5%以上，' + [...quote].join(' ');
    const edited = hebei.slice(0, c.start) + spaced + hebei.slice(c.end);
    expectAt(anchor(edited, c.selectors), c.start, c.start + spaced.length, 'exact');
  });

  it('line breaks and indentation added inside a clip spanning two paragraphs', () => {
    const quote = '重点做好八方面工作：\n（一）聚力抓投资促消费';
    const c = clip(hebei, quote);
    const edited = hebei.slice(0, c.start) + '重点做好八方面工作：\r\n\r\n    （一）聚力抓投资促消费' + hebei.slice(c.end);
    expectAt(anchor(edited, c.selectors), c.start, c.end + 7, 'exact');
  });

  it('a flattened copy of the report (all line breaks lost) still places a multi-paragraph clip', () => {
    const quote = '重点做好八方面工作：\n（一）聚力抓投资促消费，推动经济持续稳定增长。';
    const c = clip(hebei, quote);
    const flat = hebei.replace(/\n/g, '');
    const start = hebei.slice(0, c.start).replace(/\n/g, '').length;
    expectAt(anchor(flat, c.selectors), start, start + quote.length - 1, 'exact');
  });
});

group('anchor: (d) a figure changed inside a long quote', () => {
  it('5.5% → 5.0% in the headline targets: found fuzzily at the same place', () => {
    const c = clip(hebei, TARGETS);
    const changed = TARGETS.replace('规上工业增加值增长5.5%', '规上工业增加值增长5.0%');
    const edited = hebei.slice(0, c.start) + changed + hebei.slice(c.end);
    const r = anchor(edited, c.selectors);
    expectAt(r, c.start, c.end, 'fuzzy');
    expect(r.status === 'fuzzy' && r.score).toBeGreaterThan(0.95);
    expect(r.status === 'fuzzy' && r.score).toBeLessThan(1);
  });

  it('a figure changed and a paragraph inserted before: found at the shifted place', () => {
    const ningxia = readReport('reports-2025-provinces/2025年宁夏.txt');
    const target = '规上工业增加值增长6.5%左右，固定资产投资增长6%以上，社会消费品零售总额增长5%左右';
    const c = clip(ningxia, target);
    const edited =
      foreignParagraph + ningxia.slice(0, c.start) + target.replace('6.5%', '6.0%') + ningxia.slice(c.end);
    const shift = foreignParagraph.length;
    expectAt(anchor(edited, c.selectors), c.start + shift, c.end + shift, 'fuzzy');
  });

  it('the changed figure is the first character of the clip: the span does not swallow its neighbour', () => {
    // Clip starts at "5%以上" inside 增长5%以上; the page changes it to 增长4%以上.
    const quote = '5%以上，一般公共预算收入增长2%左右，规上工业增加值增长5.5%左右';
    const c = clip(hebei, quote);
    const edited = hebei.slice(0, c.start) + '4' + hebei.slice(c.start + 1);
    expectAt(anchor(edited, c.selectors), c.start, c.end, 'fuzzy');
  });

  it('a short target whose figure changed, next to look-alike targets, is found or orphaned, never misplaced', () => {
    // 江西 has 增长5%左右 three times in one sentence; the clip is the fixed-asset one.
    const quote = '固定资产投资增长5%左右';
    const c = clip(jiangxi, quote);
    const edited = jiangxi.slice(0, c.start) + '固定资产投资增长6%左右' + jiangxi.slice(c.end);
    const r = anchor(edited, c.selectors);
    expectAt(r, c.start, c.end, 'fuzzy');
  });
});

group('anchor: (e) a short quote that occurs several times', () => {
  // 居民人均可支配收入增长 occurs 5 times in the 2025 Yunnan report (review, targets, plan).
  const quote = '居民人均可支配收入增长';
  const all = occurrences(yunnan, quote);

  it('the fixture really repeats the quote', () => {
    expect(all.length).toBeGreaterThanOrEqual(4);
  });

  it('each occurrence is found again when a paragraph is inserted before it', () => {
    for (const start of all) {
      const sel = describe(yunnan, start, start + quote.length);
      const edited = foreignParagraph + yunnan;
      expectAt(anchor(edited, sel), start + foreignParagraph.length, start + foreignParagraph.length + quote.length);
    }
  });

  it('each occurrence is found again when the words just before it are rewritten', () => {
    for (const start of all) {
      const sel = describe(yunnan, start, start + quote.length);
      const edited = yunnan.slice(0, start - 6) + '持续推动' + yunnan.slice(start);
      expectAt(anchor(edited, sel), start - 2, start - 2 + quote.length, 'exact');
    }
  });

  it('with both sides of the original rewritten: the right occurrence or an orphan, never another one', () => {
    let found = 0;
    for (const start of all) {
      const sel = describe(yunnan, start, start + quote.length);
      const edited =
        yunnan.slice(0, start - 12) + '全力以赴抓好落实' + quote + '取得实效' + yunnan.slice(start + quote.length + 12);
      const r = anchor(edited, sel);
      if (r.status === 'orphan') continue;
      expect(r.start).toBe(start - 4);
      found++;
    }
    // Either outcome is allowed for each occurrence, but an anchorer that orphans everything is useless:
    // 20 of 64 context characters survive, and the other occurrences agree less.
    expect(found).toBeGreaterThanOrEqual(3);
  });

  it('with the original deleted, the other occurrences are not taken for it', () => {
    for (const start of all) {
      const sel = describe(yunnan, start, start + quote.length);
      const edited = yunnan.slice(0, start - 20) + yunnan.slice(start + quote.length + 20);
      const r = anchor(edited, sel);
      expect(r.status).toBe('orphan');
    }
  });

  it('a twin with the very same context: the stored position decides, or the clip is ambiguous', () => {
    // Duplicate a sentence: the clip and its copy agree equally.
    const sentence = '城镇调查失业率5.5%以内，城镇新增就业50万人以上，';
    const c = clip(yunnan, sentence);
    const doubled = yunnan.slice(0, c.end) + sentence + yunnan.slice(c.end);
    // The original is still at its stored offsets: step 1 keeps it.
    expectAt(anchor(doubled, c.selectors), c.start, c.end, 'exact');
    // Both copies shifted by an insertion, and no stored position: no way to choose.
    const shifted = foreignParagraph + doubled;
    const r = anchor(shifted, { quote: c.selectors.quote });
    expect(r.status).toBe('orphan');
    expect(r.status === 'orphan' && r.reason).toMatch(/ambiguous/);
  });
});

group('anchor: (f) the passage deleted', () => {
  it('every long paragraph of the report, clipped then deleted, comes back as an orphan', () => {
    const lines = hebei.split('\n');
    let tested = 0;
    let offset = 0;
    for (const line of lines) {
      const start = offset;
      offset += line.length + 1;
      if (line.length < 40) continue;
      // Clip the first sentence-ish 30 characters of the paragraph, then delete the whole paragraph.
      const sel = describe(hebei, start + 5, start + 35);
      const edited = hebei.slice(0, start) + hebei.slice(start + line.length + 1);
      const r = anchor(edited, sel);
      expect(r.status, line.slice(5, 35)).toBe('orphan');
      tested++;
    }
    expect(tested).toBeGreaterThan(30);
  });

  it('a sentence deleted from its paragraph is an orphan ("not found")', () => {
    const c = clip(hebei, SENTENCE);
    const edited = hebei.slice(0, c.start) + hebei.slice(c.end);
    const r = anchor(edited, c.selectors);
    expect(r.status).toBe('orphan');
    expect(r.status === 'orphan' && r.reason).toMatch(/not found/);
  });

  it('a clip of another report does not anchor on this one', () => {
    const c = clip(yunnan, '城镇调查失业率5.5%以内，城镇新增就业50万人以上，');
    expect(anchor(hebei, c.selectors).status).toBe('orphan');
  });
});

group('createAnchorer', () => {
  it('anchors many clips on one text with the same results as anchor()', () => {
    const edited = foreignParagraph + hebei.replace(/，/g, ', ');
    const anchorer = createAnchorer(edited);
    for (let start = 500; start + 60 < hebei.length; start += 997) {
      const sel = describe(hebei, start, start + 60);
      expect(anchorer.anchor(sel)).toEqual(anchor(edited, sel));
    }
  });
});

group('anchor: options and odd input', () => {
  it('maxErrors: 0 turns fuzzy matching off (a changed figure is then an orphan)', () => {
    const c = clip(hebei, TARGETS);
    const edited = hebei.slice(0, c.start) + TARGETS.replace('增长2%左右', '增长3%左右') + hebei.slice(c.end);
    expect(anchor(edited, c.selectors).status).toBe('fuzzy');
    expect(anchor(edited, c.selectors, { maxErrors: 0 }).status).toBe('orphan');
  });

  it('a stored position beyond the end of a shortened page is only a hint', () => {
    const c = clip(hebei, SENTENCE);
    const shortened = hebei.slice(c.start - 500, c.end + 500);
    expectAt(anchor(shortened, c.selectors), 500, 500 + SENTENCE.length, 'exact');
  });

  it('a whitespace-only quote is an orphan', () => {
    const r = anchor(hebei, { quote: { type: 'TextQuoteSelector', exact: ' \n ', prefix: '', suffix: '' } });
    expect(r.status).toBe('orphan');
  });
});
