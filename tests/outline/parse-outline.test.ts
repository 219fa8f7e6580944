import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../lib/outline/parse-outline';
import type { Outline } from '../../lib/outline/types';
import { find, parentOf, parse, readCorpus, topLevel } from './corpus';

/** The headline's text; it must hold `mustHold`, end with `last`, and stay inside its section. */
function expectHeadline(text: string, o: Outline, mustHold: string, last: string): string {
  expect(o.headline).not.toBeNull();
  const h = o.headline!;
  const s = text.slice(h.start, h.end);
  expect(s).toContain(mustHold);
  expect(s.endsWith(last)).toBe(true);
  // Tight: it does not run into the next section, nor into the next heading of any level.
  const next = o.sections.find((x) => x.headingStart >= h.start);
  if (next) expect(h.end).toBeLessThanOrEqual(next.headingStart);
  const holder = o.sections.filter((x) => x.start <= h.start && h.start < x.end && x.level <= 2).pop();
  expect(holder?.kind).toBe('plan');
  if (holder) expect(h.end).toBeLessThanOrEqual(holder.end);
  return s;
}

describe('flattened 2022 reports (the whole report on one line)', () => {
  it('东丽区: four parts plus the closing, the 今后五年 list nested under 二、', () => {
    const { text, outline } = parse('reports/2022_东丽区.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '过去五年工作回顾', 'review'],
      ['二、', '今后五年目标任务', 'plan'],
      ['三、', '2022年主要工作', 'plan'],
      ['四、', '加强政府自身建设', 'plan'],
      ['', '结束语', 'other'],
    ]);
    // The bracketless （一） of the original restart at 一、 inside 二、 and 三、.
    const jjj = find(outline, '深入落实京津冀协同发展战略');
    expect([jjj.marker, jjj.level, jjj.kind, parentOf(outline, jjj)?.title]).toEqual(['一、', 2, 'plan', '今后五年目标任务']);
    const real = find(outline, '聚焦实体经济,着力构建现代产业体系');
    expect([real.level, parentOf(outline, real)?.title]).toEqual([2, '2022年主要工作']);
    expect(outline.sections.filter((s) => s.parentId === find(outline, '2022年主要工作').id)).toHaveLength(6);
    expectHeadline(text, outline, '地区生产总值增长6%以上', '居民人均可支配收入增长7%。');
  });

  it('咸阳市: glued titles end where the body starts (过去五年工作回顾|过去五年，咸阳在…)', () => {
    const { text, outline } = parse('reports/2022_咸阳市.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '过去五年工作回顾', 'review'],
      ['二、', '今后五年目标和重点任务', 'plan'],
      ['三、', '2022年重点工作', 'plan'],
      ['四、', '加强政府自身建设', 'plan'],
    ]);
    const key = outline.sections.filter((s) => s.parentId === find(outline, '2022年重点工作').id);
    expect(key.map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(key[0]!.title.startsWith('在巩固稳定向好态势上狠抓快推,推动经济高质量发展迈出更大步伐')).toBe(true);
    // 一是…五是 of the five-year part are reachable but keep the part's kind.
    const innovation = find(outline, '把创新作为第一动力,在蓄积动能中推动高质量发展');
    expect([innovation.marker, innovation.level, innovation.kind]).toEqual(['一是', 4, 'plan']);
    // The five-year goals (今后五年发展的主要目标是) are not the year's headline.
    const s = expectHeadline(text, outline, '地区生产总值增长7%左右', '能耗强度在“十四五”规划期内统筹考核。');
    expect(s.startsWith('今年主要预期目标是')).toBe(true);
  });

  it('天门市: the review part keeps its kind in its own 一、 list', () => {
    const { text, outline } = parse('reports/2022_天门市.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '过去五年及2021年工作回顾', 'review'],
      ['二、', '今后五年奋斗目标和主要任务', 'plan'],
      ['三、', '2022年主要工作安排', 'plan'],
      ['四、', '全面加强政府自身建设', 'plan'],
      ['', '结束语', 'other'],
    ]);
    const invest = find(outline, '聚焦聚力项目投资,发展基础不断夯实');
    expect([invest.level, invest.kind, parentOf(outline, invest)?.marker]).toEqual([2, 'review', '一、']);
    const precise = find(outline, '突出精准招商');
    expect([precise.marker, precise.kind, parentOf(outline, precise)?.title]).toEqual(['一是', 'plan', '着力扩大有效投资,打造坚实发展支撑']);
    expectHeadline(text, outline, '地区生产总值增长8%左右', '城镇和农村居民人均可支配收入分别增长11%和12%。');
  });

  it('蓟州区: nine key tasks under 三、, the ninth being 政府自身建设', () => {
    const { text, outline } = parse('reports/2022_蓟州区.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '五年来工作回顾', 'review'],
      ['二、', '今后五年总体思路和目标任务', 'plan'],
      ['三、', '2022年重点工作', 'plan'],
      ['', '结束语', 'other'],
    ]);
    const key = outline.sections.filter((s) => s.parentId === find(outline, '2022年重点工作').id);
    expect(key).toHaveLength(9);
    expect(key[0]!.title.startsWith('抓实项目建设,着力扩大有效投资')).toBe(true);
    expect(key[8]!.title.startsWith('坚持党建引领,着力加强政府自身建设')).toBe(true);
    expectHeadline(text, outline, '地区生产总值按可比口径增长6%', '节能减排完成市级下达任务。');
  });

  it('青海省: 保护第 一、全民共享 is not a heading', () => {
    const { text, outline } = parse('reports/2022_青海省.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2021年工作回顾', 'review'],
      ['二、', '2022年主要目标和重点工作', 'plan'],
      ['三、', '加强政府自身建设', 'plan'],
      ['', '结束语', 'other'],
    ]);
    const under2 = outline.sections.filter((s) => s.parentId === find(outline, '2022年主要目标和重点工作').id);
    expect(under2.map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(under2[0]!.title).toBe('聚焦聚力“四地”建设,坚定不移走高质量发展之路');
    expect(outline.sections.some((s) => s.title.startsWith('全民共享'))).toBe(false);
    expectHeadline(text, outline, '地区生产总值增长5.5%左右', '主要污染物减排控制在国家规定目标内。');
  });
});

