/**
 * Scores the engine against the hand-written golden fixtures (tests/fixtures/golden/). Shared by the
 * golden tests (which assert floors) and scripts/eval-golden.ts (which prints the figures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/analysis-types';
import type { Target } from '../../lib/targets/types';
import { normalize } from '../../lib/text/normalize';

const here = dirname(fileURLToPath(import.meta.url));
export const GOLDEN = join(here, '../fixtures/golden');
export const CORPUS = join(here, '../fixtures/corpus');

export interface HeadlineEntry {
  group: 'annual' | 'fiveYear';
  quote: string;
  indicator: string;
  value: number | null;
  valueMax: number | null;
  unit: string;
  qualifier: string | null;
  comparison: string;
  kind: 'target' | 'result';
  masked: boolean;
}
export interface HeadlineFixture {
  name: string;
  file: string;
  year: number;
  targets: HeadlineEntry[];
}

export function loadHeadlineFixtures(): HeadlineFixture[] {
  const dir = join(GOLDEN, 'headline');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function readCorpus(file: string): string {
  return readFileSync(join(CORPUS, file), 'utf8');
}

const cache = new Map<string, Analysis>();
export function analyzeCorpus(file: string): { text: string; analysis: Analysis } {
  const text = readCorpus(file);
  let analysis = cache.get(file);
  if (!analysis) {
    analysis = analyze(text);
    cache.set(file, analysis);
  }
  return { text, analysis };
}

const SCOPE = /^(?:全市|全省|全区|全县|全年|今年|全国)/;
/** Folds width and scope words so that 居民消费价格涨幅 ≈ 居民消费价格涨幅 written with other widths. */
export function foldIndicator(s: string): string {
  return normalize(s).text.replace(/\s+/g, '').replace(SCOPE, '');
}

/** Strict: same text after folding. Loose: one contains the other (居民消费价格 ⊂ 居民消费价格涨幅). */
export function indicatorMatches(golden: string, found: string): { strict: boolean; loose: boolean } {
  const g = foldIndicator(golden);
  const f = foldIndicator(found);
  const strict = g === f;
  const loose = strict || (f.length >= 2 && (g.includes(f) || f.includes(g)));
  return { strict, loose };
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

export interface HeadlineRow {
  fixture: string;
  entry: HeadlineEntry;
  found: Target | null;
  /** indicator (loose), value, unit, qualifier all right. */
  right: boolean;
  strictIndicator: boolean;
  problems: string[];
}

function sameNumber(a: number | null, b: number | null): boolean {
  return a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-9);
}

/** Matches each golden entry to an engine target whose value lies inside an occurrence of the quote. */
export function scoreHeadline(fx: HeadlineFixture): HeadlineRow[] {
  const { text, analysis } = analyzeCorpus(fx.file);
  const used = new Set<Target>();
  return fx.targets.map((entry) => {
    let best: Target | null = null;
    let bestScore = -1;
    for (const at of occurrences(text, entry.quote)) {
      const end = at + entry.quote.length;
      for (const t of analysis.targets) {
        if (used.has(t) || t.valueStart < at || t.valueEnd > end) continue;
        const ind = indicatorMatches(entry.indicator, t.indicator);
        const score =
          (sameNumber(t.value, entry.value) && t.masked === entry.masked ? 4 : 0) +
          (ind.strict ? 2 : ind.loose ? 1 : 0) +
          (t.headline ? 1 : 0) +
          (t.kind === entry.kind ? 1 : 0);
        if (score > bestScore) {
          best = t;
          bestScore = score;
        }
      }
    }
    const problems: string[] = [];
    let strictIndicator = false;
    if (best) {
      used.add(best);
      const ind = indicatorMatches(entry.indicator, best.indicator);
      strictIndicator = ind.strict;
      if (!ind.loose) problems.push(`indicator ${best.indicator} ≠ ${entry.indicator}`);
      if (!sameNumber(best.value, entry.value) || best.masked !== entry.masked) problems.push(`value ${best.value} ≠ ${entry.value}`);
      if (!sameNumber(best.valueMax, entry.valueMax)) problems.push(`valueMax ${best.valueMax} ≠ ${entry.valueMax}`);
      if (best.unit !== entry.unit) problems.push(`unit ${best.unit} ≠ ${entry.unit}`);
      if ((best.qualifier ?? null) !== (entry.qualifier ?? null)) problems.push(`qualifier ${best.qualifier} ≠ ${entry.qualifier}`);
      if (best.kind !== entry.kind) problems.push(`kind ${best.kind} ≠ ${entry.kind}`);
    } else problems.push('not found');
    return { fixture: fx.name, entry, found: best, right: best !== null && problems.length === 0, strictIndicator, problems };
  });
}

