import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

function brief(text: string) {
  return analyze(text).targets.map((t) => ({
    indicator: t.indicator,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    qualifier: t.qualifier,
    comparison: t.comparison,
    masked: t.masked,
  }));
}

// Sentences quoted from the corpus (tests/fixtures/corpus/), one shape of DOMAIN.md each.
describe('shapes of a quantitative target', () => {
  it('indicator verb value unit qualifier (2025年北京市)', () => {
    expect(brief('地区生产总值增长5%左右、努力争取更好结果，一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内')).toEqual([
      { indicator: '地区生产总值', value: 5, valueMax: null, unit: '%', qualifier: '左右', comparison: 'about', masked: false },
      { indicator: '一般公共预算收入', value: 4, valueMax: null, unit: '%', qualifier: '左右', comparison: 'about', masked: false },
      { indicator: '城镇调查失业率', value: 5, valueMax: null, unit: '%', qualifier: '以内', comparison: 'atMost', masked: false },
    ]);
  });

  it('distributive 分别: one entry per indicator with the shared qualifier', () => {
    const found = brief('城乡居民人均可支配收入分别增长8%、10%左右');
    expect(found.map((t) => [t.indicator, t.value, t.qualifier])).toEqual([
      ['城镇居民人均可支配收入', 8, '左右'],
      ['农村居民人均可支配收入', 10, '左右'],
    ]);
  });

  it('distributive with 和 and a shared tail (2022 蓟州区)', () => {
    const found = brief('城镇和农村居民人均可支配收入分别增长11%和12%');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['城镇居民人均可支配收入', 11],
      ['农村居民人均可支配收入', 12],
    ]);
  });

  it('均: one value for several indicators', () => {
    const found = brief('城镇居民和农村居民人均可支配收入均增长8%');
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['城镇居民人均可支配收入', 8],
      ['农村居民人均可支配收入', 8],
    ]);
  });

  it('value first: 新增高标准农田50万亩, 新增200家国家高新技术企业', () => {
    expect(brief('新增高标准农田50万亩').map((t) => [t.indicator, t.value, t.unit])).toEqual([['高标准农田', 50, '万亩']]);
    expect(brief('新增200家国家高新技术企业').map((t) => [t.indicator, t.value, t.unit])).toEqual([['国家高新技术企业', 200, '家']]);
  });

  it('ranges and at-least qualifiers (2025年福建省, 2022 咸阳市)', () => {
    const range = brief('地区生产总值增长5.0%—5.5%');
    expect(range[0]).toMatchObject({ value: 5, valueMax: 5.5, comparison: 'range' });
    expect(brief('全年签约重点项目不少于50个')[0]).toMatchObject({ value: 50, unit: '个', qualifier: '不少于', comparison: 'atLeast' });
    expect(brief('粮食产量保持在181万吨以上')[0]).toMatchObject({ indicator: '粮食产量', value: 181, unit: '万吨', qualifier: '以上' });
  });

  it('masked values: reported with value null (2022 市发改委 工作要点)', () => {
    expect(brief('GDP增长X%左右,固定资产投资增长X%左右')).toEqual([
      { indicator: 'GDP', value: null, valueMax: null, unit: '%', qualifier: '左右', comparison: 'about', masked: true },
      { indicator: '固定资产投资', value: null, valueMax: null, unit: '%', qualifier: '左右', comparison: 'about', masked: true },
    ]);
  });

  it('full-width digits and stray spaces read like plain ones, offsets into the text as given', () => {
    const text = '地区生产总值增长６．５％左右，城镇新增就业 1 200万人以上';
    const found = analyze(text).targets;
    expect(found.map((t) => [t.value, t.unit, t.qualifier])).toEqual([
      [6.5, '%', '左右'],
      [1200, '万人', '以上'],
    ]);
    expect(text.slice(found[0]!.valueStart, found[0]!.valueEnd)).toBe('６．５％');
    expect(text.slice(found[1]!.valueStart, found[1]!.valueEnd)).toBe('1 200万人');
  });
});