describe('flattened text: when an inner and the outer 一、 list both expect the next ordinal', () => {
  it('a structural title (三、加强政府自身建设…) continues the outer list', () => {
    // 青海 with the inner list cut after its second item: inner and outer both expect 三、.
    const full = readCorpus('reports/2022_青海省.txt');
    const cutFrom = full.indexOf(' 三、聚焦聚力实施创新驱动发展战略');
    const cutTo = full.indexOf(' 三、加强政府自身建设');
    expect(cutFrom).toBeGreaterThan(0);
    expect(cutTo).toBeGreaterThan(cutFrom);
    const outline = parseOutline(full.slice(0, cutFrom) + full.slice(cutTo));
    expect(topLevel(outline).map((t) => t[1])).toEqual(['2021年工作回顾', '2022年主要目标和重点工作', '加强政府自身建设', '结束语']);
  });

  it('a sentence title (三、我们要在守好“五条底线”上下功夫…) stays in the inner list', () => {
    const { outline } = parse('reports/2022_蓟州区.txt');
    const third = outline.sections.find((s) => s.title.startsWith('我们要在守好“五条底线”上下功夫'))!;
    expect([third.marker, third.level, parentOf(outline, third)?.title]).toEqual(['三、', 2, '今后五年总体思路和目标任务']);
  });
});

