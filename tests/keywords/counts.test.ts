import { describe, expect, it } from 'vitest';
import { countByTerm, countByTheme } from '../../lib/keywords/counts';
import { matchKeywords } from '../../lib/keywords/matcher';

// 2025 江苏: one paragraph on housing, one on consumption (verbatim).
const JIANGSU =
  '率先出台制造业设备更新贷款贴息政策，支持项目684个、撬动银行贷款1470亿元，完成工业领域设备更新33.6万台套；大力实施消费品以旧换新，带动家电销售735.4万件，汽车报废更新和置换更新52.8万辆，“苏新消费”系列活动参与商家超10万家。' +
  '积极落实稳楼市各项政策举措，大力推进房票安置、住房“以旧换新”、改善型住宅建设，实施城中村和危旧房改造，加快城镇老旧小区改造，稳步推进保障性住房供给，充分释放刚性和改善性住房需求潜力，盘活存量用地和商办用房，推进处置存量商品房工作，加快构建房地产发展新模式。';

describe('countByTheme and countByTerm', () => {
  const hits = matchKeywords(JIANGSU);

  it('count the hits of real paragraphs per theme, most frequent first', () => {
    expect(hits.map((hit) => hit.term)).toEqual([
      '设备更新',
      '设备更新',
      '消费品以旧换新',
      '以旧换新',
      '城镇老旧小区改造',
      '保障性住房',
      '房地产发展新模式',
    ]);
    // investment 2, consumption 2, livelihood 2, rural 1: ties keep the theme display order.
    expect(countByTheme(hits)).toEqual([
      { theme: 'investment', count: 2 },
      { theme: 'livelihood', count: 2 },
      { theme: 'consumption', count: 2 },
      { theme: 'rural', count: 1 },
    ]);
  });

  it('count per term, ties in order of first appearance', () => {
    expect(countByTerm(hits)).toEqual([
      { term: '设备更新', theme: 'investment', count: 2 },
      { term: '消费品以旧换新', theme: 'consumption', count: 1 },
      { term: '以旧换新', theme: 'consumption', count: 1 },
      { term: '城镇老旧小区改造', theme: 'rural', count: 1 },
      { term: '保障性住房', theme: 'livelihood', count: 1 },
      { term: '房地产发展新模式', theme: 'livelihood', count: 1 },
    ]);
  });

  it('put user and unknown themes after the built-in ones on a tie, and count nothing as nothing', () => {
    const mixed = [
      { start: 0, end: 2, term: 'a', theme: 'zzz' },
      { start: 2, end: 4, term: 'b', theme: 'user' },
      { start: 4, end: 6, term: 'c', theme: 'culture' },
    ];
    expect(countByTheme(mixed).map((count) => count.theme)).toEqual(['culture', 'user', 'zzz']);
    expect(countByTheme([])).toEqual([]);
    expect(countByTerm([])).toEqual([]);
  });
});
