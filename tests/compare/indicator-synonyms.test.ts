import { describe, expect, it } from 'vitest';
import { foldIndicator, INDICATOR_GROUPS, indicatorGroupById, indicatorGroupOf } from '../../lib/compare/indicator-synonyms';
import { readReport } from './corpus-clips';

const group = (indicator: string, headline = false) => indicatorGroupOf(indicator, headline)?.id ?? null;

describe('indicatorGroupOf', () => {
  it('maps the names reports give GDP onto one group', () => {
    for (const name of ['地区生产总值', '国内生产总值', '生产总值', 'GDP', 'ＧＤＰ', 'gdp', '经济总量', '全省地区生产总值', '全疆地区生产总值']) {
      expect(group(name), name).toBe('gdp');
    }
  });

  it('maps the three spellings of industrial value added, the retail and budget names', () => {
    expect(['规模以上工业增加值', '规上工业增加值', '规模工业增加值'].map((n) => group(n))).toEqual(['industry', 'industry', 'industry']);
    expect(['社会消费品零售总额', '社零总额', '社会消费品零售额'].map((n) => group(n))).toEqual(['retail', 'retail', 'retail']);
    expect(['一般公共预算收入', '地方一般公共预算收入', '一般公共预算收入累计'].map((n) => group(n))).toEqual(['budgetRevenue', 'budgetRevenue', 'budgetRevenue']);
    expect(['居民消费价格涨幅', '居民消费价格指数涨幅在', 'CPI'].map((n) => group(n))).toEqual(['cpi', 'cpi', 'cpi']);
    expect(['进出口总额', '外贸进出口总额', '货物贸易进出口总额'].map((n) => group(n))).toEqual(['trade', 'trade', 'trade']);
    expect(['单位GDP能耗', '单位地区生产总值能耗', '万元地区生产总值能耗', '能耗强度'].map((n) => group(n))).toEqual(Array(4).fill('energyIntensity'));
    expect(['PM2.5浓度', 'PM_2.5浓度', 'PM2.5年均浓度'].map((n) => group(n))).toEqual(['pm25', 'pm25', 'pm25']);
  });

  it('keeps urban, rural and all-resident income apart', () => {
    expect(group('城镇居民人均可支配收入')).toBe('incomeUrban');
    expect(group('农村居民人均可支配收入')).toBe('incomeRural');
    expect(group('全体居民人均可支配收入')).toBe('incomeAll');
    expect(group('居民人均可支配收入')).toBe('incomeAll');
  });

  it('keeps surveyed and registered unemployment apart and tolerates the engine’s trailing words', () => {
    expect(group('城镇调查失业率')).toBe('surveyedUnemployment');
    expect(group('城镇调查失业率平均值')).toBe('surveyedUnemployment');
    expect(group('城镇登记失业率')).toBe('registeredUnemployment');
    expect(group('地区生产总值迈上')).toBe('gdp');
    expect(group('生产总值达13.7万亿元')).toBe('gdp');
  });

  it('refuses shares, per-capita figures, other regions, comparisons and counted things', () => {
    for (const name of [
      '人均地区生产总值', '人均生产总值', '海洋生产总值', '规上工业增加值占全市比重', '高新技术产业增加值占地区生产总值比重',
      '宜昌经济总量', '北京地区进出口总额', '对东盟进出口', '跨境电商进出口', '生产总值超200亿元县（区）',
      '县域经济增速高于全省经济增速', '经济增长目标设定', '工业增加值率由', '粮食播种面积', '投资', '经济', '进出口实绩企业',
    ]) {
      expect(group(name), name).toBeNull();
    }
  });

  it('accepts the short names 经济, 投资, 进出口 only inside the headline target list', () => {
    expect(group('经济', true)).toBe('gdp');
    expect(group('投资', true)).toBe('investment');
    expect(group('进出口', true)).toBe('trade');
    expect(group('经济薄弱村', true)).toBeNull();
    expect(group('投资额', true)).toBeNull();
  });

  it('finds GDP in the headline list of every 2025 provincial report that states a GDP target', () => {
    const files = ['广东省', '浙江省', '湖北省', '四川省', '湖南省', '江苏省', '河南省'].map((p) => `reports-2025-provinces/2025年${p}.txt`);
    for (const file of files) {
      const headline = readReport(file).analysis.targets.filter((t) => t.headline);
      const gdp = headline.filter((t) => group(t.indicator, true) === 'gdp');
      expect(gdp.length, file).toBeGreaterThanOrEqual(1);
      expect(gdp[0]?.unit, file).toBe('%');
    }
  });

  it('never maps two different indicators of one headline list onto the same group by mistake', () => {
    // In Guangdong's list every compared indicator appears once: a collision would mean a wrong synonym.
    const headline = readReport('reports-2025-provinces/2025年广东省.txt').analysis.targets.filter((t) => t.headline);
    const ids = headline.map((t) => group(t.indicator, true)).filter((id) => id !== null);
    expect(ids).toEqual(['gdp', 'retail', 'industry', 'budgetRevenue', 'cpi', 'surveyedUnemployment', 'newJobs', 'grain']);
  });
});

describe('the synonym table', () => {
  it('has unique ids, and names already in folded form, each in one group only', () => {
    const ids = INDICATOR_GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = INDICATOR_GROUPS.flatMap((g) => [...g.names, ...(g.headlineNames ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(foldIndicator(name), name).toBe(name);
    expect(indicatorGroupById('gdp')?.zh).toBe('地区生产总值');
    expect(indicatorGroupById('nope')).toBeUndefined();
  });
});