describe('from one value to another (从 / 由 … 提高到 / 降至)', () => {
  it('is one mention of the value reached, named by what comes before 从 / 由', () => {
    const found = analyze('关税总水平从9.8%降至7.4%。城乡居民基础养老金最低标准从每月70元提高到88元。常住人口城镇化率由56.8%提高到58.3%。').targets;
    expect(found.map((t) => [t.indicator, t.direction, t.value, t.unit])).toEqual([
      ['关税总水平', '降至', 7.4, '%'],
      ['城乡居民基础养老金最低标准', '提高到', 88, '元'],
      ['常住人口城镇化率', '提高到', 58.3, '%'],
    ]);
    // The mention spans both values: the starting one is its context.
    expect(found[0]!.text).toBe('关税总水平从9.8%降至7.4%');
  });

  it('reads years on both sides, and a starting value that is no mention of its own (2025年北京市, 宁夏)', () => {
    const years = analyze('人均地区生产总值从2020年的5.2万元提高到2025年的7.4万元。').targets;
    expect(years.map((t) => [t.indicator, t.value, t.unit])).toEqual([['人均地区生产总值', 7.4, '万元']]);
    const index = analyze('中心城区高峰时段道路交通指数从6.32下降至6.08。').targets;
    expect(index.map((t) => [t.indicator, t.direction, t.value])).toEqual([['中心城区高峰时段道路交通指数', '下降至', 6.08]]);
    const hours = analyze('银川经包头至北京时间由18小时缩短到5小时。').targets;
    expect(hours.map((t) => [t.indicator, t.direction, t.value, t.unit])).toEqual([['银川经包头至北京时间', '缩短到', 5, '小时']]);
  });
});

describe('two counts of one thing written back to back', () => {
  it('share the name before the first (户 and 人, 个 and 户)', () => {
    const found = analyze('全年实现建档立卡贫困户301户611人稳定脱贫，改造老旧小区1343个52.54万户。').targets;
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['建档立卡贫困户', 301, '户'],
      ['建档立卡贫困户', 611, '人'],
      ['老旧小区', 1343, '个'],
      ['老旧小区', 52.54, '万户'],
    ]);
  });
});

describe('budget figures', () => {
  it('reads how a deficit rate is set and what is planned to be issued (national reports 2019–2025)', () => {
    const found = analyze('今年赤字率拟按4%左右安排，拟安排地方政府专项债券4.4万亿元，城镇低保标准按3%提高。').targets;
    expect(found.map((t) => [t.indicator, t.direction, t.value, t.unit])).toEqual([
      ['赤字率', '拟按', 4, '%'],
      ['地方政府专项债券', '拟安排', 4.4, '万亿元'],
      ['城镇低保标准', '按', 3, '%'],
    ]);
  });

  it('a change against last year (比上年增收 / 增支) measures the revenue or spending just named', () => {
    const found = analyze('全年一般公共预算收入18.6亿元，比上年增收1.4亿元，增长8.6%。一般公共预算支出43.2亿元，比上年增支3.1亿元。').targets;
    expect(found.map((t) => [t.indicator, t.direction, t.value])).toEqual([
      ['一般公共预算收入', null, 18.6],
      ['一般公共预算收入', '增收', 1.4],
      ['一般公共预算收入', '增长', 8.6],
      ['一般公共预算支出', null, 43.2],
      ['一般公共预算支出', '增支', 3.1],
    ]);
  });
});

describe('averages and gaps to a benchmark', () => {
  it('平均 is an average, not 均 (a value shared out over the names before it)', () => {
    const found = analyze('城镇新增就业1256万人、城镇调查失业率平均为5.1%。').targets;
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['城镇新增就业', 1256, '万人'],
      ['城镇调查失业率', 5.1, '%'],
    ]);
  });

  it('a gap to the national or provincial figure is named after what was just measured', () => {
    const found = analyze('规模以上工业增加值增长8.1%、高于全国2.3个百分点，固定资产投资增长4.6%、高于全国平均0.3个百分点。').targets;
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['规模以上工业增加值', 8.1, '%'],
      ['规模以上工业增加值高于全国', 2.3, '个百分点'],
      ['固定资产投资', 4.6, '%'],
      ['固定资产投资高于全国', 0.3, '个百分点'],
    ]);
  });
});

