import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Validates the hand-written golden fixtures of headline targets (tests/fixtures/golden/headline/*.json).
// This checks the DATA, not the engine: every quote must be a verbatim span of its report, every value must
// be readable in its quote, and qualifier and comparison must tell the same story. A typo made while
// writing a fixture by hand fails here instead of silently skewing the team's accuracy numbers.

const corpusRoot = join(__dirname, '../fixtures/corpus');
const fixtureDir = join(__dirname, '../fixtures/golden/headline');

const targetSchema = z.strictObject({
  group: z.enum(['annual', 'fiveYear']),
  quote: z.string().min(4),
  indicator: z.string().min(2),
  direction: z.string().min(1).nullable(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().min(1),
  qualifier: z.string().min(1).nullable(),
  comparison: z.enum(['about', 'atLeast', 'atMost', 'range', 'exact']),
  kind: z.literal('target'),
  masked: z.boolean(),
  // Only for fiveYear entries: true when the entry is in the five-year section's own goal list
  // (今后五年…主要目标是：…), false when it comes from the body of that section.
  goalList: z.boolean().optional(),
});
const fixtureSchema = z.strictObject({
  file: z.string().regex(/^(reports|reports-2025-provinces)\/[^/]+\.txt$/),
  year: z.number().int().min(2000).max(2100),
  note: z.string().min(10).optional(),
  targets: z.array(targetSchema),
});
type Fixture = z.infer<typeof fixtureSchema>;

// Which comparison each qualifier implies. A null qualifier means exact, or range when a valueMax is given.
const comparisonOfQualifier: Record<string, Fixture['targets'][number]['comparison']> = {
  左右: 'about',
  约: 'about',
  以上: 'atLeast',
  不低于: 'atLeast',
  不少于: 'atLeast',
  超过: 'atLeast',
  突破: 'atLeast',
  高于: 'atLeast',
  至少: 'atLeast',
  以内: 'atMost',
  以下: 'atMost',
  之内: 'atMost',
  不超过: 'atMost',
};

const scopeWords = ['全市', '全省', '全区', '今年', '全年', '我省', '我市', '我区'];

const chineseDigits: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const chineseBigUnits: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a run of Chinese numerals (一千二百, 十五, 四); NaN when the run is not a numeral. */
function parseChineseNumeral(run: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of run) {
    if (ch in chineseDigits) {
      digit = chineseDigits[ch]!;
    } else if (ch in chineseUnits) {
      section += (digit < 0 ? 1 : digit) * chineseUnits[ch]!;
      digit = -1;
    } else if (ch in chineseBigUnits) {
      total = (total + section + Math.max(digit, 0)) * chineseBigUnits[ch]!;
      section = 0;
      digit = -1;
    } else {
      return Number.NaN;
    }
  }
  return total + section + Math.max(digit, 0);
}

/** Every number that can be read in a quote: Arabic (after width normalisation) and Chinese numerals. */
function numbersIn(quote: string): number[] {
  const text = quote.normalize('NFKC');
  const arabic = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  // A Chinese numeral counts only before a measure word or unit (一个, 两成, 三倍), so that 一 in 一般 or
  // 一产 does not pass for a value of 1.
  const chinese = [...text.matchAll(/([零〇一二两三四五六七八九十百千]+)(?=[个家项条所座名人万亿成倍%])/g)]
    .map((m) => parseChineseNumeral(m[1] ?? ''))
    .filter((n) => !Number.isNaN(n));
  return [...arabic, ...chinese];
}

/**
 * Offsets of the fixture's quotes in the text, in the listed order, with all annual entries inside one
 * headline passage; null when no such placement exists. A headline quote can also occur earlier (a review
 * line may quote last year's estimate in the same words: 预计地区生产总值增长6%左右), so the first annual
 * entry is tried at each of its occurrences. Entries sharing a distributive quote share a position.
 */
function placeQuotes(fixture: Fixture, text: string): number[] | null {
  const firstAnnual = fixture.targets.findIndex((t) => t.group === 'annual');
  const anchorQuote = fixture.targets[firstAnnual]?.quote;
  const anchors: number[] = [];
  if (anchorQuote === undefined) anchors.push(0);
  else for (let at = text.indexOf(anchorQuote); at >= 0; at = text.indexOf(anchorQuote, at + 1)) anchors.push(at);
  for (const anchor of anchors) {
    const positions: number[] = [];
    let from = 0;
    for (const [i, t] of fixture.targets.entries()) {
      const at = text.indexOf(t.quote, i === firstAnnual ? Math.max(from, anchor) : from);
      if (at < 0) break;
      positions.push(at);
      from = at;
    }
    if (positions.length === fixture.targets.length && annualInOnePassage(fixture, text, positions)) return positions;
  }
  return null;
}

/**
 * 2025 texts have one paragraph per line, so the headline list is one line. Flattened 2022 texts have no
 * line breaks, so the bound there is a distance (their headline lists run to about 300 characters).
 */
function annualInOnePassage(fixture: Fixture, text: string, positions: number[]): boolean {
  const starts = positions.filter((_, i) => fixture.targets[i]?.group === 'annual');
  if (starts.length === 0) return true;
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  if (fixture.file.startsWith('reports-2025-provinces/')) return !text.slice(first, last).includes('\n');
  return last - first < 600;
}

