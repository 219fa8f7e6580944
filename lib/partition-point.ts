/**
 * The one binary search the project needs: over indexes [lo, hi) where `before(i)` holds for a prefix and
 * fails for the rest (sorted data), the first index where it fails — `hi` when it never does.
 *
 * Callers phrase their question as a prefix: "last run starting at or before x" is
 * partitionPoint(0, n, (i) => runs[i].start <= x) - 1; "first value not below x" (lower bound) is
 * partitionPoint(0, n, (i) => list[i] < x).
 */
export function partitionPoint(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
