import { describe, expect, it } from 'vitest';
import { chartSeries, compareRows, indicatorsInClips } from '../../lib/compare/compare-rows';
import { headlineClip, sentenceClip } from './corpus-clips';

const P = (name: string) => `reports-2025-provinces/2025年${name}.txt`;

const provinces = [headlineClip(P('广东省')), headlineClip(P('浙江省')), headlineClip(P('湖北省')), headlineClip(P('四川省'))];

const brief = (rows: ReturnType<typeof compareRows>) => rows.map((r) => `${r.region} ${r.year} ${r.indicator} ${r.value}${r.unit}${r.qualifier ?? ''} ${r.kind}`);

describe('compareRows across provincial headline lists', () => {
  it('lines up GDP written as 地区生产总值, 生产总值 and 经济增长 in four reports', () => {
    expect(brief(compareRows(provinces, 'gdp'))).toEqual([
      '广东省 2025 地区生产总值 5%左右 target',
      '湖北省 2025 经济 6%左右 target',
      '四川省 2025 地区生产总值 5.5%以上 target',
      '浙江省 2025 生产总值 5.5%左右 target',
    ]);
  });

  it('lines up industrial value added written three ways (规上 / 规模以上 / 规模工业)', () => {
    const clips = [headlineClip('reports/2022_天门市.txt'), headlineClip(P('广东省')), headlineClip(P('湖南省'))];
    expect(brief(compareRows(clips, 'industry'))).toEqual([
      '天门市 2022 规上工业增加值 10% target',
      '广东省 2025 规模以上工业增加值 6%左右 target',
      '湖南省 2025 规模工业增加值 6.5%以上 target',
    ]);
  });

  it('keeps the qualifier and comparison of each figure (以内 is at most)', () => {
    const rows = compareRows(provinces, 'surveyedUnemployment');
    expect(rows.map((r) => [r.region, r.value, r.qualifier, r.comparison])).toEqual([
      ['广东省', 5.5, '左右', 'about'],
      ['湖北省', 5.5, '左右', 'about'],
      ['四川省', 5.5, '左右', 'about'],
      ['浙江省', 5, '以内', 'atMost'],
    ]);
  });

  it('lists the indicators present, most figures first', () => {
    const counts = indicatorsInClips(provinces).map((c) => `${c.group.id}:${c.count}`);
    expect(counts.slice(0, 3)).toEqual(['gdp:4', 'cpi:4', 'surveyedUnemployment:4']);
    expect(counts).toContain('grain:3');
    expect(counts).not.toContain('investment:1');
  });

  it('counts a target once when it is saved twice (a section clip and the same sentence)', () => {
    const sentence = sentenceClip(P('广东省'), '地区生产总值增长5%左右');
    const rows = compareRows([...provinces, sentence], 'gdp');
    expect(rows.filter((r) => r.region === '广东省')).toHaveLength(1);
  });

  it('tells results of the review (2021) from targets of the plan (2022), ordered by the year they are for', () => {
    const review = sentenceClip('reports/2022_天门市.txt', '实现地区生产总值');
    const plan = headlineClip('reports/2022_天门市.txt');
    const rows = compareRows([plan, review], 'gdp');
    expect(rows.map((r) => `${r.year} ${r.kind} ${r.value}${r.unit}`)).toEqual(['2021 result 700亿元', '2021 result 7.3%', '2022 target 8%']);
  });

  it('orders by the year a figure is for, and keeps a figure whose report names no region', () => {
    const masked = sentenceClip('2022_市发改委_工作要点_含占位符.txt', 'GDP增长X%左右');
    const size = sentenceClip(P('四川省'), '经济总量达到64697亿元');
    const rows = compareRows([masked, size, headlineClip(P('四川省'))], 'gdp');
    expect(rows.map((r) => `${r.region} ${r.year} ${r.kind}`)).toEqual(['null 2022 target', '四川省 2024 result', '四川省 2024 result', '四川省 2025 target']);
  });

  it('reports a masked figure with no value (never 0)', () => {
    const masked = sentenceClip('2022_市发改委_工作要点_含占位符.txt', 'GDP增长X%左右');
    const rows = compareRows([masked], 'gdp');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ masked: true, value: null, unit: '%', qualifier: '左右' });
  });
});

describe('chartSeries', () => {
  it('draws grain output in one unit, converting 万吨 into the more common 亿斤', () => {
    // 亿斤 in Hubei, Sichuan and Hunan; 万吨 in Guangdong and Qinghai.
    const clips = [...provinces, headlineClip('reports/2022_青海省.txt'), headlineClip(P('湖南省'))];
    const series = chartSeries(compareRows(clips, 'grain'));
    expect(series?.unit).toBe('亿斤');
    expect(series?.points.map((p) => [p.row.region, p.value])).toEqual([
      ['青海省', 21.4],
      ['广东省', 257],
      ['湖北省', 500],
      ['湖南省', 616],
      ['四川省', 725],
    ]);
    expect(series?.omitted).toBe(0);
  });

  it('leaves masked figures and figures of another unit family off the chart, and says how many', () => {
    const masked = sentenceClip('2022_市发改委_工作要点_含占位符.txt', 'GDP增长X%左右');
    const size = sentenceClip(P('四川省'), '经济总量达到64697亿元');
    // The Sichuan review sentence: 全省地区生产总值增长5.7%……经济总量达到64697亿元 (a growth rate and a size).
    const rows = compareRows([...provinces, masked, size], 'gdp');
    expect(rows).toHaveLength(7);
    const series = chartSeries(rows);
    expect(series?.unit).toBe('%');
    expect(series?.points.map((p) => `${p.row.region}${p.value}${p.row.kind}`)).toEqual(['四川省5.7result', '广东省5target', '湖北省6target', '四川省5.5target', '浙江省5.5target']);
    expect(series?.omitted).toBe(2);
    expect(rows.some((r) => r.unit === '亿元' && r.value === 64697 && r.kind === 'result')).toBe(true);
  });

  it('is null when no figure has a value', () => {
    const masked = sentenceClip('2022_市发改委_工作要点_含占位符.txt', 'GDP增长X%左右');
    expect(chartSeries(compareRows([masked], 'gdp'))).toBeNull();
  });
});
