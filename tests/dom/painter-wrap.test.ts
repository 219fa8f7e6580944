import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { MARK_TAG } from '../../lib/dom/highlight-styles';
import { createPainter, originalPoint, type Painter, type PaintRange } from '../../lib/dom/painter';
import { buildTextIndex, toRange, type TextIndex } from '../../lib/dom/text-index';

const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;
const fixture = (name: string) => readFileSync(`tests/fixtures/html/${name}`, 'utf8');
const FIXTURES = ['gov-cn-ucap.html', 'hanweb-district.html', 'readability-picks-sidebar.html', 'trs-editor-table.html'];

function parse(html: string): Document {
  const window = new Window({ url: 'https://www.example.gov.cn/' });
  window.document.write(html);
  return window.document as unknown as Document;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

/** What must come back after clear()/destroy(): the markup and the very same text nodes with the same data. */
function snapshot(doc: Document) {
  const nodes = textNodes(doc.body);
  return { html: doc.body.innerHTML, nodes, data: nodes.map((n) => n.data) };
}
function expectRestored(doc: Document, before: ReturnType<typeof snapshot>) {
  expect(doc.body.innerHTML).toBe(before.html);
  const after = textNodes(doc.body);
  expect(after.length).toBe(before.nodes.length);
  for (let i = 0; i < after.length; i++) {
    expect(after[i]).toBe(before.nodes[i]);
    expect(after[i]!.data).toBe(before.data[i]);
  }
  expect(doc.querySelector(MARK_TAG)).toBeNull();
}

function range(index: TextIndex, phrase: string, from = 0): Range {
  const start = index.text.indexOf(phrase, from);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return toRange(index, start, start + phrase.length)!;
}

/**
 * Text of the marks of one layer in document order: runs of marked text nodes joined across inline
 * elements (the page's spans, other marks), split at unmarked text, <br> and block boundaries.
 */
function markedText(doc: Document, layer: string): string[] {
  const out: string[] = [];
  let open = false;
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const inLayer = !!n.parentElement?.closest(`${MARK_TAG}[data-layer="${layer}"]`);
      if (inLayer) {
        if (open) out[out.length - 1] += (n as Text).data;
        else out.push((n as Text).data);
        open = true;
      } else if ((n as Text).data.trim() !== '') open = false;
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toLowerCase();
    const inline = tag === MARK_TAG || ['span', 'b', 'a', 'font', 'strong', 'em'].includes(tag);
    if (!inline) open = false;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (!inline) open = false;
  };
  walk(doc.body);
  return out;
}

const SENTENCE =
  '<p>今年主要预期目标是：地区生产总值增长<span lang="EN-US">7</span>%左右，规模以上工业增加值增长<span>7.5%</span>左右，<br>' +
  '固定资产投资增长9%左右；粮食产量保持在181万吨以上；能耗强度在“十四五”规划期内统筹考核。</p>' +
  '<p>——我们锐意改革、突破前行，<b>高质量发展</b>动能不断增强。</p>';

