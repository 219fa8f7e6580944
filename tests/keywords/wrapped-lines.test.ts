import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchKeywords } from '../../lib/keywords/matcher';
import { joinWrappedLines } from '../../lib/keywords/wrapped-lines';

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

describe('joinWrappedLines', () => {
  it('drops runs of blanks that hold a line break and maps every kept unit back', () => {
    const text = '推动高质量\r\n　　发展，AI PC量产\n';
    const joined = joinWrappedLines(text);
    expect(joined.text).toBe('推动高质量发展，AI PC量产');
    expect([...joined.offsets!].map((offset) => text[offset]).join('')).toBe(joined.text);
  });

  it('leaves text without line breaks alone', () => {
    expect(joinWrappedLines('推动高质量发展')).toEqual({ text: '推动高质量发展', offsets: null });
  });
});

describe('keywords in hard-wrapped text', () => {
  it('finds a term broken over two lines, with a hit that spans the break (2025 report heading)', () => {
    const text = '（三）着力深化改革扩大开放，为推动高质\n  量发展注入强劲动力。';
    expect(matchKeywords(text)).toEqual([{ start: 15, end: 25, term: '推动高质量发展', theme: 'keynote' }]);
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
