/**
 * Find a saved clip again in the current text of a page, or say that it cannot be found safely.
 *
 * A clip drawn in the wrong place is worse than a clip reported missing, so every step that moves away
 * from "the same words at the same offsets" has to be justified by the context:
 * 1. the exact quote at the stored position → done;
 * 2. the quote, folded (width, whitespace, punctuation forms), found elsewhere: the occurrence whose
 *    prefix and suffix agree best, clearly better than any other, and agreeing enough for a quote of that
 *    length (short quotes like 地区生产总值增长6%左右 recur in a report; only context tells them apart);
 *    occurrences that agree equally are told apart only by the stored position, else "ambiguous";
 * 3. approximate matches (approx-string-match, at most min(32, length/4) edits), searched near the stored
 *    position first and then in the rest of the page, only in regions a bigram filter cannot rule out,
 *    for the quote alone and for prefix+quote+suffix (so the edited original is found even when an
 *    unchanged copy of a short quote sits elsewhere); accepted only with a good combined score, agreeing
 *    context and no rival close behind.
 * Two rules guard against twins (reports repeat formulaic passages verbatim): far from the stored
 * position only near-complete context agreement counts, and a better place elsewhere loses to
 * "ambiguous" when the quote is also still at the stored position with acceptable context.
 * All comparison happens on the folded page text (folded once per page by `createAnchorer`); offsets go
 * back to the text as given.
 */
import search from 'approx-string-match';
import { BigramIndex } from './bigram-filter';
import { anchoredDistance, contextSimilarity } from './context-similarity';
import { foldForMatching, fromOriginal, toOriginalSpan, type FoldedText } from './fold';
import {
  readSelectors,
  type AnchorOptions,
  type AnchorResult,
  type SelectorInput,
  type TextPositionSelector,
} from './selectors';

/** How much better (combined score) the chosen place must be than any other place. */
const MARGIN = 0.15;
/** Folded characters from the stored position within which a tied occurrence counts as "still there". */
const NEAR = 32;
/** Beyond this many exact occurrences the quote carries no information of its own. */
const MAX_OCCURRENCES = 2000;

const DEFAULTS = { minScore: 0.8, minContext: 0.5, window: 4000 } as const;

export interface Anchorer {
  /** The text that offsets refer to. */
  readonly text: string;
  anchor(selectors: SelectorInput, options?: AnchorOptions): AnchorResult;
}

/** Anchor one clip. To anchor many clips on the same text, use `createAnchorer` (folds the text once). */
export function anchor(text: string, selectors: SelectorInput, options?: AnchorOptions): AnchorResult {
  return createAnchorer(text).anchor(selectors, options);
}

/** An anchorer for one page text: the folded form is computed on first need and reused for every clip. */
export function createAnchorer(text: string): Anchorer {
  let cached: Page | undefined;
  const page = () => (cached ??= makePage(text));
  return {
    text,
    anchor(selectors, options) {
      const { quote, position } = readSelectors(selectors);
      if (!quote || quote.exact.length === 0) return { status: 'orphan', reason: 'no quote to look for' };
      // 1. Unchanged at the stored offsets: nothing to decide.
      if (position && isValidPosition(position, text.length) && text.slice(position.start, position.end) === quote.exact) {
        return { status: 'exact', start: position.start, end: position.end, score: 1 };
      }
      return locate(page(), quote.prefix ?? '', quote.exact, quote.suffix ?? '', position, options ?? {});
    },
  };
}

/** The page text folded once, and its bigram index built on first fuzzy search; shared by all clips. */
interface Page {
  folded: FoldedText;
  bigrams(): BigramIndex;
}

function makePage(text: string): Page {
  const folded = foldForMatching(text);
  let index: BigramIndex | undefined;
  return { folded, bigrams: () => (index ??= new BigramIndex(folded.text)) };
}

function isValidPosition(p: TextPositionSelector, length: number): boolean {
  return Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.start < p.end && p.end <= length;
}

/** A place in the folded page where the quote may be, with how well quote and context agree. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
  /** 1 − errors / quote length. */
  quoteScore: number;
  /** Agreement of prefix and suffix (weighted by their lengths); 1 when the clip stored no context. */
  context: number;
  /** (quoteScore + context) / 2. */
  score: number;
}

