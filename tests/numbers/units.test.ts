import { describe, expect, it } from 'vitest';
import { ALL_UNITS, matchUnit, unitInfo } from '../../lib/numbers/units';

describe('unit lexicon', () => {
  it('holds the base units of the brief and their generated magnitude forms', () => {
    for (const u of ['%', '‰', '个百分点', '亿元', '万亿元', '万美元', '万人次', '万户', '万套', '万辆', '万亩', '万公顷', '亿吨',
      '亿斤', '平方公里', '万平方米', '亿立方米', '万千瓦', '亿千瓦时', '万吨标准煤', '万标箱', '微克/立方米', '家次', '个月', '千伏']) {
      expect(ALL_UNITS, u).toContain(u);
    }
    expect(unitInfo('万亿元')).toEqual({ unit: '万亿元', base: '元', multiplier: 1e12, kind: 'money' });
    expect(unitInfo('千米')).toMatchObject({ base: '千米', multiplier: 1, kind: 'length' }); // km, not 千 × 米
    expect(unitInfo('万%')).toBeNull();
    expect(unitInfo('万年')).toBeNull();
  });

  it('matches the longest unit', () => {
    const t = '提高0.5个百分点，用电量12亿千瓦时，接待游客3000万人次，节约2万吨标准煤，工期6个月';
    const at = (s: string) => matchUnit(t, t.indexOf(s))?.unit;
    expect(at('个百分点')).toBe('个百分点');
    expect(at('亿千瓦时')).toBe('亿千瓦时');
    expect(at('万人次')).toBe('万人次');
    expect(at('万吨标准煤')).toBe('万吨标准煤');
    expect(at('个月')).toBe('个月');
    expect(matchUnit('同比增长', 0)).toBeNull();
  });

  it('matches every unit of the lexicon whole when a clause ends after it', () => {
    for (const u of ALL_UNITS) expect(matchUnit(`${u}，`, 0), u).toMatchObject({ ...unitInfo(u), end: u.length });
  });

  it('does not match a unit that starts a word: 项目, 人民, 位于, 七台河, 五家渠', () => {
    expect(matchUnit('项目均已完成', 0)).toBeNull();
    expect(matchUnit('项目标任务', 0)?.unit).toBe('项');
    expect(matchUnit('万人民群众', 0)?.unit).toBe('万');
    expect(matchUnit('位于城区', 0)).toBeNull();
    expect(matchUnit('台河市', 0)).toBeNull();
    expect(matchUnit('家渠市', 0)).toBeNull();
    expect(matchUnit('位数增长', 0)).toBeNull();
  });
});