describe('wrap painter (happy-dom)', () => {
  it('is chosen when the window has no CSS Custom Highlight API', () => {
    const painter = createPainter(parse(page(SENTENCE)));
    expect(painter.mode).toBe('wrap');
    painter.destroy();
  });

  it('wraps targets across <span> and <br> and restores the DOM exactly', () => {
    const doc = parse(page(SENTENCE));
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    painter.paint('gov-target', [
      range(index, '地区生产总值增长7%左右'),
      range(index, '规模以上工业增加值增长7.5%左右，\n固定资产投资'),
      range(index, '粮食产量保持在181万吨以上'),
    ]);
    painter.flush();
    expect(markedText(doc, 'gov-target')).toEqual([
      '地区生产总值增长7%左右',
      '规模以上工业增加值增长7.5%左右，',
      '固定资产投资',
      '粮食产量保持在181万吨以上',
    ]);
    // The <br> and the page's spans are still where they were, now around or inside marks.
    expect(doc.querySelectorAll('br').length).toBe(1);
    expect(doc.querySelector('span[lang="EN-US"]')!.textContent).toBe('7');
    for (const mark of doc.querySelectorAll(MARK_TAG)) {
      expect(mark.getAttribute('data-gov-ui')).toBe('');
      expect(mark.childNodes.length).toBe(1);
    }
    painter.clear();
    painter.flush();
    expectRestored(doc, before);
    painter.destroy();
  });

  it('nests overlapping layers by priority: a target inside a keyword, a keyword theme inside gov-keyword', () => {
    const doc = parse(page(SENTENCE));
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    // Painted in the "wrong" order on purpose: the target first, the keyword layers after.
    painter.paint('gov-target', [range(index, '规模以上工业增加值增长7.5%左右')]);
    painter.paintKeywords(new Map([['innovation', [range(index, '规模以上工业')]], ['keynote', [range(index, '高质量发展')]]]));
    painter.paint('gov-clip', [range(index, '——我们锐意改革、突破前行，高质量发展动能不断增强。')]);
    painter.flush();

    const kw = doc.querySelector(`${MARK_TAG}[data-layer="gov-kw-keynote"]`)!;
    expect(kw.textContent).toBe('高质量发展');
    // gov-keyword (lowest) outside, then the keynote theme, then the clip, all inside the page's own <b>.
    expect(kw.parentElement!.getAttribute('data-layer')).toBe('gov-keyword');
    expect(kw.parentElement!.parentElement!.tagName.toLowerCase()).toBe('b');
    expect(kw.firstElementChild!.getAttribute('data-layer')).toBe('gov-clip');
    expect(kw.firstElementChild!.textContent).toBe('高质量发展');
    const target = [...doc.querySelectorAll(`${MARK_TAG}[data-layer="gov-target"]`)];
    expect(target.map((m) => m.textContent).join('')).toBe('规模以上工业增加值增长7.5%左右');
    const innermostOverlap = target.find((m) => m.textContent === '规模以上工业')!;
    expect(innermostOverlap.parentElement!.getAttribute('data-layer')).toBe('gov-kw-innovation');
    expect(markedText(doc, 'gov-keyword')).toEqual(['规模以上工业', '高质量发展']);

    // Clearing one layer leaves the others as they were painted.
    painter.clear('gov-target');
    painter.flush();
    expect(doc.querySelector(`${MARK_TAG}[data-layer="gov-target"]`)).toBeNull();
    expect(markedText(doc, 'gov-keyword')).toEqual(['规模以上工业', '高质量发展']);
    expect(markedText(doc, 'gov-clip')).toEqual(['——我们锐意改革、突破前行，高质量发展动能不断增强。']);
    painter.destroy();
    expectRestored(doc, before);
  });

  it('reads live Ranges at paint time, so layers painted one after another all land where they were made', () => {
    const doc = parse(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    // All Ranges built first, as the content script does; every paint splits nodes the next Ranges point into.
    const target = range(index, '增长9%左右');
    const result = range(index, '固定资产投资增长9');
    const keyword = range(index, '固定资产投资');
    painter.paint('gov-target', [target]);
    painter.paint('gov-result', [result]);
    painter.paint('gov-keyword', [keyword]);
    painter.flush();
    expect(markedText(doc, 'gov-target')).toEqual(['增长9%左右']);
    expect(markedText(doc, 'gov-result')).toEqual(['固定资产投资增长9']);
    expect(markedText(doc, 'gov-keyword')).toEqual(['固定资产投资']);
    painter.destroy();
  });

  it('takes index bounds in original coordinates while text is split (a clip added later)', () => {
    const doc = parse(page(SENTENCE));
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    painter.paint('gov-target', [range(index, '工业增加值')]);
    painter.flush();
    const start = index.text.indexOf('增长7.5%');
    const bounds = index.toRangeBounds(start, start + '增长7.5%'.length)!;
    // The index's node was split: the bounds start past its current end.
    expect(bounds.startOffset).toBeGreaterThan(bounds.startContainer.length);
    painter.paint('gov-clip', [bounds]);
    painter.flush();
    expect(markedText(doc, 'gov-clip')).toEqual(['增长7.5%']);
    expect(markedText(doc, 'gov-target')).toEqual(['工业增加值']);
    painter.destroy();
    expectRestored(doc, before);
  });

  it('never wraps white space between table cells (it would add table boxes)', () => {
    const doc = parse(
      page('<table><tbody>\n<tr>\n<td>城镇新增就业</td>\n<td>1.2万人以上</td>\n</tr>\n<tr>\n<td>城镇调查失业率</td>\n<td>5.5%以内</td>\n</tr>\n</tbody></table>'),
    );
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    painter.paint('gov-target', [range(index, '城镇新增就业\n1.2万人以上\n城镇调查失业率')]);
    painter.flush();
    for (const mark of doc.querySelectorAll(MARK_TAG)) expect(mark.parentElement!.tagName.toLowerCase()).toBe('td');
    expect(markedText(doc, 'gov-target')).toEqual(['城镇新增就业', '1.2万人以上', '城镇调查失业率']);
    painter.destroy();
    expectRestored(doc, before);
  });

  it('hides a layer without forgetting it; hiding gov-keyword hides the theme layers', () => {
    const doc = parse(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    painter.paintKeywords(new Map([['keynote', [range(index, '高质量发展')]]]));
    painter.paint('gov-target', [range(index, '粮食产量保持在181万吨以上')]);
    painter.setHidden('gov-keyword', true);
    painter.flush();
    expect(painter.isHidden('gov-kw-keynote')).toBe(true);
    expect(doc.querySelector(`${MARK_TAG}[data-layer^="gov-k"]`)).toBeNull();
    expect(markedText(doc, 'gov-target')).toEqual(['粮食产量保持在181万吨以上']);
    painter.setHidden('gov-keyword', false);
    painter.flush();
    expect(markedText(doc, 'gov-kw-keynote')).toEqual(['高质量发展']);
    expect(painter.layers().sort()).toEqual(['gov-keyword', 'gov-kw-keynote', 'gov-target']);
    painter.destroy();
  });

  it('flashes a range and removes the flash by itself', async () => {
    const doc = parse(page(SENTENCE));
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    painter.flash(range(index, '能耗强度'), 20);
    painter.flush();
    expect(markedText(doc, 'gov-flash')).toEqual(['能耗强度']);
    await new Promise((resolve) => setTimeout(resolve, 80));
    painter.flush();
    expectRestored(doc, before);
    painter.destroy();
  });

  it('destroy() removes its style, the dark-page attribute and every mark; the painter is then closed', () => {
    const doc = parse(page(SENTENCE));
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    const style = doc.head.querySelector('style[data-gov-ui]')!;
    expect(style.textContent).toContain(`${MARK_TAG}[data-gov-ui] { all: unset !important; }`);
    expect(style.textContent).toContain('[data-layer="gov-kw-user"]');
    painter.setDarkPage(true);
    expect(doc.documentElement.getAttribute('data-gov-palette')).toBe('dark');
    painter.paint('gov-result', [range(index, '地区生产总值')]);
    painter.destroy(); // with the render still pending
    expectRestored(doc, before);
    expect(doc.head.querySelector('style[data-gov-ui]')).toBeNull();
    expect(doc.documentElement.hasAttribute('data-gov-palette')).toBe(false);
    expect(() => painter.paint('gov-result', [range(index, '地区生产总值')])).toThrow(/destroyed/);
    expect(() => painter.paint('not a name', [])).toThrow();
  });

  it('maps a point in a split-off text node back to the index', () => {
    const doc = parse(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc, { force: 'wrap' });
    painter.paint('gov-target', [range(index, '粮食产量保持在181万吨以上')]);
    painter.flush();
    const mark = doc.querySelector(MARK_TAG)!;
    const fragment = mark.firstChild as Text;
    const p = originalPoint(fragment, 4);
    expect(index.text.slice(index.offsetOf(p.node, p.offset)!, index.offsetOf(p.node, p.offset)! + 3)).toBe('保持在');
    painter.destroy();
  });
});

/** Which layers cover each character of index.text, read from the marks around the characters' nodes. */
function coverage(doc: Document, index: TextIndex): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const node of textNodes(doc.body)) {
    const layers: string[] = [];
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (el.tagName.toLowerCase() === MARK_TAG) layers.push(el.getAttribute('data-layer')!);
    }
    if (layers.length === 0) continue;
    for (let i = 0; i < node.data.length; i++) {
      const a = originalPoint(node, i);
      const from = index.offsetOf(a.node, a.offset);
      const to = index.offsetOf(a.node, a.offset + 1);
      if (from === null || to === null || to <= from) continue;
      for (const layer of layers) {
        let set = out.get(layer);
        if (!set) out.set(layer, (set = new Set()));
        set.add(from);
      }
    }
  }
  return out;
}