interface Query {
  prefix: string;
  quote: string;
  suffix: string;
  /** Folded offset of the stored position in the current page, if a position was stored. */
  expected: number | undefined;
}

function locate(
  page: Page,
  rawPrefix: string,
  rawExact: string,
  rawSuffix: string,
  position: TextPositionSelector | undefined,
  options: AnchorOptions,
): AnchorResult {
  const q = foldQuery(rawPrefix, rawExact, rawSuffix);
  if (q.quote.length === 0) return { status: 'orphan', reason: 'the quote is only whitespace' };
  const folded = page.folded;
  const query: Query = { ...q, expected: position ? fromOriginal(folded, position.start) : undefined };
  const text = folded.text;
  const L = query.quote.length;
  const base = contextNeeded(L);
  const need = (c: Candidate) => neededAt(c, base, query.expected, L);

  // 2. Exact occurrences of the folded quote.
  const exact = new Map<number, Candidate>();
  for (let i = text.indexOf(query.quote); i >= 0 && exact.size < MAX_OCCURRENCES; i = text.indexOf(query.quote, i + 1)) {
    exact.set(i, score(text, query, i, i + L, 0));
  }
  // A quote this common (a single character, say) cannot be placed by 64 characters of context safely.
  if (exact.size >= MAX_OCCURRENCES) return { status: 'orphan', reason: 'ambiguous: the quote is too common' };
  const exactDecision = decide([...exact.values()], need, 0, query.expected);
  if (exactDecision.kind === 'accept') return result(folded, exactDecision.candidate, 'exact');
  // Equal agreement with unchanged context in several places: no edit explains it, so no fuzzy match will.
  if (exactDecision.kind === 'ambiguous' && exactDecision.context >= 0.9) {
    return { status: 'orphan', reason: `ambiguous: the quote occurs ${exact.size} times with the same context` };
  }

  // 3. Approximate matches: near the stored position first, then anywhere.
  const maxErrors = Math.max(0, Math.min(options.maxErrors ?? Math.min(32, Math.floor(L / 4)), L - 1));
  const minScore = options.minScore ?? DEFAULTS.minScore;
  const minContext = options.minContext ?? DEFAULTS.minContext;
  const fuzzyNeed = (c: Candidate) => Math.max(minContext, need(c));
  const radius = options.window ?? DEFAULTS.window;
  const pool = new Map<string, Candidate>();
  for (const c of exact.values()) pool.set(`${c.start}:${c.end}`, c);
  let last: Decision = exactDecision;
  // Stages: the window around the stored position, then the rest of the page (overlapping the window's
  // edges by a pattern's length, so that a match across an edge is seen whole).
  const stages: Array<Array<[number, number]>> = [];
  const n = text.length;
  if (query.expected !== undefined && (query.expected - radius > 0 || query.expected + L + radius < n)) {
    const from = Math.max(0, query.expected - radius);
    const to = Math.min(n, query.expected + L + radius);
    const overlap = query.prefix.length + L + query.suffix.length + 2 * maxErrors;
    const rest: Array<[number, number]> = [];
    if (from > 0) rest.push([0, Math.min(n, from + overlap)]);
    if (to < n) rest.push([Math.max(0, to - overlap), n]);
    stages.push([[from, to]], rest);
  } else {
    stages.push([[0, n]]);
  }
  for (let stage = 0; stage < stages.length; stage++) {
    if (maxErrors > 0) for (const [from, to] of stages[stage]!) collectFuzzy(page, query, from, to, maxErrors, pool);
    last = decide([...pool.values()], fuzzyNeed, minScore, query.expected);
    // Inside the window, accept only a clear winner: a weaker one must first meet the rest of the page.
    const final = stage === stages.length - 1;
    if (last.kind === 'accept' && (final || (last.candidate.score >= 0.9 && last.candidate.context >= 0.8))) {
      const c = last.candidate;
      if (c.errors === 0) return result(folded, c, 'exact');
      const span = refineBoundaries(text, query, c.start, c.end);
      return result(folded, score(text, query, span.start, span.end, c.errors), 'fuzzy');
    }
  }
  if (last.kind === 'ambiguous' || exactDecision.kind === 'ambiguous') {
    return { status: 'orphan', reason: 'ambiguous: several places agree equally well with the clip' };
  }
  return { status: 'orphan', reason: 'not found: no place agrees well enough with the quote and its context' };
}

