import { describe, expect, it } from 'vitest';
import {
  createKeywordMatcher,
  defaultKeywordMatcher,
  LexiconConflictError,
  matchKeywords,
} from '../../lib/keywords/matcher';
import { USER_THEME_ID } from '../../lib/keywords/themes';
import type { KeywordHit } from '../../lib/keywords/types';

/** [term, theme] pairs, plus a check that every hit's offsets point at its term in the text. */
function termsOf(text: string, hits: KeywordHit[]): [string, string][] {
  for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.term);
  return hits.map((hit) => [hit.term, hit.theme]);
}

describe('matchKeywords on sentences from the corpus', () => {
  it('finds industry and trade terms (2025 湖北)', () => {
    const text =
      '着力稳主体、扩增量、拓市场，外贸实绩企业达到9570家、增长8.6％，跨境电商进出口增长180％，新能源汽车、集成电路等高技术高附加值产品出口增长18.1％，占全部出口比重超过50％，湖北智造加速走向世界。';
    expect(matchKeywords(text)).toEqual([
      { start: 35, end: 39, term: '跨境电商', theme: 'reform' },
      // 新能源 (green) is a term too; the longer 新能源汽车 wins.
      { start: 49, end: 54, term: '新能源汽车', theme: 'innovation' },
      { start: 55, end: 59, term: '集成电路', theme: 'innovation' },
    ]);
  });

  it('matches inside quotation marks and keeps the quotes out (2025 湖北)', () => {
    const text =
      '全力打好汽车、钢铁、化工三大产业转型攻坚战，武汉、十堰获批全国智能网联汽车“车路云一体化”应用试点，新能源汽车产量突破50万辆、增长29.3％，优特钢占比超过50％，精细化工占比达到40％。';
    expect(matchKeywords(text)).toEqual([
      { start: 31, end: 37, term: '智能网联汽车', theme: 'innovation' },
      { start: 38, end: 44, term: '车路云一体化', theme: 'innovation' },
      { start: 50, end: 55, term: '新能源汽车', theme: 'innovation' },
    ]);
  });

  it('finds the 2025 consumption vocabulary, also where a lost break glued two terms (2025 河南)', () => {
    const text =
      '扩围实施“两新”政策，更新汽车50万辆、家电800万台，实施设备更新项目3000个，工业设备投资增长10%大力发展健康、养老、托幼、家政等服务消费，培育壮大数字、绿色、智能等消费热点，积极发展首发经济、银发经济夜间经济、直播经济。';
    expect(matchKeywords(text)).toEqual([
      { start: 5, end: 7, term: '两新', theme: 'investment' },
      { start: 30, end: 34, term: '设备更新', theme: 'investment' },
      { start: 69, end: 73, term: '服务消费', theme: 'consumption' },
      { start: 96, end: 100, term: '首发经济', theme: 'consumption' },
      { start: 101, end: 105, term: '银发经济', theme: 'consumption' },
      { start: 105, end: 109, term: '夜间经济', theme: 'consumption' },
    ]);
  });

  it('prefers 推动高质量发展 over the 高质量发展 inside it', () => {
    const text = '（三）着力深化改革扩大开放，为推动高质量发展注入强劲动力。';
    expect(matchKeywords(text)).toEqual([{ start: 15, end: 22, term: '推动高质量发展', theme: 'keynote' }]);
  });

  it('prefers the 15-character formula over 高质量发展 and 高水平安全 inside it', () => {
    const text = '深入贯彻总体国家安全观，推动高质量发展和高水平安全良性互动。';
    expect(matchKeywords(text)).toEqual([
      { start: 4, end: 11, term: '总体国家安全观', theme: 'security' },
      { start: 14, end: 29, term: '高质量发展和高水平安全良性互动', theme: 'keynote' },
    ]);
  });

  it('prefers 科技创新和产业创新 over 科技创新 (2025 report heading)', () => {
    const text = '（二）推动科技创新和产业创新深度融合，新质生产力加快成长。';
    expect(termsOf(text, matchKeywords(text))).toEqual([
      ['科技创新和产业创新', 'innovation'],
      ['新质生产力', 'innovation'],
    ]);
  });

  it('tells the fiscal 三保 from the poverty-relief 三保障', () => {
    const fiscal = '强化“三保”支出预算执行硬性约束，兜牢基层“三保”底线。';
    expect(matchKeywords(fiscal)).toEqual([
      { start: 3, end: 5, term: '三保', theme: 'security' },
      { start: 22, end: 24, term: '三保', theme: 'security' },
    ]);
    const relief = '紧盯“一收入三保障”和饮水安全保障，加强预警、精准施策，坚决守牢不发生规模性返贫致贫底线。';
    expect(matchKeywords(relief)).toEqual([
      { start: 6, end: 9, term: '三保障', theme: 'rural' },
      { start: 11, end: 15, term: '饮水安全', theme: 'rural' },
      { start: 35, end: 40, term: '规模性返贫', theme: 'rural' },
    ]);
  });

  it('does not find words that only straddle other words (联农带农机制, 国家风力发电)', () => {
    const farming =
      '深入实施现代农业“十强行动”，大力发展智慧农业、设施农业、绿色农业，健全社会化服务体系，完善联农带农机制，持续提高农业综合效益和竞争力。';
    expect(termsOf(farming, matchKeywords(farming))).toEqual([
      ['现代农业', 'rural'],
      ['智慧农业', 'rural'],
      ['设施农业', 'rural'],
    ]);
    const wind = '大力推进科技创新，怀柔实验室新疆基地稳步运行，国家风力发电技术创新中心、天山实验室揭牌成立。';
    expect(matchKeywords(wind)).toEqual([
      { start: 4, end: 8, term: '科技创新', theme: 'innovation' },
      { start: 29, end: 35, term: '技术创新中心', theme: 'innovation' },
    ]);
  });

  it('keeps 养老金 out of 养老金融 and 高质量发展 out of 民营经济高质量发展 (2025 reports)', () => {
    const finance = '19．金融“五篇大文章”：科技金融、绿色金融、普惠金融、养老金融、数字金融';
    expect(termsOf(finance, matchKeywords(finance))).toEqual([
      ['五篇大文章', 'reform'],
      ['科技金融', 'innovation'],
      ['绿色金融', 'green'],
      ['普惠金融', 'reform'],
      ['养老金融', 'reform'],
      ['数字金融', 'reform'],
    ]);
    const pension =
      '有序推进渐进式延迟法定退休年龄改革，开展基本养老保险提质扩面行动，率先试点全品类养老金融产品，个人养老金开户数近1800万';
    expect(termsOf(pension, matchKeywords(pension))).toEqual([
      ['渐进式延迟法定退休年龄', 'livelihood'],
      ['基本养老保险', 'livelihood'],
      ['养老金融', 'reform'],
      ['个人养老金', 'livelihood'],
    ]);
    expect(matchKeywords('推进民营经济高质量发展。')).toEqual([
      { start: 2, end: 11, term: '民营经济高质量发展', theme: 'reform' },
    ]);
  });

  it('reads a 2022 report with ASCII commas (天门市, flattened)', () => {
    const text = '毫不放松抓好常态化疫情防控,完善分级应急响应指挥体系,确保防控不松懈、疫情不反弹、发展不停步。';
    expect(matchKeywords(text)).toEqual([{ start: 6, end: 13, term: '常态化疫情防控', theme: 'security' }]);
  });

  it('reads a work plan with masked numbers and place names (市发改委 工作要点)', () => {
    const text = '“定时、定项、定向”调度省市重点项目、X亿元以上新开工项目、中央预算内投资项目。';
    expect(matchKeywords(text)).toEqual([
      { start: 14, end: 18, term: '重点项目', theme: 'investment' },
      { start: 24, end: 29, term: '新开工项目', theme: 'investment' },
      { start: 30, end: 37, term: '中央预算内投资', theme: 'investment' },
    ]);
    const masked = '13、推进X城市群协同发展。';
    expect(matchKeywords(masked)).toEqual([{ start: 6, end: 9, term: '城市群', theme: 'rural' }]);
  });

  it('matches 人工智能+ with its plus and the term after it (2025 贵州)', () => {
    const text =
      '深化“高效办成一件事”改革，积极探索“人工智能+政务服务”模式，拓展“企业之家”服务内涵，提升“贵人服务”品牌。';
    expect(matchKeywords(text)).toEqual([
      { start: 3, end: 10, term: '高效办成一件事', theme: 'reform' },
      { start: 19, end: 24, term: '人工智能+', theme: 'innovation' },
      { start: 24, end: 28, term: '政务服务', theme: 'reform' },
    ]);
  });

  it('matches Latin terms only on Latin word boundaries (2025 重庆, 山东)', () => {
    const chongqing = '新一代电子信息制造业集群加速发展，安意法、芯联微电子等项目提速建设，AI手机、AI PC在渝量产';
    expect(termsOf(chongqing, matchKeywords(chongqing))).toEqual([
      ['电子信息', 'innovation'],
      ['AI', 'innovation'],
      ['AI', 'innovation'],
    ]);
    const shandong = '5G基站达到24.2万个，智能算力比例超过30%。';
    expect(matchKeywords(shandong)).toEqual([
      { start: 0, end: 2, term: '5G', theme: 'innovation' },
      { start: 15, end: 17, term: '算力', theme: 'innovation' },
    ]);
    // The same words inside longer Latin words or numbers are not terms.
    expect(matchKeywords('型号25G与MAIL服务')).toEqual([]);
  });
});

