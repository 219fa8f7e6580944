import { describe, expect, it } from 'vitest';
import { chineseOrdinal, ordinalValue } from '../../lib/outline/ordinal';

describe('ordinals', () => {
  it('Chinese numerals up to 九十九', () => {
    expect(['一', '九', '十', '十一', '十二', '二十', '二十三', '九十九'].map(chineseOrdinal)).toEqual([1, 9, 10, 11, 12, 20, 23, 99]);
  });
  it('rejects what is not an ordinal', () => {
    expect(['', '十十', '一二', '百', '二十十', '一十二三'].map(chineseOrdinal)).toEqual([null, null, null, null, null, null]);
    expect(ordinalValue('0')).toBeNull();
    expect(ordinalValue('12')).toBe(12);
  });
});
