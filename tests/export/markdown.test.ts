import { describe, expect, it } from 'vitest';
import { analysisToMarkdown, escapeMarkdown, sentenceAround } from '../../lib/export/markdown';
import { sampleAnalysis, sampleText } from './sample-analysis';

describe('analysisToMarkdown', () => {
  const md = analysisToMarkdown(sampleAnalysis, { text: sampleText, source: { file: '2025年北京市.txt' } });

  it('starts with the title and the source', () => {
    expect(md.startsWith('# 2025年北京市政府工作报告\n\n来源：2025年北京市.txt\n\n目标 3 项，实绩 3 项。\n')).toBe(true);
  });

  it('writes each section with a table of its targets, in document order', () => {
    const review = md.indexOf('## 一、2024年工作回顾');
    const plan = md.indexOf('## 二、2025年工作总体要求和重点任务');
    expect(review).toBeGreaterThan(0);
    expect(plan).toBeGreaterThan(review);
    expect(md.slice(review, plan)).toContain('| 实绩 | 地区生产总值 | 增长 | 5.2 | % | 左右 约 | 2024 |');
    expect(md.slice(plan)).toContain('| 目标（主要预期目标） | 城镇调查失业率 | 控制在 | 5 | % | 以内 ≤ | 2025 |');
    expect(md.slice(plan)).toContain('| 目标 | GDP | 增长 | （遮蔽） | % | 左右 约 | 2022 |');
  });

  it('quotes each sentence once (three results come from one sentence)', () => {
    const quote = '> 预计全市地区生产总值增长5.2%左右，一般公共预算收入增长3.1%，城镇调查失业率4.1%左右，';
    expect(md.split(quote)).toHaveLength(2);
  });

  it('lists keyword counts', () => {
    expect(md).toContain('## 关键词');
    expect(md).toContain('| 生态环境 | 1 |');
  });

  it('quotes only the mention when the text is not given', () => {
    const bare = analysisToMarkdown(sampleAnalysis);
    expect(bare).toContain('> 城镇调查失业率控制在5%以内\n');
  });

  it('falls back to a given title', () => {
    expect(analysisToMarkdown({ ...sampleAnalysis, title: null }, { fallbackTitle: '某区报告' })).toMatch(/^# 某区报告\n/);
  });
});

describe('escapeMarkdown', () => {
  it('escapes masked values and table pipes', () => {
    expect(escapeMarkdown('全区地区生产总值**亿元|同比下降*%')).toBe('全区地区生产总值\\*\\*亿元\\|同比下降\\*%');
  });
});

describe('sentenceAround', () => {
  it('extends a mention to its sentence, stopping at 。；and line ends', () => {
    const text = '一、回顾\n工业增长6%；投资增长8%左右。下一句';
    const i = text.indexOf('投资增长8%左右');
    const s = sentenceAround(text, i, i + 8);
    expect(text.slice(s.start, s.end)).toBe('投资增长8%左右。');
  });
});