describe('width and case folding', () => {
  it('finds terms written with full-width letters, digits and plus, at the same offsets', () => {
    const text = '加快５Ｇ基站建设，实施“人工智能＋”行动，推进ＰＭ２.５治理';
    expect(matchKeywords(text)).toEqual([
      { start: 2, end: 4, term: '5G', theme: 'innovation' },
      { start: 12, end: 17, term: '人工智能+', theme: 'innovation' },
      { start: 23, end: 28, term: 'PM2.5', theme: 'green' },
    ]);
  });

  it('folds half-width punctuation inside a term to the full-width form of the lexicon (2025 江西)', () => {
    const fullWidth = '完善首台（套）、首批次、首版次应用政策';
    const halfWidth = '完善首台(套)、首批次、首版次应用政策';
    const expected = [{ start: 2, end: 7, term: '首台（套）', theme: 'innovation' }];
    expect(matchKeywords(fullWidth)).toEqual(expected);
    expect(matchKeywords(halfWidth)).toEqual(expected);
  });
});

describe('overlap resolution', () => {
  const matcher = createKeywordMatcher([
    { term: '重大项目', theme: 'investment' },
    { term: '项目建设', theme: 'investment' },
    { term: '高质量发展', theme: 'keynote' },
    { term: '推动高质量发展', theme: 'keynote' },
    { term: '发展新质生产力', theme: 'innovation' },
    { term: '新质生产力', theme: 'innovation' },
  ]);

  it('breaks a tie between equally long overlapping terms by the earlier start', () => {
    // From 2022 reports: “狠抓重大项目建设。” 重大项目 and 项目建设 overlap on 项目.
    expect(matcher.match('狠抓重大项目建设。')).toEqual([{ start: 2, end: 6, term: '重大项目', theme: 'investment' }]);
  });

  it('lets the longer of two overlapping terms win even when it starts later', () => {
    // 高质量发展 (5) starts first, but 发展新质生产力 (7) overlaps it and is longer; 新质生产力 lies inside
    // the winner. Only the winner remains.
    expect(matcher.match('高质量发展新质生产力')).toEqual([
      { start: 3, end: 10, term: '发展新质生产力', theme: 'innovation' },
    ]);
  });

  it('keeps the earlier of two equally long overlapping terms and the next one that no longer overlaps', () => {
    // 推动高质量发展 and 发展新质生产力 are both 7 long and share 发展: the earlier start wins, and
    // 新质生产力, which does not overlap the winner, is kept.
    expect(matcher.match('推动高质量发展新质生产力')).toEqual([
      { start: 0, end: 7, term: '推动高质量发展', theme: 'keynote' },
      { start: 7, end: 12, term: '新质生产力', theme: 'innovation' },
    ]);
  });

  it('returns hits in text order, never overlapping, the same on every run', () => {
    const text = '（二）加快重大项目建设，推动高质量发展，发展新质生产力，狠抓重大项目建设。';
    const first = matcher.match(text);
    expect(matcher.match(text)).toEqual(first);
    for (let i = 1; i < first.length; i++) expect(first[i]!.start).toBeGreaterThanOrEqual(first[i - 1]!.end);
    expect(first.map((hit) => hit.term)).toEqual(['重大项目', '推动高质量发展', '发展新质生产力', '重大项目']);
  });
});

