import { describe, expect, it } from 'vitest';
import { findTitleEnd } from '../../lib/outline/title-end';

/** The title findTitleEnd reads after a marker at the start of `s`. */
function title(s: string, marker: string, opts: { enumeration?: boolean; mayBeGlued?: boolean } = {}): string {
  const from = marker.length;
  const end = findTitleEnd(s, from, s.length, { enumeration: opts.enumeration ?? false, mayBeGlued: opts.mayBeGlued ?? true });
  return s.slice(from, end);
}

describe('title end in flattened text (title glued to the body)', () => {
  it('ends on a heading word, over compounds, before the body', () => {
    expect(title('一、过去五年工作回顾过去五年,咸阳在追赶超越中夯实基础', '一、')).toBe('过去五年工作回顾');
    expect(title('二、今后五年目标任务百围之木,始于勾萌;万里之途,起于跬步。', '二、')).toBe('今后五年目标任务');
    expect(title('二、今后五年奋斗目标和主要任务刚刚闭幕的市第九次党代会,精心描绘了', '二、')).toBe('今后五年奋斗目标和主要任务');
    expect(title('二、2022年主要目标和重点工作今年是实施“十四五”规划的关键一年', '二、')).toBe('2022年主要目标和重点工作');
    expect(title('三、2022年主要工作安排2022年,是新一届政府开局之年', '三、')).toBe('2022年主要工作安排');
    expect(title('四、加强政府自身建设始终坚持把党的全面领导贯穿于政府工作全局', '四、')).toBe('加强政府自身建设');
    expect(title('一、五年来工作回顾过去五年,是蓟州发展进程中不平凡的五年', '一、')).toBe('五年来工作回顾');
  });

  it('a sentence title ends at its full stop', () => {
    expect(title('一、聚焦聚力项目投资,发展基础不断夯实。主动对接全省现代产业体系', '一、', { mayBeGlued: false })).toBe(
      '聚焦聚力项目投资,发展基础不断夯实',
    );
    expect(title('一、深入落实京津冀协同发展战略。扭住北京非首都功能疏解的“牛鼻子”', '一、', { mayBeGlued: false })).toBe(
      '深入落实京津冀协同发展战略',
    );
  });
});

describe('title end in line-broken text', () => {
  it('the whole line, or up to the full stop that opens the paragraph', () => {
    expect(title('（十二）全面加强政府自身建设，努力建设人民满意的政府。深入推进全面从严治党', '（十二）', { mayBeGlued: false })).toBe(
      '全面加强政府自身建设，努力建设人民满意的政府',
    );
    expect(title('二、2025年工作总体要求和重点任务\n今年是“十四五”规划收官之年', '二、', { mayBeGlued: false })).toBe(
      '2025年工作总体要求和重点任务',
    );
  });

  it('an enumeration item: its first clause', () => {
    expect(title('一是突出精准招商。整合产业链链长', '一是', { enumeration: true })).toBe('突出精准招商');
    expect(title('一是产业结构有待优化,工业经济体量偏小,企业规模不大,产业链条还不完整;二是', '一是', { enumeration: true })).toBe(
      '产业结构有待优化',
    );
  });
});

describe('title end when a line-broken report is flattened', () => {
  it('甘肃: heading and first paragraph joined on one line', async () => {
    const { readCorpus } = await import('./corpus');
    const lines = readCorpus('reports-2025-provinces/2025年甘肃省.txt').split('\n');
    const at = lines.findIndex((l) => l.startsWith('二、'));
    const joined = `${lines[at]}${lines[at + 1]}`;
    expect(title(joined, '二、')).toBe('2025年工作总体要求和预期目标');
    const review = lines.findIndex((l) => l.startsWith('一、'));
    expect(title(`${lines[review]}${lines[review + 1]}`, '一、')).toBe('2024年工作回顾');
  });
});
