import { describe, expect, it } from 'vitest';
import { foldCodeUnit, foldTable, foldText } from '../../lib/keywords/fold';

describe('foldTable', () => {
  it('agrees with foldCodeUnit on every one of the 65,536 code units', () => {
    const table = foldTable();
    expect(table).toHaveLength(0x10000);
    const differing: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) if (table[unit] !== foldCodeUnit(unit)) differing.push(unit);
    expect(differing).toEqual([]);
  });

  it('folds the forms a report or a user term may use to one key', () => {
    // AI手机 (2025 重庆) and 5G (2025 广东) typed in full width; ASCII punctuation as a user may type it.
    expect(foldText('ＡＩ手机')).toBe(foldText('AI手机'));
    expect(foldText('ai手机')).toBe('ai手机');
    expect(foldText('５Ｇ')).toBe('5g');
    expect(foldText('双随机,一公开(试行)')).toBe('双随机，一公开（试行）');
    expect(foldText('推动高质量发展')).toBe('推动高质量发展');
  });

  it('is built once and shared', () => {
    expect(foldTable()).toBe(foldTable());
  });
});
