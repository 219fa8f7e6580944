import { buildAutomaton, type Automaton, type ScanStats } from './aho-corasick';
import { foldCodeUnit, foldTable, foldText, isAsciiAlphanumeric } from './fold';
import { LEXICON } from './lexicon';
import { lineBreakGaps } from './wrapped-lines';
import { USER_THEME_ID } from './themes';
import type { KeywordHit, LexiconEntry } from './types';

export type { ScanStats } from './aho-corasick';

/** A term typed by a user: a bare string goes to the 'user' theme. */
export type UserTerm = string | LexiconEntry;

export interface KeywordMatcher {
  /** The entries this matcher looks for (deduplicated, user entries already merged in). */
  readonly entries: readonly LexiconEntry[];
  /**
   * Policy keywords in `text`, in text order, never overlapping. Where matches overlap the longest one
   * wins; between equally long ones the earlier start wins. Offsets are UTF-16 offsets into `text`.
   * A term may run across a line break (hard-wrapped text); its hit then spans the break, so
   * `end - start` can exceed `term.length`. `stats.steps` (if given) is increased by the work done, for tests that check linearity.
   */
  match(text: string, stats?: ScanStats): KeywordHit[];
  /** A matcher with these user terms added; a user term replaces a built-in term with the same text. */
  withUserTerms(userTerms: readonly UserTerm[]): KeywordMatcher;
}

export interface ThemeConflict {
  term: string;
  themes: string[];
}

/** Thrown when one term is given two themes: the lexicon must say which one it means. */
export class LexiconConflictError extends Error {
  constructor(readonly conflicts: readonly ThemeConflict[]) {
    super(
      `Keyword lexicon: ${conflicts.length} term(s) in more than one theme: ` +
        conflicts.map((conflict) => `${conflict.term} (${conflict.themes.join(', ')})`).join('; '),
    );
    this.name = 'LexiconConflictError';
  }
}

/** Non-empty entries grouped by the text they match (folded key), in order of first appearance. */
function groupByKey(entries: readonly LexiconEntry[]): Map<string, { term: string; themes: string[] }> {
  const byKey = new Map<string, { term: string; themes: string[] }>();
  for (const entry of entries) {
    const term = entry.term.trim();
    if (term === '') continue;
    const key = foldText(term);
    const known = byKey.get(key);
    if (!known) byKey.set(key, { term, themes: [entry.theme] });
    else if (!known.themes.includes(entry.theme)) known.themes.push(entry.theme);
  }
  return byKey;
}

/** Terms that appear under more than one theme (after folding), in order of first appearance. */
export function findThemeConflicts(entries: readonly LexiconEntry[]): ThemeConflict[] {
  return [...groupByKey(entries).values()].filter((item) => item.themes.length > 1);
}

/**
 * Builds a matcher for these entries. Empty terms are ignored, exact repeats (same term, same theme)
 * are merged, and a term given two themes throws LexiconConflictError. Each term is folded once: this
 * runs when the background starts, before its first analysis.
 */
export function createKeywordMatcher(entries: readonly LexiconEntry[]): KeywordMatcher {
  const groups = [...groupByKey(entries).values()];
  const conflicts = groups.filter((item) => item.themes.length > 1);
  if (conflicts.length > 0) throw new LexiconConflictError(conflicts);
  return new AutomatonMatcher(groups.map(({ term, themes }) => ({ term, theme: themes[0]! })));
}

/**
 * Matches found by the scan: flat [entry, start, end] triples in scan order (order of end), and the
 * index of each triple bucketed by term length. Inside a bucket, order of end is order of start, so
 * the selection needs no sort. An accepted candidate has its entry stored as ~entry (< 0).
 */
interface Candidates {
  candidates: number[];
  byLength: number[][];
}

/**
 * Longest first; within a length, earliest start first: a candidate is accepted when none of its units
 * is taken yet. Overlap is the same with or without line-break gaps (no match starts or ends inside one),
 * so the check runs on offsets in the text. Returns the work done, for ScanStats.
 */
function selectLongest({ candidates, byLength }: Candidates, textLength: number): number {
  const taken = new Uint8Array(textLength);
  let steps = 0;
  for (let length = byLength.length - 1; length > 0; length--) {
    for (const candidate of byLength[length]!) {
      const start = candidates[candidate + 1]!;
      const end = candidates[candidate + 2]!;
      let free = true;
      for (let i = start; i < end && free; i++) {
        free = taken[i] === 0;
        steps++;
      }
      if (!free) continue;
      for (let i = start; i < end; i++) taken[i] = 1; // a loop: fill() costs more than a term's few units
      candidates[candidate] = ~candidates[candidate]!;
      steps += end - start;
    }
  }
  return steps;
}

/**
 * Start offsets of matches reported in order of end: `length` units back from `end`, not counting the
 * units inside gaps. Walks back over the few gaps a term can span; the gaps before `end` are tracked
 * as the ends grow, so the whole scan costs one pass over the gaps.
 */
function matchStarts(gaps: readonly number[]): (end: number, length: number) => number {
  let gapsBefore = 0; // array slots of the gaps that start before the current end
  return (end, length) => {
    while (gapsBefore < gaps.length && gaps[gapsBefore]! < end) gapsBefore += 2;
    let at = end;
    let left = length;
    for (let g = gapsBefore - 2; g >= 0 && at - gaps[g + 1]! < left; g -= 2) {
      left -= at - gaps[g + 1]!;
      at = gaps[g]!;
    }
    return at - left;
  };
}