/**
 * Characters of index.text the painter can show: those of text nodes that are not pure collapsible white
 * space. Read before painting (painting splits the nodes).
 */
function paintableChars(index: TextIndex): Set<number> {
  const real = new Set<number>();
  for (const run of index.nodeSpans) {
    if (/^[ \t\n\r\f]*$/.test(run.node.data)) continue;
    for (let i = run.start; i < run.end; i++) real.add(i);
  }
  return real;
}

function expectedCoverage(real: Set<number>, spans: Array<[number, number]>): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of spans) for (let i = s; i < e; i++) if (real.has(i)) out.add(i);
  return out;
}

const LAYERS = ['gov-target', 'gov-result', 'gov-keyword', 'gov-clip', 'gov-kw-green'] as const;

describe('wrap painter: random ranges over real pages (property)', () => {
  it.each(FIXTURES)('%s: 500 random ranges on five layers paint exactly their characters and restore exactly', (name) => {
    const doc = parse(fixture(name));
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const real = paintableChars(index);
    const n = index.text.length;
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: LAYERS.length - 1 }))
      .map(([s, len, layer]) => ({ s, e: Math.min(n, s + len), layer: LAYERS[layer]! }));
    fc.assert(
      fc.property(fc.array(spanArb, { minLength: 500, maxLength: 500 }), fc.boolean(), (spans, liveRanges) => {
        const painter: Painter = createPainter(doc, { force: 'wrap' });
        const byLayer = new Map<string, Array<[number, number]>>();
        for (const { s, e, layer } of spans) byLayer.set(layer, [...(byLayer.get(layer) ?? []), [s, e]]);
        // Either live Ranges all made before painting, or plain index bounds.
        const toPaint = (list: Array<[number, number]>): PaintRange[] =>
          list
            .map(([s, e]) => (liveRanges ? toRange(index, s, e) : index.toRangeBounds(s, e)))
            .filter((r): r is Range => r !== null);
        const prepared = [...byLayer].map(([layer, list]) => [layer, toPaint(list)] as const);
        for (const [layer, ranges] of prepared) painter.paint(layer, ranges);
        painter.flush();
        const got = coverage(doc, index);
        for (const [layer, list] of byLayer) expect(got.get(layer) ?? new Set()).toEqual(expectedCoverage(real, list));
        // Repaint one layer while everything is split (bounds in original coordinates), then tear down.
        const [firstLayer, firstList] = [...byLayer][0]!;
        const shifted = firstList.map(([s, e]): [number, number] => [Math.max(0, s - 3), e]);
        painter.paint(firstLayer, shifted.map(([s, e]) => index.toRangeBounds(s, e)).filter((r) => r !== null));
        painter.flush();
        expect(coverage(doc, index).get(firstLayer) ?? new Set()).toEqual(expectedCoverage(real, shifted));
        painter.destroy();
        expectRestored(doc, before);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  }, 30_000);

  it('paints what the engine finds in a real report page and restores it', () => {
    const doc = parse(fixture('trs-editor-table.html'));
    const before = snapshot(doc);
    const index = buildTextIndex(doc.body);
    const real = paintableChars(index);
    const analysis = analyze(index.text);
    expect(analysis.targets.length).toBeGreaterThan(3);
    expect(analysis.keywords.length).toBeGreaterThan(3);
    const painter = createPainter(doc, { force: 'wrap' });
    const targets = analysis.targets.filter((t) => t.kind === 'target');
    painter.paint('gov-target', targets.map((t) => toRange(index, t.start, t.end)!));
    const byTheme = new Map<string, Range[]>();
    for (const hit of analysis.keywords) byTheme.set(hit.theme, [...(byTheme.get(hit.theme) ?? []), toRange(index, hit.start, hit.end)!]);
    painter.paintKeywords(byTheme);
    painter.flush();
    const marked = markedText(doc, 'gov-target');
    for (const t of targets) expect(marked.join('|')).toContain(index.text.slice(t.start, t.end).replace(/\n/g, ''));
    expect(coverage(doc, index).get('gov-keyword')).toEqual(
      expectedCoverage(real, analysis.keywords.map((k) => [k.start, k.end])),
    );
    painter.destroy();
    expectRestored(doc, before);
  });
});