describe('long review sentences and asides', () => {
  it('a figure after 、 measures what the figure before it measured, however long the sentence is', () => {
    // Review sentences of 300 characters and more are common; the values below sit past the 200th.
    const opening = '一年来，我们全面贯彻中央决策部署，坚持稳中求进工作总基调，'.repeat(8);
    const found = analyze(`${opening}全省地区生产总值达到5.53万亿元、增长4.8%，地方一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%以上），全体居民人均可支配收入达39545元、增长5%。`).targets;
    expect(opening.length).toBeGreaterThan(200);
    expect(found.map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['地区生产总值', 5.53, '万亿元'],
      ['地区生产总值', 4.8, '%'],
      ['地方一般公共预算收入', 3507.6, '亿元'],
      ['地方一般公共预算收入', 1.7, '%'],
      ['地方一般公共预算收入', 2.5, '%'],
      ['全体居民人均可支配收入', 39545, '元'],
      ['全体居民人均可支配收入', 5, '%'],
    ]);
  });

  it('an open bracket starts a clause of its own; a closed one stays in the name', () => {
    const found = analyze('执业（助理）医师11835人（其中执业医师9919人），地区生产总值（GDP）增长5%。').targets;
    expect(found.map((t) => [t.indicator, t.value])).toEqual([
      ['执业（助理）医师', 11835],
      ['执业医师', 9919],
      ['地区生产总值（GDP）', 5],
    ]);
  });
});

describe('periods in a report that opens a five-year plan (2026)', () => {
  it('gives the plan period where a section title names it, and the year for the rest of a mixed review', () => {
    const text = [
      '2026年政府工作报告',
      '一、2025年和“十四五”时期工作回顾',
      '过去一年，全省地区生产总值增长4.8%。“十四五”时期，全社会研发投入年均增长11.6%。',
      '二、“十五五”时期主要目标任务',
      '常住人口城镇化率提升至67.5%，人均预期寿命提升到80岁以上。',
      '三、关于2026年工作',
      '今年主要预期目标是：地区生产总值增长5%左右。',
    ].join('\n');
    const found = analyze(text).targets;
    const period = (needle: string) => found.find((t) => t.text.includes(needle))!.period;
    expect(period('4.8%')).toBe('2025');
    expect(period('11.6%')).toBe('十四五');
    expect(period('67.5%')).toBe('十五五');
    expect(period('80岁')).toBe('十五五');
    expect(period('5%左右')).toBe('2026');
  });

  it('a long-range plan named in the sentence (2035年远景目标) is not the period of a five-year target', () => {
    const text = [
      '2026年政府工作报告',
      '一、2025年工作回顾',
      '全省地区生产总值增长4.8%。',
      '二、“十五五”时期主要目标任务',
      '综合考虑实现2035年远景目标和现实支撑条件，提出地区生产总值年均增长5%—5.5%。',
    ].join('\n');
    const goal = analyze(text).targets.find((t) => t.valueMax === 5.5)!;
    expect([goal.indicator, goal.kind, goal.period]).toEqual(['地区生产总值', 'target', '十五五']);
  });

  it('a section that reviews one plan and sets out the next (2021): the ended plan and a paragraph opening 过去五年 are reviewed, the new plan planned', () => {
    const text = [
      '2021年政府工作报告',
      '一、2020年工作回顾',
      '全年国内生产总值增长2.3%。',
      '二、“十三五”时期发展成就和“十四五”时期主要目标任务',
      '“十三五”时期，国内生产总值从不到70万亿元增加到超过100万亿元。',
      '过去五年，我国经济社会发展取得新的历史性成就。脱贫攻坚成果举世瞩目，城镇新增就业超过6000万人。',
      '“十四五”时期，常住人口城镇化率提高到65%，全社会研发经费投入年均增长7%以上。',
    ].join('\n');
    const found = analyze(text).targets;
    expect(found.map((t) => [t.indicator, t.value, t.kind, t.period])).toEqual([
      ['国内生产总值', 2.3, 'result', '2020'],
      ['国内生产总值', 100, 'result', '十三五'],
      ['城镇新增就业', 6000, 'result', '十三五'],
      ['常住人口城镇化率', 65, 'target', '十四五'],
      ['全社会研发经费投入', 7, 'target', '十四五'],
    ]);
  });
});