describe('lexicon errors', () => {
  it('rejects a term given two themes, naming it', () => {
    expect(() =>
      createKeywordMatcher([
        { term: '数字经济', theme: 'innovation' },
        { term: '数字经济', theme: 'reform' },
      ]),
    ).toThrow(LexiconConflictError);
    expect(() =>
      createKeywordMatcher([
        { term: 'AI', theme: 'innovation' },
        { term: 'ａｉ', theme: 'culture' },
      ]),
    ).toThrow(/AI \(innovation, culture\)/);
  });

  it('merges a term repeated in the same theme and ignores empty terms', () => {
    const matcher = createKeywordMatcher([
      { term: '数字经济', theme: 'innovation' },
      { term: ' 数字经济 ', theme: 'innovation' },
      { term: '  ', theme: 'innovation' },
    ]);
    expect(matcher.entries).toEqual([{ term: '数字经济', theme: 'innovation' }]);
  });
});

describe('user terms', () => {
  const henan = '积极发展首发经济、银发经济夜间经济、直播经济。';

  it('adds a bare string to the user theme', () => {
    const matcher = defaultKeywordMatcher().withUserTerms(['直播经济']);
    expect(matcher.match(henan)).toEqual([
      { start: 4, end: 8, term: '首发经济', theme: 'consumption' },
      { start: 9, end: 13, term: '银发经济', theme: 'consumption' },
      { start: 13, end: 17, term: '夜间经济', theme: 'consumption' },
      { start: 18, end: 22, term: '直播经济', theme: USER_THEME_ID },
    ]);
  });

  it('lets a user term replace the built-in term with the same text, theme included', () => {
    const matcher = defaultKeywordMatcher().withUserTerms([{ term: '银发经济', theme: 'livelihood' }]);
    expect(matcher.match(henan).map((hit) => [hit.term, hit.theme])).toEqual([
      ['首发经济', 'consumption'],
      ['银发经济', 'livelihood'],
      ['夜间经济', 'consumption'],
    ]);
    expect(matcher.entries.filter((entry) => entry.term === '银发经济')).toEqual([
      { term: '银发经济', theme: 'livelihood' },
    ]);
  });

  it('competes with built-in terms by length like any term', () => {
    const matcher = defaultKeywordMatcher().withUserTerms(['银发经济夜间', '  ', '']);
    expect(matcher.match(henan).map((hit) => hit.term)).toEqual(['首发经济', '银发经济夜间']);
  });

  it('keeps the last theme when a user lists a term twice, and leaves the default matcher alone', () => {
    const matcher = defaultKeywordMatcher().withUserTerms([
      { term: '直播经济', theme: 'culture' },
      { term: '直播经济', theme: 'consumption' },
    ]);
    expect(matcher.match(henan).at(-1)).toEqual({ start: 18, end: 22, term: '直播经济', theme: 'consumption' });
    expect(defaultKeywordMatcher().match(henan).map((hit) => hit.term)).not.toContain('直播经济');
  });

  it('reuses the matcher built for the same user terms', () => {
    const base = defaultKeywordMatcher();
    expect(base.withUserTerms(['直播经济'])).toBe(base.withUserTerms(['直播经济']));
    expect(base.withUserTerms(['直播经济'])).not.toBe(base.withUserTerms(['网红经济带货']));
  });
});
