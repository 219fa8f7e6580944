import { describe, expect, it } from 'vitest';
import { collectionToMarkdown, markdownLink } from '../../lib/export/collection-markdown';
import type { Clip } from '../../lib/store/types';
import { cities, provinces, sampleData } from './collection-sample-clips';

describe('collectionToMarkdown', () => {
  const data = sampleData();
  const md = collectionToMarkdown(data);
  const lines = md.split('\n');

  it('has one top heading per collection, then one second-level heading per source report', () => {
    expect(lines.filter((l) => l.startsWith('# '))).toEqual([`# ${provinces.name}`, `# ${cities.name}`]);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## 2025年湖北省政府工作报告',
      '## 2025年广东省政府工作报告',
      '## 2022年天门市政府工作报告',
      // The work plan has no report title: the page title stands in.
      '## 市发改委2022年工作要点',
    ]);
    expect(md).toContain('剪藏 4 条 · 目标 13 项，实绩 5 项');
  });

  it('links each report and names its region, year and site', () => {
    expect(md).toContain(
      '[政府工作报告——2025年1月16日在湖北省第十四届人民代表大会第三次会议上](https://www.hubei.gov.cn/zwgk/hbyw/hbywqb/202501/t20250122_5512345.shtml) · 湖北省 · 2025年 · www.hubei.gov.cn',
    );
    expect(md).toContain('(https://www.gd.gov.cn/gkmlpt/content/4/4612/post_4612345.html?id=88) · 广东省 · 2025年');
  });

  it('orders the clips of one report as in the report, with a section heading where it changes', () => {
    const hubei = md.slice(md.indexOf('## 2025年湖北省'), md.indexOf('## 2025年广东省'));
    const order = ['### 2024年工作回顾', '> ——经济运行持续向好', '### 聚力壮产业，发展支撑更加有力', '> 新质生产力', '### 2025年工作思路和重点任务', '> 经济社会发展的主要预期目标是'];
    const at = order.map((s) => hubei.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('writes each clip as a quote with its note, tags, keywords and a table of its targets', () => {
    const block = md.slice(md.indexOf('> 经济社会发展的主要预期目标是'), md.indexOf('## 2025年广东省'));
    expect(block).toContain('**笔记**：湖北：经济增长"6%左右"，高于全国, 见第二部分  \n与广东对比');
    expect(block).toContain('**标签**：GDP、就业、主要预期目标');
    expect(block).toContain('**关键词**：城镇新增就业、居民消费、居民收入、十四五');
    expect(block).toContain('| 类型 | 指标 | 方向 | 数值 | 单位 | 限定 | 时期 |');
    expect(block).toContain('| 目标 | 城镇新增就业 |  | 70 | 万人 | 以上 | 2025 |');
    expect(block).toContain('| 目标 | 粮食产量 | 保持 | 500 | 亿斤 | 以上 | 2025 |');
  });

  it('shows a masked value as masked and escapes Markdown in the text', () => {
    expect(md).toContain('| 目标 | GDP | 增长 | （遮蔽） | % | 左右 | 2022 |');
    const clip: Clip = { ...data.clips[5]!, text: '全区地区生产总值**亿元，同比下降*%', note: '# 不是标题 | 也不是表格', targets: [] };
    const out = collectionToMarkdown({ collections: [cities], clips: [clip] });
    expect(out).toContain('> 全区地区生产总值\\*\\*亿元，同比下降\\*%');
    expect(out).toContain('**笔记**：\\# 不是标题 \\| 也不是表格');
  });

  it('keeps the paragraphs of a multi-paragraph clip inside one quote', () => {
    const clip: Clip = { ...data.clips[0]!, text: '一、2024年工作回顾\n刚刚过去的一年极不平凡。\n\n——经济运行持续向好。' };
    const out = collectionToMarkdown({ collections: [provinces], clips: [clip] });
    expect(out).toContain('> 一、2024年工作回顾\n>\n> 刚刚过去的一年极不平凡。\n>\n> ——经济运行持续向好。\n');
  });

  it('only web addresses become links; unsafe characters in them are encoded', () => {
    expect(markdownLink('报告', 'javascript:alert(1)')).toBe('报告 javascript:alert(1)');
    expect(markdownLink('报告', 'https://www.gov.cn/a b(1).htm')).toBe('[报告](https://www.gov.cn/a%20b%281%29.htm)');
    expect(markdownLink('[报告]', 'http://x.gov.cn/')).toBe('[\\[报告\\]](http://x.gov.cn/)');
  });

  it('one collection only, English labels, and an empty collection says so', () => {
    const one = collectionToMarkdown(data, { collectionId: cities.id, language: 'en' });
    expect(one.startsWith(`# ${cities.name}\n\n2 clips · 8 targets, 0 results\n`)).toBe(true);
    expect(one).toContain('| Kind | Indicator | Direction | Value | Unit | Qualifier | Period |');
    expect(one).toContain('(masked)');
    expect(one).not.toContain(provinces.name);
    expect(collectionToMarkdown({ collections: [cities], clips: [] })).toBe(`# ${cities.name}\n\n（此合集还没有剪藏）\n`);
  });
});
