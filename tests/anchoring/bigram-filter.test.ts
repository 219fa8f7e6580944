import search from 'approx-string-match';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { BigramIndex } from '../../lib/anchoring/bigram-filter';
import { foldForMatching } from '../../lib/anchoring/fold';
import { readReport } from './corpus';

const page = foldForMatching(readReport('reports-2025-provinces/2025年广东省.txt')).text;
const index = new BigramIndex(page);

it('keeps every region where an approximate match lies (property: random spans with random edits)', () => {
  const pool = '的和发展推动建设增长产业创新';
  fc.assert(
    fc.property(
      fc.nat({ max: page.length - 400 }),
      fc.integer({ min: 12, max: 300 }),
      fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.nat({ max: 2 }), ch: fc.nat({ max: pool.length - 1 }) }), { maxLength: 8 }),
      (start, len, edits) => {
        let pattern = page.slice(start, start + len);
        for (const e of edits) {
          const i = Math.floor(e.at * pattern.length);
          const c = pool[e.ch]!;
          pattern = e.kind === 0 ? pattern.slice(0, i) + c + pattern.slice(i + 1) : e.kind === 1 ? pattern.slice(0, i) + c + pattern.slice(i) : pattern.slice(0, i) + pattern.slice(i + 1);
        }
        const k = Math.max(edits.length, Math.floor(pattern.length / 4));
        const regions = index.regions(pattern, k, 0, page.length);
        // The original span is within k edits of the pattern, so a region must contain it.
        expect(regions.some(([a, b]) => a <= start && start + len <= b)).toBe(true);
        // And the search restricted to the regions finds a match at least as good as the whole-page one.
        const best = Math.min(...search(page, pattern, k).map((m) => m.errors));
        const inRegions = Math.min(...regions.flatMap(([a, b]) => search(page.slice(a, b), pattern, k).map((m) => m.errors)));
        expect(inRegions).toBe(best);
      },
    ),
    { numRuns: 150 },
  );
});

it('leaves little of the page to search for a quote of report text', () => {
  const quote = page.slice(10000, 10120);
  const regions = index.regions(quote, 30, 0, page.length);
  const covered = regions.reduce((sum, [a, b]) => sum + b - a, 0);
  expect(regions.some(([a, b]) => a <= 10000 && 10120 <= b)).toBe(true);
  expect(covered).toBeLessThan(page.length / 20);
  // A passage of another report (2022 Qinghai's thanks to the army, compatriots and friends) leaves only
  // the formulaic thanks of the Guangdong report, the one place that could be within 25 edits.
  const foreign = foldForMatching(readReport('reports/2022_青海省.txt')).text.slice(5000, 5100);
  const left = index.regions(foreign, 25, 0, page.length);
  expect(left).toHaveLength(1);
  expect(page.slice(left[0]![0], left[0]![1])).toContain('港澳台同胞、海外侨胞');
  expect(left[0]![1] - left[0]![0]).toBeLessThan(300);
});

it('falls back to the whole range when the lemma gives no threshold', () => {
  expect(index.regions('增长5%', 2, 100, 900)).toEqual([[100, 900]]);
});
