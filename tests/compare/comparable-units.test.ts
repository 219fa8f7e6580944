import { describe, expect, it } from 'vitest';
import { convertValue, measureOf } from '../../lib/compare/comparable-units';

describe('convertValue', () => {
  it('converts grain between 亿斤 and 万吨 (1亿斤 = 5万吨)', () => {
    expect(convertValue(500, '亿斤', '万吨')).toBe(2500);
    expect(convertValue(1285, '万吨', '亿斤')).toBe(257);
  });

  it('scales money and people by 万 and 亿', () => {
    expect(convertValue(1.3, '万亿元', '亿元')).toBe(13000);
    expect(convertValue(70, '万人', '人')).toBe(700000);
  });

  it('refuses to put a growth rate and an amount on one axis', () => {
    expect(convertValue(6, '%', '亿元')).toBeNull();
    expect(convertValue(2, '个百分点', '%')).toBeNull();
    expect(convertValue(10, '万人', '万元')).toBeNull();
  });

  it('treats an unknown unit as a family of its own', () => {
    expect(measureOf('标准箱').family).toBe('unit:标准箱');
    expect(convertValue(3, '标准箱', '标准箱')).toBe(3);
    expect(convertValue(3, '标准箱', '个')).toBeNull();
  });
});