export interface MentionFixture {
  name: string;
  file: string;
  year: number;
  mentions: { start: number; end: number; text: string; label: 'target' | 'result' | 'none' }[];
}

export function loadMentionFixtures(): MentionFixture[] {
  const dir = join(GOLDEN, 'mentions');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface MentionScore {
  target: KindScore;
  result: KindScore;
  /** Engine targets/results on a mention labelled none (dates, ordinals, slogans …). */
  nonIndicators: number;
  /** Engine targets/results on no labelled mention at all. */
  unlabelled: number;
  reported: number;
  errors: { text: string; label: string; predicted: string; context: string }[];
}

function kindScore(tp: number, fp: number, fn: number): KindScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Precision and recall per kind, mention by mention. An engine figure is matched to the labelled
 * mention its value span overlaps; one labelled mention counts once even when several indicators share it.
 */
export function scoreMentions(fx: MentionFixture): MentionScore {
  const { text, analysis } = analyzeCorpus(fx.file);
  const predicted = new Map<number, 'target' | 'result'>();
  let unlabelled = 0;
  const sorted = fx.mentions;
  for (const t of analysis.targets) {
    const i = sorted.findIndex((m) => m.start < t.valueEnd && t.valueStart < m.end);
    if (i === -1) unlabelled++;
    else if (!predicted.has(i)) predicted.set(i, t.kind);
  }
  const counts = { target: { tp: 0, fp: 0, fn: 0 }, result: { tp: 0, fp: 0, fn: 0 } };
  let nonIndicators = 0;
  const errors: MentionScore['errors'] = [];
  sorted.forEach((m, i) => {
    const p = predicted.get(i) ?? 'none';
    if (p === m.label) {
      if (p !== 'none') counts[p].tp++;
      return;
    }
    if (p !== 'none') counts[p].fp++;
    if (m.label !== 'none') counts[m.label].fn++;
    if (m.label === 'none') nonIndicators++;
    errors.push({ text: m.text, label: m.label, predicted: p, context: text.slice(Math.max(0, m.start - 25), m.end + 10).replace(/\n/g, '⏎') });
  });
  return {
    target: kindScore(counts.target.tp, counts.target.fp, counts.target.fn),
    result: kindScore(counts.result.tp, counts.result.fp, counts.result.fn),
    nonIndicators,
    unlabelled,
    reported: predicted.size + unlabelled,
    errors,
  };
}

export interface MaskedEntry {
  quote: string;
  indicator: string;
  unit: string | null;
  qualifier: string | null;
  kind: 'target' | 'result';
  valueSpan: string;
}
export interface MaskedFixture {
  name: string;
  file: string;
  year: number;
  entries: MaskedEntry[];
  notMasked: string[];
}

export function loadMaskedFixtures(): MaskedFixture[] {
  const dir = join(GOLDEN, 'masked');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export interface MaskedScore {
  entries: number;
  foundMasked: number;
  kindRight: number;
  /** Engine values reported inside a masked name or date (X门, ****年). */
  falseValues: string[];
  misses: string[];
}

/**
 * Each masked entry is found when an engine figure flagged masked sits on its valueSpan inside an
 * occurrence of its quote (quotes are taken in text order, as the fixtures list them).
 */
export function scoreMasked(fx: MaskedFixture): MaskedScore {
  const { text, analysis } = analyzeCorpus(fx.file);
  let cursor = 0;
  let foundMasked = 0;
  let kindRight = 0;
  const misses: string[] = [];
  for (const e of fx.entries) {
    let at = text.indexOf(e.quote, cursor);
    if (at === -1) at = text.indexOf(e.quote);
    cursor = at === -1 ? cursor : at;
    const spanAt = at === -1 ? -1 : text.indexOf(e.valueSpan, at);
    const hit = analysis.targets.find(
      (t) => t.masked && spanAt !== -1 && t.valueStart < spanAt + e.valueSpan.length && spanAt < t.valueEnd,
    );
    if (hit) {
      foundMasked++;
      if (hit.kind === e.kind) kindRight++;
      else misses.push(`${e.quote}: kind ${hit.kind} ≠ ${e.kind}`);
    } else misses.push(`${e.quote}: not found as masked`);
  }
  const falseValues: string[] = [];
  for (const name of fx.notMasked) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      const t = analysis.targets.find((t) => t.valueStart < i + name.length && i < t.valueEnd && t.masked);
      if (t) falseValues.push(`${name} → ${t.text}`);
    }
  }
  return { entries: fx.entries.length, foundMasked, kindRight, falseValues, misses };
}
