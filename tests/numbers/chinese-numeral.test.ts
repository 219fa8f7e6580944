import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../lib/numbers/chinese-numeral';

describe('parseChineseNumeral', () => {
  it('reads the forms of the brief', () => {
    expect(parseChineseNumeral('一千二百万')).toBe(12_000_000);
    expect(parseChineseNumeral('二百二十五')).toBe(225);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('三点五')).toBe(3.5);
    expect(parseChineseNumeral('一万零五百')).toBe(10_500);
  });

  it('reads magnitudes, zeros, shorthand and positional years', () => {
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('百万')).toBe(1_000_000);
    expect(parseChineseNumeral('千亿')).toBe(1e11);
    expect(parseChineseNumeral('一万亿')).toBe(1e12);
    expect(parseChineseNumeral('一亿零一十万')).toBe(100_100_000);
    expect(parseChineseNumeral('一千零五')).toBe(1005);
    expect(parseChineseNumeral('一万五')).toBe(15_000); // shorthand: 一万五千
    expect(parseChineseNumeral('三千五')).toBe(3500);
    expect(parseChineseNumeral('一点五万')).toBe(15_000);
    expect(parseChineseNumeral('二〇一九')).toBe(2019);
    expect(parseChineseNumeral('零')).toBe(0);
    expect(parseChineseNumeral('壹仟贰佰')).toBe(1200);
  });

  it('rejects runs that are not one number: 十四五, 亿万, 百千, 万万, empty, other characters', () => {
    for (const s of ['十四五', '亿万', '百千', '万万', '', '十二a', '点五', '三点', '二两']) {
      expect(parseChineseNumeral(s), s).toBeNull();
    }
  });
});

describe('toChineseNumeral', () => {
  it('writes the formal reading', () => {
    expect(toChineseNumeral(0)).toBe('零');
    expect(toChineseNumeral(12)).toBe('十二');
    expect(toChineseNumeral(110)).toBe('一百一十');
    expect(toChineseNumeral(225)).toBe('二百二十五');
    expect(toChineseNumeral(1050)).toBe('一千零五十');
    expect(toChineseNumeral(10_500)).toBe('一万零五百');
    expect(toChineseNumeral(150_000)).toBe('十五万');
    expect(toChineseNumeral(12_000_000)).toBe('一千二百万');
    expect(toChineseNumeral(100_000_001)).toBe('一亿零一');
    expect(toChineseNumeral(1e12)).toBe('一万亿');
    expect(toChineseNumeral(3.5)).toBe('三点五');
  });

  it('round-trips every integer 0..10^12 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => parseChineseNumeral(toChineseNumeral(n)) === n),
      { numRuns: 5000 },
    );
    // Small numbers and section boundaries, where zeros and 十 are written differently.
    for (const n of [1, 9, 10, 11, 19, 20, 99, 100, 101, 1000, 1001, 1010, 9999, 10_000, 10_001, 10_010, 100_000, 1e8, 1e8 + 1e4]) {
      expect(parseChineseNumeral(toChineseNumeral(n)), String(n)).toBe(n);
    }
  });

  it('round-trips one-decimal values (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 9 }), (int, tenth) => {
        const n = Number(`${int}.${tenth}`);
        return parseChineseNumeral(toChineseNumeral(n)) === n;
      }),
    );
  });
});
