import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { anchor } from '../../lib/anchoring';
import { buildClip, buildSectionClip, buildTargetClip, innermostSection, sectionToClip, type ClipPage } from '../../lib/store/build-clip';
import { clipInputSchema } from '../../lib/store/schemas';

function page(file: string, url: string, pageTitle: string): ClipPage {
  const text = readFileSync(`tests/fixtures/corpus/${file}`, 'utf8');
  return { text, analysis: analyze(text), url, pageTitle };
}

const beijing = page(
  'reports-2025-provinces/2025年北京市.txt',
  'https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_3994004.html?utm_source=wx#mulu',
  '2025年北京市政府工作报告_北京市人民政府',
);
// Flattened (line breaks lost in copying): headings run on inside the text.
const tianmen = page('reports/2022_天门市.txt', 'http://www.tianmen.gov.cn/zwgk/zfgzbg/t20220117.shtml?id=3966221&from=timeline', '政府工作报告');

const HEADLINE = '今年经济社会发展主要预期目标是：地区生产总值增长5%左右、努力争取更好结果，一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内，居民消费价格涨幅2%左右';

describe('buildClip on a real paragraph', () => {
  const start = beijing.text.indexOf(HEADLINE);
  const clip = buildClip(beijing, { start, end: start + HEADLINE.length }, 'selection', { note: '北京 2025 主要目标', tags: ['主要目标'] });

  it('keeps the text as read and the targets inside it, with offsets relative to the clip', () => {
    expect(start).toBeGreaterThan(0);
    expect(clip.text).toBe(HEADLINE);
    expect(clip.targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier, t.kind])).toEqual([
      ['地区生产总值', 5, '%', '左右', 'target'],
      ['一般公共预算收入', 4, '%', '左右', 'target'],
      ['城镇调查失业率', 5, '%', '以内', 'target'],
      ['居民消费价格涨幅', 2, '%', '左右', 'target'],
    ]);
    for (const t of clip.targets) {
      expect(clip.text.slice(t.start, t.end)).toBe(t.text);
      expect(clip.text.slice(t.valueStart, t.valueEnd)).toMatch(/^\d+%$/);
    }
  });

  it('takes exactly the engine targets that lie wholly inside the span', () => {
    const inside = beijing.analysis.targets.filter((t) => t.start >= start && t.end <= start + HEADLINE.length);
    expect(clip.targets.map((t) => t.text)).toEqual(inside.map((t) => t.text));
    // A span that cuts the last target in half leaves it out.
    const cut = buildClip(beijing, { start, end: start + HEADLINE.length - 3 });
    expect(cut.targets.map((t) => t.indicator)).toEqual(['地区生产总值', '一般公共预算收入', '城镇调查失业率']);
  });

  it('names the section, the source (normalised URL, region, year) and keeps note and tags', () => {
    expect(clip.section).toBe('2025年工作总体要求和重点任务');
    expect(clip.source).toEqual({
      url: 'https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_3994004.html',
      pageTitle: '2025年北京市政府工作报告_北京市人民政府',
      site: 'www.beijing.gov.cn',
      reportTitle: '2025年北京市政府工作报告',
      region: '北京市',
      year: 2025,
    });
    expect([clip.kind, clip.note, clip.tags]).toEqual(['selection', '北京 2025 主要目标', ['主要目标']]);
    expect(clipInputSchema.safeParse(clip).success).toBe(true);
  });

  it('stores selectors that find the clip again on the page', () => {
    expect(clip.selectors.quote.exact).toBe(HEADLINE);
    expect(clip.selectors.quote.prefix.length).toBe(32);
    expect(clip.selectors.position).toEqual({ type: 'TextPositionSelector', start, end: start + HEADLINE.length });
    expect(anchor(beijing.text, clip.selectors)).toMatchObject({ status: 'exact', start, end: start + HEADLINE.length });
  });

  it('lists each keyword once', () => {
    const para = beijing.text.indexOf('坚持以科技创新引领新质生产力发展');
    const end = beijing.text.indexOf('\n', para);
    const c = buildClip(beijing, { start: para, end });
    const hits = beijing.analysis.keywords.filter((k) => k.start >= para && k.end <= end);
    expect(hits.length).toBeGreaterThan(c.keywords.length);
    expect(c.keywords).toEqual([...new Map(hits.map((k) => [`${k.theme}:${k.term}`, { term: k.term, theme: k.theme }])).values()]);
    expect(c.keywords.map((k) => k.term)).toContain('新质生产力');
  });

  it('trims whitespace a selection drags along and refuses empty or bad spans', () => {
    const line = beijing.text.indexOf('\n', start);
    const c = buildClip(beijing, { start: start + HEADLINE.length - 6, end: line + 1 });
    expect(c.text.endsWith('\n')).toBe(false);
    expect(c.selectors.position.end).toBe(line);
    expect(() => buildClip(beijing, { start: line, end: line + 1 })).toThrow(RangeError);
    expect(() => buildClip(beijing, { start: 10, end: 5 })).toThrow(RangeError);
    expect(() => buildClip(beijing, { start: 0, end: beijing.text.length + 1 })).toThrow(RangeError);
  });
});

