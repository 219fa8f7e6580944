import { expect, it } from 'vitest';
import { anchoredDistance, contextSimilarity } from '../../lib/anchoring/context-similarity';

// From the 2025 Hebei report: the clip is 规上工业增加值增长5.5%左右.
const PAGE = '地区生产总值增长5%以上，一般公共预算收入增长2%左右，规上工业增加值增长5.5%左右，固定资产投资增长5.5%左右';
const clipStart = PAGE.indexOf('规上工业');
const clipEnd = clipStart + '规上工业增加值增长5.5%左右'.length;
const prefix = PAGE.slice(0, clipStart).slice(-20);
const suffix = PAGE.slice(clipEnd, clipEnd + 12);

it('is 1 for unchanged context on either side', () => {
  expect(contextSimilarity(prefix, PAGE, clipStart, -1)).toBe(1);
  expect(contextSimilarity(suffix, PAGE, clipEnd, 1)).toBe(1);
  expect(contextSimilarity('', PAGE, clipStart, -1)).toBe(1);
});

it('counts edits, anchored at the quote and free at the far end', () => {
  // One figure changed in the prefix: one edit.
  const edited = PAGE.replace('增长2%左右', '增长3%左右');
  expect(anchoredDistance(prefix, edited, clipStart, -1, 8)).toBe(1);
  // Three characters inserted far from the quote only shift the far end: free.
  const far = '同时，' + PAGE;
  expect(anchoredDistance(PAGE.slice(0, clipStart), far, clipStart + 3, -1, 8)).toBe(0);
  // Three characters inserted right before the quote: three edits.
  const near = PAGE.slice(0, clipStart) + '同时，' + PAGE.slice(clipStart);
  expect(anchoredDistance(prefix, near, clipStart + 3, -1, 8)).toBe(3);
});

it('is low at an unrelated place', () => {
  const elsewhere = PAGE.indexOf('固定资产');
  expect(contextSimilarity(prefix, PAGE, elsewhere, -1)).toBeLessThan(0.5);
  // Text exhausted before the pattern: the missing characters count as edits.
  expect(contextSimilarity(prefix, PAGE, 4, -1)).toBeLessThanOrEqual(4 / 20);
});