/** Latin boundary flags per entry (bits), see AutomatonMatcher.latin. */
const LATIN_START = 1;
const LATIN_END = 2;

class AutomatonMatcher implements KeywordMatcher {
  private readonly automaton: Automaton;
  private readonly maxLength: number;
  /**
   * Per entry: LATIN_START / LATIN_END when it starts / ends with an ASCII letter or digit (then a Latin
   * word boundary is needed there); 0 for the Chinese terms, which then skip the check at once.
   */
  private readonly latin: Uint8Array;
  private lastUserKey: string | null = null;
  private lastUserMatcher: KeywordMatcher | null = null;

  constructor(readonly entries: readonly LexiconEntry[]) {
    this.automaton = buildAutomaton(
      entries.map((entry) => entry.term),
      foldTable(),
    );
    this.maxLength = this.automaton.lengths.reduce((max, length) => Math.max(max, length), 0);
    this.latin = Uint8Array.from(entries, ({ term }) => {
      const first = isAsciiAlphanumeric(foldCodeUnit(term.charCodeAt(0))) ? LATIN_START : 0;
      return first | (isAsciiAlphanumeric(foldCodeUnit(term.charCodeAt(term.length - 1))) ? LATIN_END : 0);
    });
  }

  match(text: string, stats?: ScanStats): KeywordHit[] {
    // Hard-wrapped reports: line-break runs are gaps the scan reads across; offsets stay in `text`.
    const gaps = lineBreakGaps(text);
    const found = this.findCandidates(text, gaps, stats);
    let steps = gaps.length; // finding the gaps: a few units around each line break
    steps += selectLongest(found, text.length);
    const hits: KeywordHit[] = [];
    // Accepted hits never overlap, so their order of end (the scan order) is their order of start.
    const { candidates } = found;
    for (let k = 0; k < candidates.length; k += 3) {
      steps++;
      if (candidates[k]! >= 0) continue;
      const { term, theme } = this.entries[~candidates[k]!]!;
      hits.push({ start: candidates[k + 1]!, end: candidates[k + 2]!, term, theme });
    }
    if (stats) stats.steps += steps;
    return hits;
  }

  /** Every occurrence of every term that respects Latin word boundaries, in scan order (order of end). */
  private findCandidates(text: string, gaps: readonly number[], stats: ScanStats | undefined): Candidates {
    const { lengths } = this.automaton;
    const { latin } = this;
    const startOf = matchStarts(gaps);
    const latinBoundaryAt = (i: number): boolean =>
      i >= 0 && i < text.length && isAsciiAlphanumeric(foldCodeUnit(text.charCodeAt(i)));
    const found: Candidates = {
      candidates: [],
      byLength: Array.from({ length: this.maxLength + 1 }, () => []),
    };
    this.automaton.scan(
      text,
      (entry, end) => {
        const start = startOf(end, lengths[entry]!);
        // 5G must not match inside 25G, AI not inside MAIL: Latin terms need Latin word boundaries
        // (a line break is a boundary).
        const flags = latin[entry]!;
        if (flags & LATIN_START && latinBoundaryAt(start - 1)) return;
        if (flags & LATIN_END && latinBoundaryAt(end)) return;
        found.byLength[lengths[entry]!]!.push(found.candidates.length);
        found.candidates.push(entry, start, end);
      },
      stats,
      gaps,
    );
    return found;
  }

  withUserTerms(userTerms: readonly UserTerm[]): KeywordMatcher {
    const user = normaliseUserTerms(userTerms);
    const key = JSON.stringify(user);
    if (key === this.lastUserKey && this.lastUserMatcher) return this.lastUserMatcher;
    const userKeys = new Set(user.map((entry) => foldText(entry.term)));
    const merged = [...this.entries.filter((entry) => !userKeys.has(foldText(entry.term))), ...user];
    this.lastUserKey = key;
    this.lastUserMatcher = createKeywordMatcher(merged);
    return this.lastUserMatcher;
  }
}

/** Trimmed, non-empty user entries; a term listed twice keeps its last theme. */
function normaliseUserTerms(userTerms: readonly UserTerm[]): LexiconEntry[] {
  const byKey = new Map<string, LexiconEntry>();
  for (const item of userTerms) {
    const term = (typeof item === 'string' ? item : item.term).trim();
    const theme = typeof item === 'string' || item.theme.trim() === '' ? USER_THEME_ID : item.theme.trim();
    if (term === '') continue;
    const key = foldText(term);
    byKey.delete(key); // re-insert so the order is that of the last mention
    byKey.set(key, { term, theme });
  }
  return [...byKey.values()];
}

let defaultMatcher: KeywordMatcher | null = null;

/** The matcher for the built-in lexicon, built once and shared. */
export function defaultKeywordMatcher(): KeywordMatcher {
  defaultMatcher ??= createKeywordMatcher(LEXICON);
  return defaultMatcher;
}

/** Built-in policy keywords in `text` (see KeywordMatcher.match). */
export function matchKeywords(text: string): KeywordHit[] {
  return defaultKeywordMatcher().match(text);
}