describe('buildSectionClip on a flattened report', () => {
  const section = tianmen.analysis.sections.find((s) => s.marker === '一是' && s.kind === 'plan')!;
  const clip = buildSectionClip(tianmen, section, { collectionId: 'c1' });

  it('clips the heading and body with every target of the section', () => {
    expect(section.title).toBe('实现经济实力大跨越');
    expect(clip.kind).toBe('section');
    expect(clip.section).toBe('实现经济实力大跨越');
    expect(clip.text.startsWith('一是实现经济实力大跨越')).toBe(true);
    const inside = tianmen.analysis.targets.filter((t) => t.start >= section.start && t.end <= section.end);
    expect(inside.length).toBeGreaterThan(10);
    expect(clip.targets).toHaveLength(inside.length);
    for (const t of clip.targets) expect(clip.text.slice(t.start, t.end)).toBe(t.text);
    expect(clip.collectionId).toBe('c1');
  });

  it('reads region and year from the report title the engine found when the page title has none', () => {
    expect([clip.source.reportTitle, clip.source.region, clip.source.year]).toEqual(['2022年天门市政府工作报告', '天门市', 2022]);
    expect(clip.source.url).toBe('http://www.tianmen.gov.cn/zwgk/zfgzbg/t20220117.shtml?id=3966221');
  });
});

describe('buildTargetClip', () => {
  it('clips one mention with itself as the only target at offset 0', () => {
    const target = tianmen.analysis.targets.find((t) => t.headline && t.indicator === '固定资产投资')!;
    const clip = buildTargetClip(tianmen, target);
    expect(clip.kind).toBe('target');
    expect(clip.text).toBe(target.text);
    expect(clip.targets).toEqual([{ ...target, start: 0, end: target.end - target.start, valueStart: target.valueStart - target.start, valueEnd: target.valueEnd - target.start }]);
    expect(clip.section).toBe(target.section);
  });
});

describe('innermostSection', () => {
  it('is the smallest section holding the whole span, null when none does', () => {
    const { sections } = tianmen.analysis;
    const child = sections.find((s) => s.marker === '二是' && s.kind === 'plan')!;
    const parent = sections.find((s) => s.id === child.parentId)!;
    expect(innermostSection(sections, child.start + 5, child.start + 20)).toBe(child);
    // From inside 一是 to inside 二是: only their parent holds both.
    const first = sections.find((s) => s.marker === '一是' && s.parentId === parent.id)!;
    expect(innermostSection(sections, first.end - 10, child.start + 10)).toBe(parent);
    expect(innermostSection(sections, 0, 10)).toBeNull();
  });
});

describe('sectionToClip: the section 剪藏本节 means at a point of a real report', () => {
  const yunnan = page('reports-2025-provinces/2025年云南省.txt', 'https://www.yn.gov.cn/zwgk/zfxxgk/zfgzbg/', '2025年云南省政府工作报告');
  const at = (p: ClipPage, needle: string) => {
    const i = p.text.indexOf(needle);
    expect(i).toBeGreaterThanOrEqual(0);
    return i;
  };
  const titleAt = (p: ClipPage, offset: number, until?: number) => sectionToClip(p.analysis.sections, offset, until)?.title ?? null;

  it('is the innermost titled section around the point (（三） of a review chapter)', () => {
    expect(titleAt(yunnan, at(yunnan, '深度服务和融入全国统一大市场'))).toBe('改革创新纵深拓展');
    // Its own heading belongs to it too.
    expect(titleAt(yunnan, at(yunnan, '（三）改革创新纵深拓展'))).toBe('改革创新纵深拓展');
  });

  it('skips an inline 一是…二是… item for the section that holds it (flattened 天门 report)', () => {
    const offset = at(tianmen, '整合产业链链长');
    expect(innermostSection(tianmen.analysis.sections, offset, offset + 1)?.title).toBe('突出精准招商');
    expect(titleAt(tianmen, offset)).toBe('着力扩大有效投资，打造坚实发展支撑');
  });

  it('skips a heading with almost nothing under it (a glossary of 1. entries) for its parent', () => {
    expect(titleAt(yunnan, at(yunnan, '国家重大战略实施和重点领域安全能力建设'))).toBe('名词解释');
  });

  it('in the opening, before any heading: none, or the first section heading further down the view', () => {
    const opening = at(tianmen, '各位代表');
    const first = tianmen.analysis.sections[0]!;
    expect(titleAt(tianmen, opening)).toBeNull();
    expect(titleAt(tianmen, opening, first.headingStart - 1)).toBeNull();
    expect(titleAt(tianmen, opening, first.headingStart + 3)).toBe(first.title);
  });

  it('builds a whole-section clip with that title and span', () => {
    const section = sectionToClip(tianmen.analysis.sections, at(tianmen, '整合产业链链长'))!;
    const clip = buildSectionClip(tianmen, section);
    expect(clip.kind).toBe('section');
    expect(clip.section).toBe('着力扩大有效投资，打造坚实发展支撑');
    expect(clip.text).toContain('突出精准招商');
    expect(clip.text).toContain('突出产业投资');
    expect(clip.targets.length).toBeGreaterThan(0);
  });
});
