/**
 * Text after width/whitespace normalisation, with a map back to the text as read.
 *
 * Everything in lib/ that reads report text works on `NormalizedText.text`; offsets it finds are turned
 * back into offsets of the original input with `toOriginal*` so that the page (or CLI user) sees spans of
 * what they actually have.
 */
export interface NormalizedText {
  /** The original input, untouched. */
  readonly original: string;
  /** The normalised text (see lib/text/normalize.ts for the rules). */
  readonly text: string;
  /** Offset in `original` of the start of the UTF-16 unit at offset i of `text`. */
  toOriginalStart(i: number): number;
  /** Offset in `original` just after the UTF-16 unit at offset i-1 of `text` (for span ends). */
  toOriginalEnd(i: number): number;
}

/** A half-open span [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}
