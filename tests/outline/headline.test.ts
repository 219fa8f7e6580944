import { describe, expect, it } from 'vitest';
import { headlineByDensity, indicatorsWithFigures } from '../../lib/outline/headline';
import { headlineContext, parseOutline } from '../../lib/outline/parse-outline';
import { parse, readCorpus } from './corpus';

describe('headline by indicator density (no 主要预期目标 introduction)', () => {
  it('天津: the first dense paragraph of the plan part is the one the introduction leads to', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年天津市.txt');
    const byDensity = headlineByDensity(text, headlineContext(text, outline));
    expect(byDensity).toEqual(outline.headline);
  });

  it('天津 without its introduction still yields the target paragraph, not the review figures', () => {
    const intro = '全市经济社会发展的预期目标是：';
    const original = readCorpus('reports-2025-provinces/2025年天津市.txt');
    expect(original).toContain(intro);
    const text = original.replace(intro, '');
    const o = parseOutline(text);
    const s = text.slice(o.headline!.start, o.headline!.end);
    expect(s.startsWith('地区生产总值增长5％左右，一般公共预算收入增长3％左右')).toBe(true);
    expect(s.endsWith('节能减排减污降碳完成国家下达目标。')).toBe(true);
  });

  it('counts distinct indicators that carry a percentage', () => {
    const s = '地区生产总值增长5.5%左右，规模以上工业增加值增长8%左右，固定资产投资增长5%左右，社会消费品零售总额增长5%左右。';
    expect([...indicatorsWithFigures(s, true)].sort()).toEqual(['gdp', 'industry', 'investment', 'retail']);
    // Masked figures count (工作要点: GDP增长X%左右).
    expect([...indicatorsWithFigures('GDP增长X%左右,固定资产投资增长X%左右', true)].sort()).toEqual(['gdp', 'investment']);
    // A named indicator without a figure does not.
    expect(indicatorsWithFigures('居民收入增长与经济增长基本同步', true).size).toBe(0);
  });
});

describe('headline by introduction', () => {
  it('prefers the year over the five-year goals (咸阳: 今后五年发展的主要目标是 comes first)', () => {
    const { text, outline } = parse('reports/2022_咸阳市.txt');
    const fiveYear = text.indexOf('今后五年发展的主要目标是');
    expect(fiveYear).toBeGreaterThan(0);
    expect(outline.headline!.start).toBeGreaterThan(fiveYear);
  });

  it('ignores 主要目标 in the review (确定的主要目标顺利实现)', () => {
    const { text, outline } = parse('reports/2022_咸阳市.txt');
    const reviewMention = text.indexOf('确定的主要目标顺利实现');
    expect(reviewMention).toBeGreaterThan(0);
    expect(outline.headline!.start).toBeGreaterThan(reviewMention);
  });

  it('runs on over a target without a figure to the items after it (a district report, one target a sentence)', () => {
    const text = [
      '二、2019年工作安排',
      '今年全区经济社会发展的主要预期目标是：地区生产总值增长3.5%左右。固定资产投资扭转下滑态势，实现正增长。城乡常住居民人均可支配收入分别增长7%和8%左右。社会消费品零售总额增长6.5%左右。城镇登记失业率、节能减排等约束性指标完成上级确定的目标。',
      '实现上述目标，必须坚持稳中求进工作总基调。',
    ].join('\n');
    const o = parseOutline(text);
    const s = text.slice(o.headline!.start, o.headline!.end);
    expect(s.startsWith('今年全区经济社会发展的主要预期目标是')).toBe(true);
    expect(s.endsWith('约束性指标完成上级确定的目标。')).toBe(true);
  });

  it('the review alone has no headline', () => {
    const text = readCorpus('reports-2025-provinces/2025年江苏省.txt');
    const review = text.slice(0, text.indexOf('二、2025年工作总体要求和目标任务'));
    expect(parseOutline(review).headline).toBeNull();
  });
});
