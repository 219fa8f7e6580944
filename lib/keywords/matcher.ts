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

/** The key two terms share when they match the same text (width and case folded, trimmed). */
function termKey(term: string): string {
  return foldText(term.trim());
}

/** Terms that appear under more than one theme (after folding), in order of first appearance. */
export function findThemeConflicts(entries: readonly LexiconEntry[]): ThemeConflict[] {
  const themesByKey = new Map<string, { term: string; themes: string[] }>();
  for (const entry of entries) {
    const key = termKey(entry.term);
    const known = themesByKey.get(key);
    if (!known) themesByKey.set(key, { term: entry.term.trim(), themes: [entry.theme] });
    else if (!known.themes.includes(entry.theme)) known.themes.push(entry.theme);
  }
  return [...themesByKey.values()].filter((item) => item.themes.length > 1);
}

/**
 * Builds a matcher for these entries. Empty terms are ignored, exact repeats (same term, same theme)
 * are merged, and a term given two themes throws LexiconConflictError.
 */
export function createKeywordMatcher(entries: readonly LexiconEntry[]): KeywordMatcher {
  const conflicts = findThemeConflicts(entries.filter((entry) => entry.term.trim() !== ''));
  if (conflicts.length > 0) throw new LexiconConflictError(conflicts);

  const unique: LexiconEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const term = entry.term.trim();
    const key = foldText(term);
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push({ term, theme: entry.theme });
  }
  return new AutomatonMatcher(unique);
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
    const { lengths } = this.automaton;
    const { latin } = this;
    // Hard-wrapped reports: line-break runs are gaps the scan reads across; offsets stay in `text`.
    const gaps = lineBreakGaps(text);
    let gapsBefore = 0; // gaps (counted in array slots) that start before the current match's end
    /** Start of a match of `length` units ending at `end`: `length` units back, not counting gaps. */
    const startOf = (end: number, length: number): number => {
      while (gapsBefore < gaps.length && gaps[gapsBefore]! < end) gapsBefore += 2;
      let at = end;
      let left = length;
      for (let g = gapsBefore - 2; g >= 0 && at - gaps[g + 1]! < left; g -= 2) {
        left -= at - gaps[g + 1]!;
        at = gaps[g]!;
      }
      return at - left;
    };
    const latinBoundaryAt = (i: number): boolean =>
      i >= 0 && i < text.length && isAsciiAlphanumeric(foldCodeUnit(text.charCodeAt(i)));

    // Candidates in scan order (order of end) as flat [entry, start, end] triples, and their indices
    // bucketed by length. Inside a bucket, order of end is order of start: no sort needed, the selection
    // stays linear.
    const candidates: number[] = [];
    const buckets: number[][] = Array.from({ length: this.maxLength + 1 }, () => []);
    this.automaton.scan(
      text,
      (entry, end) => {
        const start = startOf(end, lengths[entry]!);
        // 5G must not match inside 25G, AI not inside MAIL: Latin terms need Latin word boundaries
        // (a line break is a boundary).
        const flags = latin[entry]!;
        if (flags & LATIN_START && latinBoundaryAt(start - 1)) return;
        if (flags & LATIN_END && latinBoundaryAt(end)) return;
        buckets[lengths[entry]!]!.push(candidates.length);
        candidates.push(entry, start, end);
      },
      stats,
      gaps,
    );

    // Longest first; within a length, earliest start first. A candidate is accepted when none of its
    // units is taken yet. (Overlap is the same with or without the gaps: no match starts or ends in one.)
    const taken = new Uint8Array(text.length);
    let steps = gaps.length; // finding the gaps: a few units around each line break
    for (let length = this.maxLength; length > 0; length--) {
      for (const candidate of buckets[length]!) {
        const start = candidates[candidate + 1]!;
        const end = candidates[candidate + 2]!;
        let free = true;
        for (let i = start; i < end && free; i++) {
          free = taken[i] === 0;
          steps++;
        }
        if (!free) continue;
        for (let i = start; i < end; i++) taken[i] = 1; // a loop: fill() costs more than a term's few units
        candidates[candidate] = ~candidates[candidate]!; // accepted: entry stored as ~entry (< 0)
        steps += end - start;
      }
    }

    // Accepted hits never overlap, so their order of end (the scan order) is their order of start.
    const hits: KeywordHit[] = [];
    for (let k = 0; k < candidates.length; k += 3) {
      steps++;
      if (candidates[k]! >= 0) continue;
      const { term, theme } = this.entries[~candidates[k]!]!;
      hits.push({ start: candidates[k + 1]!, end: candidates[k + 2]!, term, theme });
    }
    if (stats) stats.steps += steps;
    return hits;
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