/**
 * Fold prefix + quote + suffix as one string, so that folding decisions at the seams (a thousands
 * separator or a space right at the edge of the quote) are the same as in the page, then split it again.
 */
function foldQuery(prefix: string, exact: string, suffix: string): { prefix: string; quote: string; suffix: string } {
  const f = foldForMatching(prefix + exact + suffix);
  const a = fromOriginal(f, prefix.length);
  const b = fromOriginal(f, prefix.length + exact.length);
  return { prefix: f.text.slice(0, a), quote: f.text.slice(a, b), suffix: f.text.slice(b) };
}

/**
 * Context agreement a quote of `length` folded characters needs before it may be drawn anywhere but its
 * stored place. Measured on the 2025 provincial reports: two occurrences of the same short quote share
 * context of about 0.2 on average but up to 0.85 when the repeat is part of a longer repeated phrase,
 * while quotes of 64+ characters practically never recur.
 */
function contextNeeded(length: number): number {
  if (length >= 64) return 0.3;
  if (length >= 32) return 0.5;
  if (length >= 16) return 0.55;
  return 0.6;
}

/**
 * Far from the stored position, partial agreement is not enough: reports repeat formulaic passages
 * (在……上持续发力，在……上取得新的更大进展), and a deleted clip's twin elsewhere often shares half its
 * context. Edits move a clip by a few paragraphs, and a clip moved far by a big insertion keeps its
 * context whole, so demanding near-complete agreement there costs little.
 */
const FAR = 1500;
function neededAt(c: Candidate, base: number, expected: number | undefined, length: number): number {
  if (expected === undefined || Math.abs(c.start - expected) <= FAR) return base;
  return Math.max(base, length >= 64 ? 0.7 : 0.95);
}

function score(text: string, q: Query, start: number, end: number, errors: number): Candidate {
  const p = q.prefix.length;
  const s = q.suffix.length;
  let context = 1;
  if (p + s > 0) {
    const ps = p > 0 ? contextSimilarity(q.prefix, text, start, -1) : 0;
    const ss = s > 0 ? contextSimilarity(q.suffix, text, end, 1) : 0;
    context = (ps * p + ss * s) / (p + s);
  }
  const quoteScore = 1 - errors / q.quote.length;
  return { start, end, errors, quoteScore, context, score: (quoteScore + context) / 2 };
}

