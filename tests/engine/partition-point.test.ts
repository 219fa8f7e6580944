import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../lib/partition-point';

describe('partitionPoint', () => {
  it('finds the first index where the prefix condition fails, as a linear scan does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => !(v <= x));
        expect(partitionPoint(0, sorted.length, (i) => sorted[i]! <= x)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });

  it('searches only [lo, hi) and returns hi when the condition never fails', () => {
    const xs = [1, 2, 3, 4, 5, 6];
    expect(partitionPoint(2, 5, (i) => xs[i]! < 100)).toBe(5);
    expect(partitionPoint(2, 5, () => false)).toBe(2);
    expect(partitionPoint(3, 3, () => true)).toBe(3);
  });
});
