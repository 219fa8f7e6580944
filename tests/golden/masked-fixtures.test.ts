import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Validates the hand-written golden fixtures of MASKED values (tests/fixtures/golden/masked/*.json): the targets
// and results whose number the 发改委 documents hide (GDP增长X%左右, 同比下降*%, ***亿元), and the masked strings
// that are dates or names and must not be reported as values (X门, ****年, *-*月份). This checks the DATA, not
// the engine: quotes are verbatim and in order, every mask in a document is accounted for exactly once, and
// the fields of an entry tell one consistent story. A slip made while writing by hand fails here.

const corpusRoot = join(__dirname, '../fixtures/corpus');
const fixtureDir = join(__dirname, '../fixtures/golden/masked');
const readmePath = join(__dirname, '../fixtures/golden/README.md');

/** Characters that hide a digit or a name in these documents (half- and full-width). */
const maskChars = 'X*Ｘ＊';
const isMask = (ch: string | undefined): boolean => ch !== undefined && maskChars.includes(ch);
const hasMask = (s: string): boolean => [...s].some(isMask);

const entrySchema = z.strictObject({
  quote: z.string().min(2),
  indicator: z.string().min(1),
  direction: z.string().min(1).nullable(),
  // null only when the text writes no unit after the mask (制造业投资占工业投资**).
  unit: z.string().min(1).nullable(),
  qualifier: z.string().min(1).nullable(),
  comparison: z.enum(['about', 'atLeast', 'atMost', 'range', 'exact']),
  kind: z.enum(['target', 'result']),
  valueSpan: z.string().refine(hasMask, 'valueSpan must contain a mask character'),
});
const fixtureSchema = z.strictObject({
  file: z.string().regex(/^[^/]+\.txt$/),
  year: z.number().int().min(2000).max(2100),
  note: z.string().min(10).optional(),
  entries: z.array(entrySchema),
  notMasked: z.array(z.string().refine(hasMask, 'a notMasked string must contain a mask character')),
  // Masked quantities that are neither an indicator's value nor a date or name (a count of categories, the
  // area of a named plan): a scorer should neither reward nor punish the engine for them.
  leftOut: z.array(z.strictObject({ quote: z.string().refine(hasMask), why: z.string().min(10) })).optional(),
});
type Fixture = z.infer<typeof fixtureSchema>;
type Entry = Fixture['entries'][number];

// Which comparison each qualifier implies; no qualifier means exact.
const comparisonOfQualifier: Record<string, Entry['comparison']> = {
  左右: 'about',
  约: 'about',
  近: 'about',
  以上: 'atLeast',
  不低于: 'atLeast',
  不少于: 'atLeast',
  超过: 'atLeast',
  突破: 'atLeast',
  高于: 'atLeast',
  至少: 'atLeast',
  余: 'atLeast',
  多: 'atLeast',
  以内: 'atMost',
  以下: 'atMost',
  之内: 'atMost',
  不超过: 'atMost',
};

/**
 * A masked value as written: optional minus, a run of masks (with a decimal point: *.*), a qualifier that some
 * texts put between number and unit (**余次, **约亿元), then the unit.
 */
const valueSpanShape = /^-?[X*Ｘ＊]+(?:\.[X*Ｘ＊]+)?(余|多|约)?([^X*Ｘ＊]*)$/;

/**
 * Where the valueSpan starts inside its quote: the first occurrence that is a whole mask run, so that ***个
 * is not found inside ****个 and *% is not found inside -*% or **%.
 */
function valueOffset(quote: string, span: string): number {
  for (let i = quote.indexOf(span); i >= 0; i = quote.indexOf(span, i + 1)) {
    const before = quote[i - 1];
    const after = quote[i + span.length];
    const runContinuesBefore = isMask(before) || before === '.' || (before === '-' && !span.startsWith('-'));
    const runContinuesAfter = isMask(span[span.length - 1]) && (isMask(after) || after === '.');
    if (!runContinuesBefore && !runContinuesAfter) return i;
  }
  return -1;
}

/** Offsets of the quotes, each searched from the previous one; -1 where a quote is not found in order. */
function placeQuotes(entries: Entry[], text: string): number[] {
  const positions: number[] = [];
  let from = 0;
  for (const e of entries) {
    const at = text.indexOf(e.quote, from);
    positions.push(at);
    if (at >= 0) from = at;
  }
  return positions;
}

/** Every start offset of needle in text. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * An indicator is written in its quote, or built from at most two pieces that both occur in the quote or in
 * the 120 characters before it: a carried-over subject (区级重点项目 … 总投资**亿元 → 区级重点项目总投资), the
 * city beside the district (全市增速为*% → 全市规模以上工业增加值), a distributed prefix (“双公示”信息上报率、合规率).
 */
function indicatorIsReadable(indicator: string, text: string, at: number, quote: string): boolean {
  if (quote.includes(indicator)) return true;
  const window = text.slice(Math.max(0, at - 120), at + quote.length);
  if (window.includes(indicator)) return true;
  for (let k = 2; k <= indicator.length - 2; k++) {
    if (window.includes(indicator.slice(0, k)) && window.includes(indicator.slice(k))) return true;
  }
  return false;
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

describe('valueOffset (finds the masked value inside its quote)', () => {
  it('takes a whole mask run, never the tail of a longer one', () => {
    expect(valueOffset('****个待批项目和***个补批项目手续全部办结', '***个')).toBe(10);
    expect(valueOffset('***项重点任务、**项重点工程和*个重大平台建设', '**项')).toBe(9);
    expect(valueOffset('全市增速为-*%', '*%')).toBe(-1);
    expect(valueOffset('全市增速为-*%', '-*%')).toBe(5);
    expect(valueOffset('制造业投资占工业投资**、提高**个百分点', '**')).toBe(10);
  });
});

describe('golden masked fixtures', () => {
  it('cover the four 发改委 documents with at least 40 masked entries in all', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(4);
    const covered = fixtureFiles.map((f) => load(f).fixture.file);
    const documents = readdirSync(corpusRoot).filter((f) => /^2022_.*发改委.*\.txt$/.test(f));
    expect(documents.length).toBe(4);
    for (const d of documents) expect(covered).toContain(d);
    const total = fixtureFiles.reduce((n, f) => n + load(f).fixture.entries.length, 0);
    expect(total).toBeGreaterThanOrEqual(40);
  });

  it('are counted in the README as they are', () => {
    // The README table is what readers quote; keep it in step with the data.
    const readme = readFileSync(readmePath, 'utf8');
    for (const name of fixtureFiles) {
      const { fixture } = load(name);
      const count = (kind: Entry['kind']) => fixture.entries.filter((e) => e.kind === kind).length;
      const row = `| ${name} | ${fixture.entries.length} | ${count('target')} | ${count('result')} | ${fixture.notMasked.length} |`;
      expect(readme, row).toContain(row);
    }
  });

  for (const name of fixtureFiles) {
    describe(name, () => {
      const { fixture, text } = load(name);
      const positions = placeQuotes(fixture.entries, text);
      const valueStarts = fixture.entries.map((e, i) => (positions[i] ?? -1) + valueOffset(e.quote, e.valueSpan));

      it('is named after its corpus file and states the year of the document', () => {
        expect(name.replace(/\.json$/, '')).toBe(basename(fixture.file, '.txt'));
        expect(basename(fixture.file).startsWith(String(fixture.year))).toBe(true);
        if (fixture.entries.length === 0) expect(fixture.note).toBeDefined();
      });

      it('quotes verbatim spans of the document, in text order', () => {
        for (const e of fixture.entries) expect(text.includes(e.quote), e.quote).toBe(true);
        for (const [i, e] of fixture.entries.entries()) expect(positions[i], `not in order: ${e.quote}`).toBeGreaterThanOrEqual(0);
        // The values, too, are in text order (entries sharing a distributive quote share or follow a value).
        for (let i = 1; i < valueStarts.length; i++) {
          expect(valueStarts[i]!, fixture.entries[i]!.quote).toBeGreaterThanOrEqual(valueStarts[i - 1]!);
        }
      });

      it('lists every masked date, ordinal, list marker or name once, each found in the document', () => {
        expect(new Set(fixture.notMasked).size).toBe(fixture.notMasked.length);
        for (const s of fixture.notMasked) expect(text.includes(s), s).toBe(true);
        for (const l of fixture.leftOut ?? []) expect(text.includes(l.quote), l.quote).toBe(true);
      });

      it('accounts for every mask character of the document exactly one way', () => {
        // Completeness guard: a mask that no list explains would make a correct engine look wrong.
        const asValue = new Uint8Array(text.length);
        const asOther = new Uint8Array(text.length);
        for (const [i, e] of fixture.entries.entries()) {
          const start = valueStarts[i] ?? -1;
          if (start >= 0 && (positions[i] ?? -1) >= 0) asValue.fill(1, start, start + e.valueSpan.length);
        }
        for (const s of [...fixture.notMasked, ...(fixture.leftOut ?? []).map((l) => l.quote)]) {
          for (const at of occurrences(text, s)) asOther.fill(1, at, at + s.length);
        }
        const unexplained: string[] = [];
        const twice: string[] = [];
        for (let at = 0; at < text.length; at++) {
          if (!isMask(text[at])) continue;
          const context = text.slice(Math.max(0, at - 8), at + 8);
          if (!asValue[at] && !asOther[at]) unexplained.push(`${at}:${context}`);
          if (asValue[at] && asOther[at]) twice.push(`${at}:${context}`);
        }
        expect(unexplained).toEqual([]);
        expect(twice).toEqual([]);
      });

      for (const [i, e] of fixture.entries.entries()) {
        const label = `#${i} ${e.indicator} ${e.valueSpan}`;

        it(`${label}: the masked value, unit, verb and qualifier are read in the quote`, () => {
          expect(valueOffset(e.quote, e.valueSpan), label).toBeGreaterThanOrEqual(0);
          const shape = valueSpanShape.exec(e.valueSpan);
          expect(shape, `${label}: not a masked number with its unit`).not.toBeNull();
          const [, innerQualifier, unit] = shape ?? [];
          expect(unit === '' ? null : unit, label).toBe(e.unit);
          if (innerQualifier !== undefined) expect(e.qualifier, label).toBe(innerQualifier);
          if (e.direction !== null) expect(e.quote, label).toContain(e.direction);
          if (e.qualifier !== null) expect(e.quote, label).toContain(e.qualifier);
        });

        it(`${label}: comparison agrees with the qualifier`, () => {
          if (e.qualifier === null) {
            expect(e.comparison, label).toBe('exact');
          } else {
            expect(comparisonOfQualifier[e.qualifier], `unknown qualifier ${e.qualifier}`).toBeDefined();
            expect(e.comparison, label).toBe(comparisonOfQualifier[e.qualifier]);
          }
        });

        it(`${label}: the indicator is written in the quote or built from the text just before it`, () => {
          expect(indicatorIsReadable(e.indicator, text, positions[i] ?? 0, e.quote), label).toBe(true);
          expect(hasMask(e.indicator), `${label}: a masked name inside the indicator`).toBe(false);
        });
      }

      it('has no duplicate entries', () => {
        const keys = fixture.entries.map((e, i) => `${valueStarts[i]}|${e.indicator}|${e.unit}`);
        expect(new Set(keys).size).toBe(keys.length);
      });
    });
  }
});
