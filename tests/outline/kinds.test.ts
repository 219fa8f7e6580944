import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { documentKind, findPlanYear, kindFromBody, kindFromChildTitle, kindFromTitle } from '../../lib/outline/kinds';

describe('kinds from titles', () => {
  it('top-level titles from the corpus', () => {
    const cases: [string, number | null, string | null][] = [
      ['过去五年工作回顾', 2022, 'review'],
      ['过去五年及2021年工作回顾', 2022, 'review'],
      ['2022主要工作开展情况', 2023, 'review'],
      ['今后五年奋斗目标和主要任务', 2022, 'plan'],
      ['2025年工作总体要求和主要目标', 2025, 'plan'],
      ['关于2025年工作', 2025, 'plan'],
      ['2023年工作谋划', 2023, 'plan'],
      ['2024年工作回顾', 2025, 'review'],
      ['名词解释', 2025, 'other'],
      ['加强政府自身建设', 2022, null],
      // A year alone decides relative to the plan year.
      ['2024年省十件民生实事', 2025, 'review'],
      ['2025年省十件民生实事', 2025, 'plan'],
      ['2025年省十件民生实事', null, null],
      // Sentence titles: 谋划 is a verb here, not the name of a part.
      ['始终保持战略定力，跨周期谋划产业转型，促进了新旧动能加快转换', 2023, null],
    ];
    for (const [title, year, kind] of cases) expect([title, kindFromTitle(title, year)]).toEqual([title, kind]);
  });

  it('a sub-section changes its parent only when its title says so plainly', () => {
    expect(kindFromChildTitle('2023年工作谋划', 2023)).toBe('plan');
    expect(kindFromChildTitle('2022年主要工作完成情况', 2023)).toBe('review');
    expect(kindFromChildTitle('锚定目标攻坚，经济发展实现稳中有进', 2025)).toBeNull();
    expect(kindFromChildTitle('突出效能提升，政府自身建设全面加强', 2025)).toBeNull();
  });

  it('kind from the first words of a section', () => {
    expect(kindFromBody('2024年是中华人民共和国成立75周年，也是福建发展历程中具有里程碑意义的一年。', 2025)).toBe('review');
    expect(kindFromBody('今年是全面贯彻党的二十大精神的开局之年，是实施“十四五”规划承上启下的关键之年。', 2023)).toBe('plan');
    expect(kindFromBody('要树立山一样的崇高信仰、增强海一样的为民情怀。', 2023)).toBeNull();
  });
});

describe('document kind and plan year', () => {
  it('from the title line', () => {
    expect(documentKind('2022年咸阳市政府工作报告', '')).toBe('other');
    expect(documentKind('发改委2022年工作述职报告', '')).toBe('review');
    expect(documentKind('党组书记在2022年全委总结大会上的讲话', '')).toBe('review');
    expect(documentKind('2023年全市发展改革工作要点', '')).toBe('plan');
    expect(findPlanYear('2022年咸阳市政府工作报告', '', [])).toBe(2022);
    expect(findPlanYear('发改委2022年工作述职报告', '', [])).toBe(2023);
  });

  it('a statistical bulletin reports results only, 全年 included', () => {
    expect(documentKind('某县2022年国民经济和社会发展统计公报', '')).toBe('review');
    const bulletin = [
      '某县2022年国民经济和社会发展统计公报',
      '一、综合',
      '全年实现地区生产总值262.6亿元，按可比价格计算，同比增长5.3%。全年规模以上工业增加值同比增长9.2%。',
      '二、农业',
      '全年粮食总产量19.5万吨，比上年增长1.2%。',
    ].join('\n');
    const found = analyze(bulletin).targets;
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(found.filter((t) => t.kind === 'target').map((t) => t.text)).toEqual([]);
  });

  it('without a title: the opening paragraph and the headings', () => {
    const plan =
      '2022年全市发展改革工作要坚持以习近平新时代中国特色社会主义思想为指导。2022年，全市发改工作的主要目标是：GDP增长X%左右。';
    expect(documentKind(null, plan)).toBe('plan');
    expect(findPlanYear(null, plan, [])).toBe(2022);
    const summary = '区发改委在区委、区政府的正确领导下，抢抓机遇，奋力作为，有力地推动了党的建设和全区经济社会高质量发展。';
    expect(documentKind(null, summary)).toBe('review');
    expect(findPlanYear(null, summary, ['2022主要工作开展情况', '2023年工作谋划'])).toBe(2023);
    // A report without its title line: the opening addresses the congress.
    const report = '各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。过去一年，我们取得了显著成绩。';
    expect(documentKind(null, report)).toBe('other');
  });
});