describe('target or result', () => {
  const report = [
    '2022年咸阳市政府工作报告',
    '一、2021年工作回顾',
    '全市生产总值完成2581.3亿元，增长6.5%。',
    '二、2022年主要预期目标',
    '地区生产总值增长6.5%左右，城镇新增就业3万人以上。比上年提高1个百分点。',
    '三、重点工作',
    '2021年全市粮食产量达到180万吨，力争今年新建5G基站3000个。',
  ].join('\n');
  const found = analyze(report).targets;
  const byValue = (v: number) => found.find((t) => t.value === v)!;

  it('the review part gives results, the plan part targets', () => {
    expect(byValue(2581.3).kind).toBe('result');
    expect(byValue(6.5).kind).toBe('result');
    expect(found.find((t) => t.value === 6.5 && t.qualifier === '左右')!.kind).toBe('target');
    expect(byValue(3).kind).toBe('target');
  });

  it('a past year inside the plan part is a result; the headline gives the plan year', () => {
    expect(byValue(180)).toMatchObject({ kind: 'result', period: '2021' });
    expect(byValue(3000)).toMatchObject({ kind: 'target', period: '2022' });
  });

  it('in the review, a plan amount is a target, a result measured against the plan is not', () => {
    const review = '一、2024年工作回顾\n全年计划投资500亿元。重大项目完成投资2929亿元、超年度计划28%，完成年度计划的105%。';
    const kinds = analyze(`2025年政府工作报告\n${review}\n二、2025年工作安排\n地区生产总值增长5%左右。`).targets.map((t) => [t.value, t.kind]);
    expect(kinds).toEqual([
      [500, 'target'],
      [2929, 'result'],
      [28, 'result'],
      [105, 'result'],
      [5, 'target'],
    ]);
  });
});

// Indicator reading on sentences of the 2025 provincial reports (广东, 重庆, 甘肃, 湖北).
describe('what is measured', () => {
  const indicators = (text: string) => analyze(text).targets.map((t) => [t.indicator, t.value]);

  it('takes 迈上 as a verb and 占全国 as a share of the subject', () => {
    expect(indicators('预计全省地区生产总值迈上14万亿元新台阶')).toEqual([['地区生产总值', 14]]);
    expect(indicators('工业机器人产量增长31.2%、占全国44%')).toEqual([
      ['工业机器人产量', 31.2],
      ['工业机器人产量', 44],
    ]);
  });

  it('gives each listed name the measure written once at the end (基础设施、制造业投资)', () => {
    expect(indicators('基础设施、制造业投资分别增长9.4%、9.1%')).toEqual([
      ['基础设施投资', 9.4],
      ['制造业投资', 9.1],
    ]);
    // 人均… names the measure of both (national reports 2021, 2025).
    expect(indicators('居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元')).toEqual([
      ['居民医保人均财政补助标准', 30],
      ['基本公共卫生服务经费人均财政补助标准', 5],
    ]);
    // A scope word joined to the next name is a listed name, not the scope of the sentence.
    expect(indicators('全国和自由贸易试验区负面清单条数分别压减51%、72%').map(([name]) => name)[1]).toBe('自由贸易试验区负面清单条数');
  });

  it('splits listed names that contain 和 by the number of values shared out', () => {
    expect(indicators('租赁和商务服务业、交通运输仓储和邮政业营业收入分别增长11.7%、8.6%')).toEqual([
      ['租赁和商务服务业营业收入', 11.7],
      ['交通运输仓储和邮政业营业收入', 8.6],
    ]);
  });

  it('shares a tail only between parallel parts (not 新材料 + 造产业链产值), and the measure the list ends with', () => {
    expect(indicators('冶金有色、新材料、装备制造产业链产值均增长20%以上')).toEqual([
      ['冶金有色产业链产值', 20],
      ['新材料产业链产值', 20],
      ['装备制造产业链产值', 20],
    ]);
  });

  it('borrows the subject for 总量 and reads through 连续N年', () => {
    expect(indicators('地区生产总值增长5.8%、增速全国第3，总量达到60013亿元')).toEqual([
      ['地区生产总值', 5.8],
      ['地区生产总值总量', 60013],
    ]);
    expect(indicators('粮食生产再获丰收，总产达到557亿斤，连续12年稳定在500亿斤以上。')).toEqual([
      ['总产', 557],
      ['总产', 500],
    ]);
  });

  it('reads the counted thing after a value that a preposition opens', () => {
    expect(indicators('对10万名适龄女童进行HPV疫苗补助')).toEqual([['适龄女童', 10]]);
  });
});
