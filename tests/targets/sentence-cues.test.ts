import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SentenceCues } from '../../lib/targets/sentence-cues';
import { normalize } from '../../lib/text/normalize';

const corpus = join(import.meta.dirname, '../fixtures/corpus');

function corpusTexts(dir = corpus): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) texts.push(...corpusTexts(path));
    else if (name.endsWith('.txt')) texts.push(readFileSync(path, 'utf8'));
  }
  return texts;
}

// Every sentence of the 40 corpus texts that mentions a year, normalised as the engine reads them.
const sentences = corpusTexts()
  .flatMap((text) => normalize(text).text.split(/[。！？；\n]/))
  .filter((s) => /\d{4}年/.test(s));

describe('SentenceCues.years', () => {
  it('finds the same years, prefixes and spans as the one-regex reading, in every corpus sentence', () => {
    // The reference: the prefix group read by the regex itself (slower, the engine no longer runs it).
    const reference = (s: string) =>
      Array.from(s.matchAll(/(比|较|到|至|在|是|于)?(\d{4})年/g), (m) => ({
        start: m.index,
        end: m.index + m[0].length,
        year: Number(m[2]),
        prefix: m[1] ?? '',
        plan: s.startsWith('远景', m.index + m[0].length),
      }));
    expect(sentences.length).toBeGreaterThan(200);
    for (const s of sentences) expect(new SentenceCues(s).years(), s).toEqual(reference(s));
  });

  it('reads glued prefixes: 比2016年 is a base, 到2025年 a horizon, a bare year none', () => {
    const s = '全市地区生产总值比2016年增长38%，到2025年达到3000亿元，2022年新增就业5万人';
    expect(new SentenceCues(s).years().map((y) => [y.prefix, y.year])).toEqual([
      ['比', 2016],
      ['到', 2025],
      ['', 2022],
    ]);
  });

  it('yearBefore(upTo) says whether a year ends within the first upTo characters', () => {
    const s = '力争到2025年新建5G基站3000个';
    const cues = new SentenceCues(s);
    const yearEnd = s.indexOf('年') + 1;
    expect(cues.yearBefore(yearEnd)).toBe(true);
    expect(cues.yearBefore(yearEnd - 1)).toBe(false);
    expect(new SentenceCues('粮食产量保持在181万吨以上').yearBefore(100)).toBe(false);
  });
});

describe('SentenceCues.before / anywhere', () => {
  it('answer from the first match of a global pattern, as matchAll would', () => {
    const s = '截至2021年底，累计完成投资120亿元，力争今年再完成50亿元';
    const cues = new SentenceCues(s);
    const pattern = /累计|力争/g;
    const firstEnd = s.indexOf('累计') + 2;
    expect(cues.before(pattern, firstEnd)).toBe(true);
    expect(cues.before(pattern, firstEnd - 1)).toBe(false);
    expect(cues.anywhere(/明年/g)).toBe(false);
    // The shared pattern is left ready for the next sentence.
    expect(pattern.lastIndex).toBe(0);
  });
});