const fixtureFiles = existsSync(fixtureDir)
  ? readdirSync(fixtureDir).filter((f) => f.endsWith('.json')).sort()
  : [];

function load(name: string): { fixture: Fixture; text: string } {
  const raw: unknown = JSON.parse(readFileSync(join(fixtureDir, name), 'utf8'));
  const fixture = fixtureSchema.parse(raw);
  const text = readFileSync(join(corpusRoot, fixture.file), 'utf8');
  return { fixture, text };
}

describe('numbersIn (the reader used to check values)', () => {
  it('reads Arabic, full-width and Chinese numerals', () => {
    expect(numbersIn('地区生产总值增长5％左右')).toEqual([5]);
    expect(numbersIn('全省地区生产总值增长5.0%—5.5%')).toEqual([5, 5.5]);
    expect(numbersIn('每个乡镇至少打造一个法治文化示范村')).toContain(1);
    expect(numbersIn('一般公共预算收入增长4%左右')).toEqual([4]);
    expect(parseChineseNumeral('一千二百')).toBe(1200);
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('二十万')).toBe(200000);
  });
});

describe('golden headline fixtures', () => {
  it('cover at least 19 reports: the five flattened 2022 reports, 天津 and at least 14 provinces', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(19);
    const files = fixtureFiles.map((f) => load(f).fixture.file);
    for (const name of ['2022_东丽区', '2022_咸阳市', '2022_天门市', '2022_蓟州区', '2022_青海省']) {
      expect(files).toContain(`reports/${name}.txt`);
    }
    expect(files).toContain('reports-2025-provinces/2025年天津市.txt');
    expect(files.filter((f) => f.startsWith('reports-2025-provinces/')).length).toBeGreaterThanOrEqual(14);
  });

  for (const name of fixtureFiles) {
    describe(name, () => {
      const { fixture, text } = load(name);

      it('is named after its corpus file and states the plan year of the report', () => {
        expect(name.replace(/\.json$/, '')).toBe(basename(fixture.file, '.txt'));
        const yearInName = /^(\d{4})/.exec(basename(fixture.file));
        expect(yearInName?.[1]).toBe(String(fixture.year));
      });

      it('has targets, or a note saying where the headline was looked for', () => {
        if (fixture.targets.length === 0) expect(fixture.note).toBeDefined();
        else expect(fixture.targets.some((t) => t.group === 'annual')).toBe(true);
      });

      const positions = placeQuotes(fixture, text);

      it('quotes verbatim spans of the report, in text order, the annual ones in one headline passage', () => {
        for (const t of fixture.targets) expect(text.includes(t.quote), t.quote).toBe(true);
        expect(positions, 'no in-order placement keeps the annual entries in one passage').not.toBeNull();
      });

      it('places fiveYear entries after the report names its five-year horizon', () => {
        for (const [i, t] of fixture.targets.entries()) {
          if (t.group !== 'fiveYear') continue;
          const at = positions?.[i] ?? -1;
          const horizon = Math.max(text.lastIndexOf('今后五年', at), text.lastIndexOf('未来五年', at));
          expect(at >= 0 && horizon >= 0, t.quote).toBe(true);
        }
      });

      for (const [i, t] of fixture.targets.entries()) {
        const label = `#${i} ${t.indicator} ${t.value ?? 'X'}${t.unit}`;
        it(`${label}: value, unit, verb and qualifier are readable in the quote`, () => {
          const found = numbersIn(t.quote);
          if (t.masked) {
            expect(t.value).toBeNull();
          } else {
            expect(t.value, label).not.toBeNull();
            expect(found, label).toContain(t.value);
          }
          if (t.valueMax !== null) {
            expect(found, label).toContain(t.valueMax);
            expect(t.valueMax).toBeGreaterThan(t.value ?? Number.NEGATIVE_INFINITY);
          }
          expect(t.quote.normalize('NFKC'), label).toContain(t.unit);
          if (t.direction !== null) expect(t.quote, label).toContain(t.direction);
          if (t.qualifier !== null) expect(t.quote, label).toContain(t.qualifier);
        });

        it(`${label}: comparison agrees with qualifier and range`, () => {
          if (t.valueMax !== null) {
            expect(t.comparison).toBe('range');
          } else if (t.qualifier === null) {
            expect(t.comparison).toBe('exact');
          } else {
            expect(comparisonOfQualifier[t.qualifier], `unknown qualifier ${t.qualifier}`).toBeDefined();
            expect(t.comparison).toBe(comparisonOfQualifier[t.qualifier]);
          }
        });

        it(`${label}: indicator carries no scope word and is written in the quote or built from it`, () => {
          for (const w of scopeWords) expect(t.indicator.startsWith(w), label).toBe(false);
          // Distributive phrases (城乡居民…分别, A、B分别) build per-indicator names, and a bare noun after a
          // comma takes its subject (新兴产业扩大规模,产值… → 新兴产业产值); all others are verbatim.
          const built = /分别|、|和|,|，/.test(t.quote);
          if (!built) expect(t.quote, label).toContain(t.indicator);
          if (t.goalList !== undefined) expect(t.group).toBe('fiveYear');
        });
      }

      it('has no duplicate entries', () => {
        const keys = fixture.targets.map((t) => `${t.quote}|${t.indicator}|${t.value}`);
        expect(new Set(keys).size).toBe(keys.length);
      });
    });
  }
});