/** Approximate matches of the quote, and of the quote with its context, within text[from, to). */
function collectFuzzy(
  page: Page,
  q: Query,
  from: number,
  to: number,
  maxErrors: number,
  pool: Map<string, Candidate>,
): void {
  const text = page.folded.text;
  const add = (start: number, end: number, errors: number) => {
    if (errors > maxErrors) return;
    const key = `${start}:${end}`;
    if (!pool.has(key)) pool.set(key, score(text, q, start, end, errors));
  };
  // approx-string-match returns only the fewest-error matches of the text it is given; searching each
  // region separately keeps the best match of every region, not only of the page.
  const searchRegions = (pattern: string, errors: number, each: (start: number, end: number, errors: number) => void) => {
    for (const [a, b] of page.bigrams().regions(pattern, errors, from, to)) {
      const hits = search(text.slice(a, b), pattern, errors);
      // Dozens of equally poor matches in one region: the pattern is not specific there, none can win.
      if (hits.length > MAX_REGION_MATCHES && hits[0]!.errors > 0) continue;
      for (const m of hits) each(a + m.start, a + m.end, m.errors);
    }
  };
  searchRegions(q.quote, maxErrors, add);
  // The quote with its context: an unchanged copy of a short quote elsewhere would hide the edited
  // original from a search for the quote alone; with its context in the pattern the original wins. The
  // budget admits matches whose context still agrees by three quarters. The quote is then located
  // inside each such match.
  // Not needed when a place in this range already agrees almost fully.
  const ctx = q.prefix.length + q.suffix.length;
  if (ctx === 0) return;
  for (const c of pool.values()) if (c.start >= from && c.end <= to && c.context >= 0.9) return;
  const whole = q.prefix + q.quote + q.suffix;
  const budget = Math.min(maxErrors + (ctx >> 2), whole.length >> 1);
  // Neighbouring ends of one match come back as separate matches: merge them before looking inside.
  const spans: Array<[number, number]> = [];
  searchRegions(whole, budget, (start, end) => {
    const lo = Math.max(0, start + q.prefix.length - budget);
    const hi = Math.min(text.length, end - q.suffix.length + budget);
    if (hi <= lo) return;
    const last = spans[spans.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else spans.push([lo, hi]);
  });
  for (const [lo, hi] of spans) {
    for (const inner of search(text.slice(lo, hi), q.quote, maxErrors)) add(lo + inner.start, lo + inner.end, inner.errors);
  }
}

/** See `collectFuzzy`. */
const MAX_REGION_MATCHES = 64;

/**
 * approx-string-match reports the longest of the equally good matches, so an edit at the quote's edge
 * (达到55% with the clip starting at the second 5, then 55 → 56) can pull in a neighbour character.
 * Move each edge by up to two characters to where the quote's end and the stored context together
 * align best; ties keep the edge where it is.
 */
const EDGE = 16;
const SHIFT = 2;
function refineBoundaries(text: string, q: Query, start: number, end: number): { start: number; end: number } {
  const head = q.quote.slice(0, EDGE);
  const tail = q.quote.slice(-EDGE);
  const cost = (at: number, part: string, partDir: 1 | -1, context: string) =>
    anchoredDistance(part, text, at, partDir, 4) + (context ? anchoredDistance(context, text, at, (-partDir) as 1 | -1, 8) : 0);
  let bestStart = start;
  let bestStartCost = cost(start, head, 1, q.prefix);
  let bestEnd = end;
  let bestEndCost = cost(end, tail, -1, q.suffix);
  for (let d = 1; d <= SHIFT; d++) {
    for (const s of [start - d, start + d]) {
      if (s < 0 || s >= end) continue;
      const c = cost(s, head, 1, q.prefix);
      if (c < bestStartCost) [bestStart, bestStartCost] = [s, c];
    }
    for (const e of [end - d, end + d]) {
      if (e > text.length || e <= start) continue;
      const c = cost(e, tail, -1, q.suffix);
      if (c < bestEndCost) [bestEnd, bestEndCost] = [e, c];
    }
  }
  return bestEnd > bestStart ? { start: bestStart, end: bestEnd } : { start, end };
}

type Decision =
  | { kind: 'accept'; candidate: Candidate }
  | { kind: 'ambiguous'; context: number }
  | { kind: 'none' };

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/**
 * The best candidate if it agrees enough and no other place comes close; among near-equal places, the
 * one still at the stored position; otherwise ambiguous.
 */
function decide(
  candidates: Candidate[],
  need: (c: Candidate) => number,
  minScore: number,
  expected: number | undefined,
): Decision {
  const ok = (c: Candidate) => c.context >= need(c) && c.score >= minScore;
  const eligible = candidates.filter(ok);
  if (eligible.length === 0) return { kind: 'none' };
  const distance = (c: Candidate) => (expected === undefined ? 0 : Math.abs(c.start - expected));
  eligible.sort((a, b) => b.score - a.score || distance(a) - distance(b) || b.end - b.start - (a.end - a.start));
  const best = eligible[0]!;
  // A place still at the stored position that agrees well enough competes with any better place elsewhere:
  // the elsewhere may be a verbatim twin of a passage whose surroundings were edited in place.
  if (expected !== undefined && distance(best) > NEAR) {
    if (eligible.some((c) => distance(c) <= NEAR && !overlaps(c, best))) return { kind: 'ambiguous', context: best.context };
  }
  // Rivals: other places (not boundary variants of the same place) close behind, eligible or not.
  const rivals = candidates.filter((c) => !overlaps(c, best) && c.score > best.score - MARGIN);
  if (rivals.length === 0) return { kind: 'accept', candidate: best };
  if (expected !== undefined) {
    const near = [best, ...rivals].filter((c) => distance(c) <= NEAR);
    const chosen = near[0];
    if (chosen && near.every((c) => overlaps(c, chosen)) && ok(chosen)) {
      return { kind: 'accept', candidate: chosen };
    }
  }
  return { kind: 'ambiguous', context: best.context };
}

function result(page: FoldedText, c: Candidate, status: 'exact' | 'fuzzy'): AnchorResult {
  const span = toOriginalSpan(page, c.start, c.end);
  return { status, start: span.start, end: span.end, score: Math.round(c.score * 1000) / 1000 };
}
