import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchKeywords } from '../../lib/keywords/matcher';
import { lineBreakGaps } from '../../lib/keywords/wrapped-lines';

const corpusDir = join(__dirname, '../fixtures/corpus');

/** Hard-wraps every line at `width` code units, as a PDF copy does, with an indent on each new line. */
function hardWrap(text: string, width: number, indent = ''): string {
  return text
    .split('\n')
    .map((line) => {
      const pieces: string[] = [];
      for (let i = 0; i < line.length; i += width) pieces.push(line.slice(i, i + width));
      return pieces.join(`\n${indent}`);
    })
    .join('\n');
}

/** The text with its gaps cut out. */
function withoutGaps(text: string, gaps: number[]): string {
  let kept = '';
  let from = 0;
  for (let g = 0; g < gaps.length; g += 2) {
    kept += text.slice(from, gaps[g]);
    from = gaps[g + 1]!;
  }
  return kept + text.slice(from);
}

describe('lineBreakGaps', () => {
  it('gives the runs of blanks that hold a line break, and nothing else', () => {
    const text = '推动高质量\r\n　　发展，AI PC量产\n';
    const gaps = lineBreakGaps(text);
    expect(gaps).toEqual([5, 9, 19, 20]);
    expect(withoutGaps(text, gaps)).toBe('推动高质量发展，AI PC量产');
  });

  it('takes the blanks before a break into its gap and keeps blank runs without a break', () => {
    // 2025 重庆 (AI手机、AI PC在渝量产), wrapped with a trailing space before the break and an indent after it.
    const text = 'AI手机、AI PC \n  在渝量产\r\r\n';
    const gaps = lineBreakGaps(text);
    expect(gaps).toEqual([10, 14, 18, 21]);
    expect(withoutGaps(text, gaps)).toBe('AI手机、AI PC在渝量产');
  });

  it('has no gaps in text without line breaks', () => {
    expect(lineBreakGaps('推动高质量发展')).toEqual([]);
  });
});

describe('keywords in hard-wrapped text', () => {
  it('finds a term broken over two lines, with a hit that spans the break (2025 report heading)', () => {
    const text = '（三）着力深化改革扩大开放，为推动高质\n  量发展注入强劲动力。';
    expect(matchKeywords(text)).toEqual([{ start: 15, end: 25, term: '推动高质量发展', theme: 'keynote' }]);
  });

  it('finds a term broken over three lines, with its start counted back across both breaks', () => {
    // 2025 reports: 坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，构建新发展格局, wrapped at 9 units.
    const text = '坚持稳中求进工作总\n　　基调，完整准确全面\r\n　　贯彻新发展理念，构建新';
    const hits = matchKeywords(text);
    const whole = hits.find((hit) => hit.term === '完整准确全面贯彻新发展理念')!;
    expect(text.slice(whole.start, whole.end).replace(/\s+/g, '')).toBe('完整准确全面贯彻新发展理念');
    expect(whole).toEqual({ start: 15, end: 32, term: '完整准确全面贯彻新发展理念', theme: 'keynote' });
    expect(hits.map((hit) => hit.term)).toEqual(['稳中求进工作总基调', '完整准确全面贯彻新发展理念']);
  });

  it('does not join Latin words across a break into one (AI / PC stay apart)', () => {
    const text = '安意法、芯联微电子等项目提速建设，AI手机、AI\nPC在渝量产';
    expect(matchKeywords(text).map((hit) => text.slice(hit.start, hit.end))).toEqual(['AI', 'AI']);
  });

  it('finds the same terms in a whole report wrapped at 23 characters as in the original (2025 广东)', () => {
    const original = readFileSync(join(corpusDir, 'reports-2025-provinces/2025年广东省.txt'), 'utf8');
    const wrapped = hardWrap(original, 23, '　　');
    const before = matchKeywords(original);
    const after = matchKeywords(wrapped);
    expect(after.map((hit) => hit.term)).toEqual(before.map((hit) => hit.term));
    expect(after.filter((hit) => hit.end - hit.start > hit.term.length).length).toBeGreaterThan(50);
    for (const hit of after) {
      expect(wrapped.slice(hit.start, hit.end).replace(/\s+/g, '')).toBe(hit.term);
    }
  });
});