describe('provincial 2025 reports (one paragraph per line)', () => {
  it('天津: 预期目标是 introduces the headline; full-width ％ is read', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年天津市.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2024年工作回顾', 'review'],
      ['二、', '2025年工作安排', 'plan'],
      ['三、', '努力建设人民满意政府', 'plan'],
      ['', '结束语', 'other'],
    ]);
    expect(find(outline, '高质量发展迈出坚实步伐')).toMatchObject({ marker: '（一）', level: 2, kind: 'review' });
    expect(find(outline, '坚持以高品质生活为引领，务实发展民生事业')).toMatchObject({ marker: '（七）', level: 2, kind: 'plan' });
    expectHeadline(text, outline, '地区生产总值增长5％左右', '节能减排减污降碳完成国家下达目标。');
  });

  it('北京: 一是…七是 in the review stay review; （十一） is read', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年北京市.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2024年工作回顾', 'review'],
      ['二、', '2025年工作总体要求和重点任务', 'plan'],
      ['', '结束语', 'other'],
    ]);
    expect(find(outline, '针对性出台系列稳增长举措，经济总体实现稳定向好')).toMatchObject({ marker: '一是', kind: 'review' });
    expect(find(outline, '提高城市本质安全水平，切实维护首都和谐稳定')).toMatchObject({ marker: '（十一）', level: 2, kind: 'plan' });
    expectHeadline(text, outline, '地区生产总值增长5%左右', '生态环境质量、能源、水资源等指标达到国家要求。');
  });

  it('广东: appendices (附件1 十件民生实事, 附件2 名词解释) are parts of their own', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年广东省.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2024年工作回顾', 'review'],
      ['二、', '2025年工作安排', 'plan'],
      ['', '结束语', 'other'],
      ['附件1', '2025年省十件民生实事', 'plan'],
      ['附件2', '名词解释', 'other'],
    ]);
    expect(find(outline, '全面加强政府自身建设，努力建设人民满意的政府')).toMatchObject({ marker: '（十二）', kind: 'plan' });
    // The same words head 一是 under （十） in the plan and 一、 in the appendix.
    const elderly = outline.sections.filter((s) => s.title === '为老年人提供健康管理、医养结合服务和提升养老机构服务水平');
    expect(elderly.map((s) => [s.marker, s.level, s.kind, parentOf(outline, s)?.marker])).toEqual([
      ['一是', 4, 'plan', '（十）'],
      ['一、', 2, 'plan', '附件1'],
    ]);
    // The 18 notes are numbered 1. to 18. under 名词解释.
    const notes = outline.sections.filter((s) => s.parentId === find(outline, '名词解释').id);
    expect(notes).toHaveLength(18);
    expectHeadline(text, outline, '地区生产总值增长5%左右', '空气质量优良天数比率和地表水水质优良率均完成国家下达任务。');
  });

  it('四川: chapters written as bare lines (2024年工作回顾) when there is no 一、', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年四川省.txt');
    expect(topLevel(outline)).toEqual([
      ['', '2024年工作回顾', 'review'],
      ['', '2025年工作安排建议', 'plan'],
      ['', '加强政府自身建设', 'plan'],
      ['', '结束语', 'other'],
      ['', '名词解释', 'other'],
    ]);
    expect(find(outline, '巩固增强经济回升向好态势')).toMatchObject({ marker: '（一）', level: 2, kind: 'review' });
    const honest = find(outline, '清正廉洁守底线');
    expect([honest.marker, honest.kind, parentOf(outline, honest)?.title]).toEqual(['（四）', 'plan', '加强政府自身建设']);
    expectHeadline(text, outline, '地区生产总值增长5.5%以上', '完成国家下达的节能减排和环境保护等任务。');
  });

  it('西藏: bare-line chapters and half-width (一) markers', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年西藏.txt');
    expect(topLevel(outline)).toEqual([
      ['', '2024年工作回顾', 'review'],
      ['', '2025年工作安排', 'plan'],
      ['', '结束语', 'other'],
    ]);
    expect(find(outline, '加快推动边境地区发展')).toMatchObject({ marker: '(九)', level: 2, kind: 'plan' });
    expect(find(outline, '稳定态势持续向好')).toMatchObject({ marker: '一是', kind: 'review' });
    expectHeadline(text, outline, '地区生产总值增长7%以上', '城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内。');
  });

  it('福建: titles without cue words take their kind from the body and the order of parts', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年福建省.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效', 'review'],
      ['二、', '牢记历史使命，在中国式现代化建设中奋勇争先', 'plan'],
      ['三、', '牢记人民至上，在建设服务型政府中践行初心使命', 'plan'],
      ['', '结束语', 'other'],
    ]);
    expect(find(outline, '筑牢实体根基，产业体系现代化水平进一步提升').kind).toBe('review');
    expect(find(outline, '坚持自立自强，跑出科技创新加速度、塑造发展新动能').kind).toBe('plan');
    expectHeadline(text, outline, '全省地区生产总值增长5.0%—5.5%', '单位地区生产总值能耗保持下降。');
  });

  it('云南: 名词解释 and 附件 惠民实事 after the closing; 3．10种有色金属 is item 3', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年云南省.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2024年工作回顾', 'review'],
      ['二、', '2025年总体要求', 'plan'],
      ['三、', '2025年重点任务', 'plan'],
      ['', '结束语', 'other'],
      ['', '名词解释', 'other'],
      ['附件', '2025年10件惠民实事', 'plan'],
    ]);
    const notes = outline.sections.filter((s) => s.parentId === find(outline, '名词解释').id);
    expect(notes.map((s) => s.marker).slice(0, 5)).toEqual(['1.', '2.', '3．', '4.', '5．']);
    expect(notes).toHaveLength(44);
    expect(find(outline, '经济运行稳进提质')).toMatchObject({ level: 2, kind: 'review' });
    expectHeadline(text, outline, '地区生产总值增长5%左右', '单位地区生产总值能耗降低完成国家下达目标。');
  });

  it('黑龙江: 四、加强政府自身建设 after the plan is plan', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年黑龙江省.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2024年工作回顾', 'review'],
      ['二、', '2025年工作总体要求', 'plan'],
      ['三、', '2025年重点工作任务', 'plan'],
      ['四、', '加强政府自身建设', 'plan'],
      ['', '结束语', 'other'],
    ]);
    expect(find(outline, '大力提振消费')).toMatchObject({ marker: '（一）', kind: 'plan' });
    expectHeadline(text, outline, '地区生产总值增长5%左右', '生态环境质量持续改善。');
  });

  it('湖南: 关于2025年工作 is the plan year', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年湖南省.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2024年工作回顾', 'review'],
      ['二、', '关于2025年工作', 'plan'],
      ['三、', '全面加强政府自身建设', 'plan'],
      ['', '结束语', 'other'],
    ]);
    expect(find(outline, '全面提升安全发展水平')).toMatchObject({ marker: '（十）', kind: 'plan' });
    expectHeadline(text, outline, '地区生产总值增长5.5%左右', '节能减排和碳排放强度下降完成国家下达任务。');
  });

  it('宁夏: 政府自身建设 inside the review stays review; the headline runs over its 。-separated items', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年宁夏.txt');
    expect(topLevel(outline)).toEqual([
      ['一、', '2024年工作回顾', 'review'],
      ['二、', '2025年目标任务', 'plan'],
      ['', '结束语', 'other'],
    ]);
    expect(find(outline, '突出效能提升，政府自身建设全面加强')).toMatchObject({ marker: '（六）', kind: 'review' });
    const s = expectHeadline(text, outline, '地区生产总值增长5.5%左右。', '“十四五”资源能源消耗、生态环境质量等任务全面完成。');
    expect(s).toContain('一产、二产、三产增加值分别增长5.5%左右、6%左右、5%左右。规上工业增加值增长6.5%左右');
  });

  it('河南: a space inside the title (2024 年工作回顾) is kept as written', () => {
    const { outline } = parse('reports-2025-provinces/2025年河南省.txt');
    expect(topLevel(outline).slice(0, 3)).toEqual([
      ['一、', '2024 年工作回顾', 'review'],
      ['二、', '2025年工作总体要求和主要目标', 'plan'],
      ['三、', '2025年重点工作', 'plan'],
    ]);
  });
});

