import { describe, expect, it } from 'vitest';
import { find, parentOf, parse, topLevel } from './corpus';

// The four 发改委 documents: a work plan, a summary with next year's plan, a year-end speech, a duty report.
describe('发改委 documents', () => {
  it('工作要点: a plan throughout; its 1、…24、 run on across the 一、 parts', () => {
    const { text, outline } = parse('2022_市发改委_工作要点_含占位符.txt');
    expect(outline.defaultKind).toBe('plan');
    const top = topLevel(outline);
    expect(top.map((t) => t[0])).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']);
    expect(top[0]).toEqual(['一、', '突出目标导向，推进经济社会稳步发展', 'plan']);
    expect(top.every((t) => t[2] === 'plan')).toBe(true);
    const items = outline.sections.filter((s) => s.level === 3);
    expect(items.map((s) => s.marker)).toEqual(Array.from({ length: 24 }, (_, i) => `${i + 1}、`));
    expect(parentOf(outline, find(outline, '提升项目调度精度'))?.title).toBe('突出项目支撑，扩大有效投资');
    // The targets stand in the opening paragraph, before any heading.
    const h = outline.headline!;
    expect(text.slice(h.start, h.end)).toBe(
      '2022年，全市发改工作的主要目标是：GDP增长X%左右,固定资产投资增长X%左右，服务业增加值增长X%，居民消费价格指数控制在X%左右，单位GDP能耗控制在省定目标内。',
    );
  });

  it('工作总结与2023谋划: the 开展情况 part is review, the 2023年工作谋划 part plan', () => {
    const { outline } = parse('2022_区发改委_工作总结与2023谋划_含遮蔽数字.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2022主要工作开展情况', 'review'],
      ['二、', '2023年工作谋划', 'plan'],
    ]);
    expect(find(outline, '抓党风，重党建，确保队伍建设全面提升')).toMatchObject({ marker: '（一）', kind: 'review' });
    expect(find(outline, '抓思想建设，强化政治引领')).toMatchObject({ marker: '一是', kind: 'review' });
    expect(find(outline, '聚焦目标任务，稳住经济大盘')).toMatchObject({ marker: '（二）', kind: 'plan' });
  });

  it('总结大会讲话: 第一，… on lines of their own are its chapters; looking back first, then ahead', () => {
    const { outline } = parse('2022_市发改委_党组书记总结大会讲话.txt');
    expect(outline.defaultKind).toBe('review');
    expect(topLevel(outline)).toEqual([
      ['第一，', '砥砺奋进，在应对挑战中交出高分答卷', 'review'],
      ['第二，', '坚定信心，在把握大势中赢得工作主动', 'review'],
      ['第三，', '纲举目张，在推动发展中再创新的业绩', 'plan'],
      ['第四，', '守正创新，在履职尽责中展现担当作为', 'plan'],
      ['', '结束语', 'other'],
    ]);
    const project = find(outline, '突出项目引领，奏响实干争先的发改强音');
    expect([project.level, project.kind, parentOf(outline, project)?.marker]).toEqual([2, 'review', '第一，']);
    expect(find(outline, '打好项目建设达效攻坚仗')).toMatchObject({ level: 2, kind: 'plan' });
    // 蝉联全省第一，… is no heading.
    expect(outline.sections.filter((s) => s.marker.startsWith('第'))).toHaveLength(4);
  });

  it('述职报告: a duty report looks back even where a title says 谋划', () => {
    const { outline } = parse('2022_市发改委_述职报告_含遮蔽数字.txt');
    expect(outline.defaultKind).toBe('review');
    expect(topLevel(outline)).toEqual([
      ['一、', '积极应对复杂形势，精准落实宏观调控，实现了经济平稳健康发展', 'review'],
      ['二、', '聚焦优化项目服务，全力攻坚重大项目建设，夯实了经济发展的根基', 'review'],
      ['三、', '始终保持战略定力，跨周期谋划产业转型，促进了新旧动能加快转换', 'review'],
      ['四、', '坚守为民初心，兜牢民生底线，提升了人民群众获得感', 'review'],
    ]);
    expect(outline.sections.filter((s) => s.marker === '一是').every((s) => s.kind === 'review')).toBe(true);
  });
});
