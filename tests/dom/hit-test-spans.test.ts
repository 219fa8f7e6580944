import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { createSpanLookup, highlightNamesAt, itemsAt, itemsOverlapping, type Span } from '../../lib/dom/hit-test';

const naiveAt = <T extends Span>(spans: readonly T[], offset: number) => spans.filter((s) => s.start <= offset && offset < s.end);
const naiveOverlapping = <T extends Span>(spans: readonly T[], start: number, end: number) =>
  end <= start ? [] : spans.filter((s) => s.start < end && s.end > start && s.end > s.start);
const byPosition = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

describe('span lookup on a real report', () => {
  const text = readFileSync('tests/fixtures/corpus/reports/2022_咸阳市.txt', 'utf8');
  const analysis = analyze(text);
  // What hovering asks: every target, result, keyword and section under one offset.
  const items: Array<Span & { kind: string }> = [
    ...analysis.targets.map((t) => ({ start: t.start, end: t.end, kind: t.kind })),
    ...analysis.keywords.map((k) => ({ start: k.start, end: k.end, kind: `keyword:${k.term}` })),
    ...analysis.sections.map((s) => ({ start: s.start, end: s.end, kind: 'section' })),
  ];
  const lookup = createSpanLookup(items);

  it('finds exactly the items a linear scan finds, at every offset of the text', () => {
    expect(analysis.targets.length).toBeGreaterThan(20);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(itemsAt(offset, lookup)).toEqual(naiveAt(items, offset).sort(byPosition));
    }
  });

  it('answers a hover over 地区生产总值增长7%左右 with that target, inside its section', () => {
    const at = text.indexOf('地区生产总值增长7%左右') + '地区生产总值增长'.length; // on the "7"
    const found = itemsAt(at, lookup);
    const target = found.find((i) => i.kind === 'target');
    expect(target && text.slice(target.start, target.end)).toContain('7%左右');
    expect(found.some((i) => i.kind === 'section')).toBe(true);
  });

  it('gives the items a selection overlaps, for clipping', () => {
    const start = text.indexOf('今年主要预期目标是');
    const end = text.indexOf('。', start) + 1;
    expect(itemsOverlapping(start, end, lookup)).toEqual(naiveOverlapping(items, start, end).sort(byPosition));
    expect(itemsOverlapping(start, end, lookup).filter((i) => i.kind === 'target').length).toBeGreaterThanOrEqual(6);
  });
});

describe('span lookup (property)', () => {
  const spanArb = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 120 })).map(([start, len]) => ({ start, end: start + len }));

  it('matches a linear scan for any spans, nested, overlapping, empty or repeated', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 200 }), fc.integer({ min: -5, max: 430 }), fc.integer({ min: 0, max: 60 }), (spans, offset, len) => {
        const lookup = createSpanLookup(spans);
        expect(itemsAt(offset, lookup)).toEqual(naiveAt(spans, offset).sort(byPosition));
        expect(itemsOverlapping(offset, offset + len, lookup)).toEqual(naiveOverlapping(spans, offset, offset + len).sort(byPosition));
      }),
      { numRuns: 300 },
    );
  });

  it('returns the caller\'s own objects, outer spans first when they start together', () => {
    const outer = { start: 10, end: 40 };
    const inner = { start: 10, end: 15 };
    const later = { start: 12, end: 20 };
    const lookup = createSpanLookup([later, inner, outer]);
    const found = itemsAt(12, lookup);
    expect(found).toEqual([outer, inner, later]);
    expect(found[0]).toBe(outer);
    expect(itemsAt(40, lookup)).toEqual([]);
    expect(itemsAt(0, createSpanLookup([]))).toEqual([]);
  });

  it('visits few nodes: a point query over 20,000 disjoint spans reads only a handful', () => {
    const spans = Array.from({ length: 20000 }, (_, i) => ({ start: i * 10, end: i * 10 + 5 }));
    const lookup = createSpanLookup(spans);
    let reads = 0;
    const counted = new Proxy(lookup.items as Span[], {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(itemsAt(123_452, { items: counted, maxEnd: lookup.maxEnd })).toEqual([spans[12345]]);
    expect(reads).toBeLessThan(40); // about 2·log2(20,000)
  });
});

describe('highlightNamesAt', () => {
  /** A window whose registry holds our gov-target and a page's own highlight, hit-tested by `answer`. */
  function windowWith(answer?: (own: { a: object; b: object }) => unknown[]) {
    const window = new Window();
    const own = { a: { priority: 0 }, b: { priority: 1 } };
    const registry = new Map<string, object>([['gov-target', own.a], ['page-own', own.b]]);
    if (answer) Object.assign(registry, { highlightsFromPoint: () => answer(own) });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    return window.document as unknown as Document;
  }

  it('is null when the browser has no highlightsFromPoint', () => {
    expect(highlightNamesAt(windowWith(), 1, 1)).toBeNull();
  });

  it('reads both shapes of the answer: { highlight, ranges } entries and bare Highlights', () => {
    const entries = windowWith(({ a, b }) => [{ highlight: a, ranges: [] }, { highlight: b, ranges: [] }]);
    expect(highlightNamesAt(entries, 5, 5)).toEqual(['gov-target', 'page-own']);
    expect(highlightNamesAt(windowWith(({ a }) => [a]), 5, 5)).toEqual(['gov-target']);
    expect(highlightNamesAt(windowWith(() => []), 5, 5)).toEqual([]);
  });
});
