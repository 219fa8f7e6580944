/**
 * The two W3C Web Annotation selectors a saved clip carries, named exactly as the model names them
 * (https://www.w3.org/TR/annotation-model/#text-quote-selector, #text-position-selector), so that a clip
 * can later be exported as Web Annotation JSON-LD without renaming anything.
 *
 * The quote is the source of truth: the position is only a hint for where to look first, because a report
 * page that is edited (a paragraph inserted, punctuation changed) keeps the words but shifts the offsets.
 */

/** The clipped text itself, with up to 32 characters either side to tell repeated quotes apart. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offsets [start, end) of the clip in the text it was described on. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What `describe` returns and what `anchor` reads. The position is optional (a quote alone anchors). */
export interface ClipSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** A Web Annotation `target.selector` value may also be given as a list of selectors. */
export type SelectorInput = ClipSelectors | ReadonlyArray<TextQuoteSelector | TextPositionSelector>;

/**
 * Where a clip was found in the current text, in UTF-16 offsets of that text.
 * - `exact`: the quote is there character for character after folding width, whitespace and punctuation
 *   forms (，/, ：/: “/" …); `score` is 1 when it is also at the stored position with the same context.
 * - `fuzzy`: an approximate match (a figure or a few characters changed) whose context agrees.
 * - `orphan`: not drawn, because it is gone or because it could be in several places (`reason` says which).
 * `score` is in [0, 1]: 1 means the quote and its context are both unchanged.
 */
export type AnchorResult =
  | { status: 'exact' | 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphan'; reason: string };

/** Tuning knobs; the defaults are what the tests check, so change them only with a reason. */
export interface AnchorOptions {
  /** Largest edit distance allowed for a fuzzy quote match (default min(32, quote length / 4)). */
  maxErrors?: number;
  /** Lowest combined quote + context score for a fuzzy match (default 0.8). */
  minScore?: number;
  /** Lowest context agreement (0–1) for a fuzzy match (default 0.5). */
  minContext?: number;
  /** Folded characters either side of the old position searched before the whole text (default 4000). */
  window?: number;
}

/** Accept both shapes of `SelectorInput`; `undefined` quote when none is given. */
export function readSelectors(input: SelectorInput): { quote?: TextQuoteSelector; position?: TextPositionSelector } {
  if (!Array.isArray(input)) {
    const s = input as ClipSelectors;
    return s.position ? { quote: s.quote, position: s.position } : { quote: s.quote };
  }
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of input as ReadonlyArray<TextQuoteSelector | TextPositionSelector>) {
    if (s.type === 'TextQuoteSelector' && !quote) quote = s;
    else if (s.type === 'TextPositionSelector' && !position) position = s;
  }
  return { ...(quote ? { quote } : {}), ...(position ? { position } : {}) };
}
