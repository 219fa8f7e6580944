import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { createPainter } from '../../lib/dom/painter';
import { layerPriority } from '../../lib/dom/highlight-styles';
import { buildTextIndex, toRange, type TextIndex } from '../../lib/dom/text-index';
import { THEMES } from '../../lib/keywords/themes';

/*
 * happy-dom has no CSS Custom Highlight API, so these tests give its window a small registry with the
 * standard surface: `Highlight` is a Set of ranges with a `priority`, `CSS.highlights` a Map of names to
 * Highlights. tests/e2e/painter.test.ts checks the same painter against the real one in Chromium.
 */
class FakeHighlight extends Set<AbstractRange> {
  static created = 0;
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
    FakeHighlight.created++;
  }
}

const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

function parseWithHighlights(html: string): { doc: Document; registry: Map<string, FakeHighlight> } {
  const window = new Window({ url: 'https://www.example.gov.cn/' });
  window.document.write(html);
  const registry = new Map<string, FakeHighlight>();
  Object.assign(window, { Highlight: FakeHighlight });
  // happy-dom's window.CSS is a getter that makes a new object each time: replace it with one that stays.
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return { doc: window.document as unknown as Document, registry };
}

function range(index: TextIndex, phrase: string): Range {
  const start = index.text.indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return toRange(index, start, start + phrase.length)!;
}

const texts = (h: FakeHighlight | undefined) => [...(h ?? [])].map((r) => (r as Range).toString());

const SENTENCE =
  '<p>今年主要预期目标是：地区生产总值增长<span lang="EN-US">7</span>%左右，规模以上工业增加值增长7.5%左右；' +
  '城乡居民人均可支配收入分别增长8%、10%左右；粮食产量保持在181万吨以上。</p>' +
  '<p>——我们锐意改革、突破前行，<b>高质量发展</b>动能不断增强，生态文明建设成效显著。</p>';

