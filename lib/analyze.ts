/**
 * The one entry point of the engine: analyze(text) → sections, targets and keywords, with UTF-16 offsets
 * into the text as given. The work happens on a normalised copy (full-width → half-width, stray spaces
 * removed); every offset is mapped back before it leaves.
 */
import type { Analysis } from './analysis-types';
import { detectTitle, detectYear } from './document-info';
import { defaultKeywordMatcher, type KeywordMatcher } from './keywords/matcher';
import type { KeywordHit } from './keywords/types';
import { scanQuantities } from './numbers/scan';
import { parseOutline } from './outline/parse-outline';
import type { Section } from './outline/types';
import { extractTargets } from './targets/extract-targets';
import type { Target } from './targets/types';
import { normalize } from './text/normalize';
import type { NormalizedText } from './text/types';

export interface AnalyzeOptions {
  /** A matcher with user terms added; the built-in lexicon otherwise. */
  keywords?: KeywordMatcher;
}

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const norm = normalize(input);
  const text = norm.text;
  const outline = parseOutline(text);
  const title = detectTitle(text);
  const year = detectYear(text, outline, title);
  const targets = extractTargets(text, scanQuantities(text), { outline, year });
  const keywords = (options.keywords ?? defaultKeywordMatcher()).match(text);
  // Every normalised character comes from exactly one input character; when none was dropped (no stray
  // spaces), offsets are the same in both texts and need no mapping (the common case, and the cheap one).
  // The targets were made by this call, so their offsets and text are set in place: an object spread
  // per target (18 fields) cost more than the mapping itself.
  if (text.length === input.length) {
    const at = title === null ? -1 : text.indexOf(title);
    for (const t of targets) t.text = input.slice(t.start, t.end);
    return {
      title: title === null ? null : input.slice(at, at + title.length),
      year,
      sections: outline.sections,
      headline: outline.headline,
      targets,
      keywords,
    };
  }
  for (const t of targets) mapTarget(norm, t);
  return {
    title: title === null ? null : sliceOriginal(norm, text.indexOf(title), text.indexOf(title) + title.length),
    year,
    sections: outline.sections.map((s) => mapSection(norm, s)),
    headline: outline.headline ? mapSpan(norm, outline.headline) : null,
    targets,
    keywords: keywords.map((k) => mapKeyword(norm, k)),
  };
}

function mapSpan(norm: NormalizedText, span: { start: number; end: number }): { start: number; end: number } {
  return { start: norm.toOriginalStart(span.start), end: norm.toOriginalEnd(span.end) };
}

function sliceOriginal(norm: NormalizedText, start: number, end: number): string {
  const s = mapSpan(norm, { start, end });
  return norm.original.slice(s.start, s.end);
}

function mapSection(norm: NormalizedText, s: Section): Section {
  const heading = mapSpan(norm, { start: s.headingStart, end: s.headingEnd });
  const whole = mapSpan(norm, s);
  return { ...s, headingStart: heading.start, headingEnd: heading.end, start: whole.start, end: whole.end };
}

/** Maps a target's spans to the original text, in place (see analyze). */
function mapTarget(norm: NormalizedText, t: Target): void {
  t.start = norm.toOriginalStart(t.start);
  t.end = norm.toOriginalEnd(t.end);
  t.text = norm.original.slice(t.start, t.end);
  t.valueStart = norm.toOriginalStart(t.valueStart);
  t.valueEnd = norm.toOriginalEnd(t.valueEnd);
}

/** A hit with its span in the original text: fields written out (two spreads per hit cost twice as much). */
function mapKeyword(norm: NormalizedText, k: KeywordHit): KeywordHit {
  return { start: norm.toOriginalStart(k.start), end: norm.toOriginalEnd(k.end), term: k.term, theme: k.theme };
}