describe('section spans', () => {
  it('nest: every section lies inside its parent, siblings do not overlap, spans start at the heading', () => {
    for (const path of ['reports/2022_天门市.txt', 'reports-2025-provinces/2025年广东省.txt', 'reports-2025-provinces/2025年四川省.txt']) {
      const { text, outline } = parse(path);
      const { sections } = outline;
      sections.forEach((s, i) => {
        expect(s.id).toBe(i);
        expect(s.start).toBe(s.headingStart);
        expect(s.headingStart).toBeLessThanOrEqual(s.headingEnd);
        expect(s.headingEnd).toBeLessThanOrEqual(s.end);
        expect(s.end).toBeLessThanOrEqual(text.length);
        const p = parentOf(outline, s);
        if (p) {
          expect(p.start).toBeLessThan(s.start);
          expect(s.end).toBeLessThanOrEqual(p.end);
          expect(s.level).toBeGreaterThan(p.level);
        }
        if (i > 0) expect(sections[i - 1]!.start).toBeLessThan(s.start);
      });
      // Top-level sections tile the text from the first heading on.
      const top = sections.filter((s) => s.parentId === null);
      for (let i = 1; i < top.length; i++) expect(top[i]!.start).toBe(top[i - 1]!.end);
    }
  });

  it('a section runs to the next heading of the same or a higher level', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年天津市.txt');
    const review = find(outline, '2024年工作回顾');
    expect(text.slice(review.end).startsWith('二、2025年工作安排')).toBe(true);
    const last = find(outline, '城市安全基础更加扎实');
    expect(last.end).toBe(review.end);
    expect(text.slice(review.headingStart, review.headingEnd)).toBe('一、2024年工作回顾');
  });

  it('an enumeration item (一是) ends with its paragraph', () => {
    const { text, outline } = parse('reports-2025-provinces/2025年北京市.txt');
    const s = find(outline, '针对性出台系列稳增长举措，经济总体实现稳定向好');
    expect(text[s.end]).toBe('\n');
    expect(text.slice(s.start, s.end)).not.toContain('\n');
  });

  it('an empty text or a text without headings has no sections', () => {
    expect(parseOutline('')).toEqual({ sections: [], headline: null, defaultKind: 'other' });
    const para = '各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。';
    expect(parseOutline(para).sections).toEqual([]);
  });
});