describe('Highlight API painter (against a standard-surface registry)', () => {
  it('is chosen when the window has CSS.highlights and Highlight, and refuses to be forced without them', () => {
    const { doc } = parseWithHighlights(page(SENTENCE));
    const painter = createPainter(doc);
    expect(painter.mode).toBe('highlight-api');
    painter.destroy();
    const bare = new Window();
    bare.document.write(page(SENTENCE));
    expect(() => createPainter(bare.document as unknown as Document, { force: 'highlight-api' })).toThrow(/Highlight API/);
  });

  it('registers each layer under its contract name with its ranges and priority, and leaves the DOM alone', () => {
    const { doc, registry } = parseWithHighlights(page(SENTENCE));
    const body = doc.body.innerHTML;
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc);
    const target = [range(index, '地区生产总值增长7%左右'), range(index, '粮食产量保持在181万吨以上')];
    painter.paint('gov-target', target);
    painter.paint('gov-result', [range(index, '生态文明建设成效显著')]);
    painter.paint('gov-clip', [range(index, '——我们锐意改革、突破前行，高质量发展动能不断增强，生态文明建设成效显著。')]);
    expect(texts(registry.get('gov-target'))).toEqual(['地区生产总值增长7%左右', '粮食产量保持在181万吨以上']);
    expect([...registry.get('gov-target')!]).toEqual(target); // the very Range objects, no copies
    expect(texts(registry.get('gov-result'))).toEqual(['生态文明建设成效显著']);
    expect(registry.get('gov-target')!.priority).toBeGreaterThan(registry.get('gov-result')!.priority);
    expect(registry.get('gov-result')!.priority).toBeGreaterThan(registry.get('gov-clip')!.priority);
    expect(doc.body.innerHTML).toBe(body);
    const style = doc.head.querySelectorAll('style[data-gov-ui]');
    expect(style.length).toBe(1);
    for (const name of ['gov-target', 'gov-result', 'gov-keyword', 'gov-clip', 'gov-flash', 'gov-kw-user']) {
      expect(style[0]!.textContent).toContain(`::highlight(${name}) {`);
    }
    painter.destroy();
  });

  it('paints keywords once in gov-keyword and again per theme, above it; a theme that is gone is removed', () => {
    const { doc, registry } = parseWithHighlights(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc);
    painter.paintKeywords(
      new Map([
        ['keynote', [range(index, '高质量发展')]],
        ['green', [range(index, '生态文明')]],
        ['not a css name', [range(index, '突破前行')]],
      ]),
    );
    expect(texts(registry.get('gov-keyword'))).toEqual(['高质量发展', '生态文明', '突破前行']);
    expect(texts(registry.get('gov-kw-keynote'))).toEqual(['高质量发展']);
    expect(texts(registry.get('gov-kw-green'))).toEqual(['生态文明']);
    expect(registry.get('gov-kw-green')!.priority).toBeGreaterThan(registry.get('gov-keyword')!.priority);
    // A theme without a colour of its own still shows, in the grey of gov-kw-unthemed.
    expect(texts(registry.get('gov-kw-unthemed'))).toEqual(['突破前行']);
    expect([...registry.keys()].filter((n) => n.startsWith('gov-kw-')).sort()).toEqual(['gov-kw-green', 'gov-kw-keynote', 'gov-kw-unthemed']);

    painter.paintKeywords(new Map([['keynote', [range(index, '高质量发展')]]]));
    expect(registry.has('gov-kw-green')).toBe(false);
    expect(registry.has('gov-kw-unthemed')).toBe(false);
    expect(texts(registry.get('gov-keyword'))).toEqual(['高质量发展']);
    painter.destroy();
    expect(registry.size).toBe(0);
  });

  it('replaces a layer on each paint, with one new Highlight per paint even for 2,000 ranges', () => {
    // A whole provincial report, one <p> per line: its keyword hits are the ranges.
    const lines = readFileSync('tests/fixtures/corpus/reports-2025-provinces/2025年广东省.txt', 'utf8').split('\n');
    const { doc, registry } = parseWithHighlights(page(lines.map((line) => `<p>${line}</p>`).join('')));
    const index = buildTextIndex(doc.body);
    const hits = analyze(index.text).keywords;
    expect(hits.length).toBeGreaterThan(500);
    const ranges: Range[] = [];
    while (ranges.length < 2000) for (const hit of hits) ranges.push(toRange(index, hit.start, hit.end)!);
    const painter = createPainter(doc);
    const before = FakeHighlight.created;
    painter.paint('gov-keyword', ranges);
    expect(FakeHighlight.created - before).toBe(1);
    expect(registry.get('gov-keyword')!.size).toBe(ranges.length);
    painter.paint('gov-keyword', ranges.slice(0, 3));
    expect(FakeHighlight.created - before).toBe(2);
    expect(texts(registry.get('gov-keyword'))).toEqual(hits.slice(0, 3).map((h) => index.text.slice(h.start, h.end)));
    painter.paint('gov-keyword', []);
    expect(registry.has('gov-keyword')).toBe(false);
    painter.destroy();
  });

  it('accepts plain index bounds and turns them into Ranges', () => {
    const { doc, registry } = parseWithHighlights(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc);
    const start = index.text.indexOf('城乡居民人均可支配收入分别增长8%、10%左右');
    painter.paint('gov-target', [index.toRangeBounds(start, start + '城乡居民人均可支配收入分别增长8%、10%左右'.length)!]);
    expect(texts(registry.get('gov-target'))).toEqual(['城乡居民人均可支配收入分别增长8%、10%左右']);
    painter.destroy();
  });

  it('hides and shows a layer with the same ranges; hiding gov-keyword hides every theme layer', () => {
    const { doc, registry } = parseWithHighlights(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc);
    painter.paint('gov-target', [range(index, '粮食产量保持在181万吨以上')]);
    painter.paintKeywords(new Map([['keynote', [range(index, '高质量发展')]]]));
    painter.setHidden('gov-target', true);
    expect(registry.has('gov-target')).toBe(false);
    painter.setHidden('gov-target', false);
    expect(texts(registry.get('gov-target'))).toEqual(['粮食产量保持在181万吨以上']);
    painter.setHidden('gov-keyword', true);
    expect(registry.has('gov-keyword')).toBe(false);
    expect(registry.has('gov-kw-keynote')).toBe(false);
    // Painting a hidden layer keeps it hidden but remembers the new ranges.
    painter.paint('gov-kw-keynote', [range(index, '动能')]);
    expect(registry.has('gov-kw-keynote')).toBe(false);
    painter.setHidden('gov-keyword', false);
    expect(texts(registry.get('gov-kw-keynote'))).toEqual(['动能']);
    expect(texts(registry.get('gov-keyword'))).toEqual(['高质量发展']);
    painter.destroy();
  });

  it('removes only its own entries: a highlight someone else registered under a name stays', () => {
    const { doc, registry } = parseWithHighlights(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc);
    painter.paint('gov-clip', [range(index, '高质量发展')]);
    const theirs = new FakeHighlight(range(index, '动能'));
    registry.set('gov-clip', theirs);
    painter.clear('gov-clip');
    expect(registry.get('gov-clip')).toBe(theirs);
    painter.destroy();
    expect(registry.get('gov-clip')).toBe(theirs);
  });

  it('flashes a range on top of everything and takes the flash away again', async () => {
    const { doc, registry } = parseWithHighlights(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc);
    painter.paint('gov-target', [range(index, '粮食产量保持在181万吨以上')]);
    painter.flash(range(index, '粮食产量'), 20);
    expect(texts(registry.get('gov-flash'))).toEqual(['粮食产量']);
    expect(registry.get('gov-flash')!.priority).toBeGreaterThan(registry.get('gov-target')!.priority);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(registry.has('gov-flash')).toBe(false);
    expect(registry.has('gov-target')).toBe(true);
    painter.destroy();
  });

  it('switches to the dark palette by an attribute on <html>, and destroy() takes everything away', () => {
    const { doc, registry } = parseWithHighlights(page(SENTENCE));
    const index = buildTextIndex(doc.body);
    const painter = createPainter(doc);
    painter.setDarkPage(true);
    expect(doc.documentElement.getAttribute('data-gov-palette')).toBe('dark');
    const css = doc.head.querySelector('style[data-gov-ui]')!.textContent!;
    expect(css).toContain(':root[data-gov-palette="dark"] ::highlight(gov-target)');
    painter.setDarkPage(false);
    expect(doc.documentElement.hasAttribute('data-gov-palette')).toBe(false);
    painter.setDarkPage(true);
    painter.paint('gov-result', [range(index, '地区生产总值')]);
    painter.flash(range(index, '地区生产总值'), 10_000);
    painter.destroy();
    expect(registry.size).toBe(0);
    expect(doc.head.querySelector('style[data-gov-ui]')).toBeNull();
    expect(doc.documentElement.hasAttribute('data-gov-palette')).toBe(false);
    expect(() => painter.clear()).toThrow(/destroyed/);
  });

  it('stacks layers in the order the contract needs', () => {
    const order = ['gov-keyword', `gov-kw-${THEMES[0]!.id}`, 'gov-clip', 'gov-result', 'gov-target', 'gov-flash'];
    const priorities = order.map(layerPriority);
    expect([...priorities].sort((a, b) => a - b)).toEqual(priorities);
    expect(new Set(priorities).size).toBe(order.length);
  });
});
