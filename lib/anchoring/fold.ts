/**
 * The form in which quotes are compared: lib/text/normalize.ts (full-width → half-width digits and
 * letters, half-width → Chinese clause punctuation, thousands separators dropped), then a few folds that
 * only matter for recognising the same passage again:
 * - every whitespace character is dropped, line breaks included: a page re-read through the DOM may
 *   split paragraphs differently ("目标。\n（二）" vs "目标。（二）"), and spaces inside Chinese text
 *   are copy artefacts;
 * - ':' → '：' (normalize keeps ':' between digits), ASCII letters lower-cased (GDP / gdp);
 * - curly, straight and full-width quotes to one form each, dashes to '-', ○ → 〇, bullets to '·'.
 * Every folded unit comes from exactly one unit of the original (nothing is merged or split), so one
 * offset per folded unit maps any folded span back to the text as given.
 */
import { normalize } from '../text/normalize';
import { partitionPoint } from '../partition-point';

export interface FoldedText {
  /** The folded text that quotes are searched in. */
  readonly text: string;
  /** For each unit of `text`, the offset of the original unit it came from (strictly increasing). */
  readonly origin: Uint32Array;
  /** Length of the original text. */
  readonly originalLength: number;
}

/**
 * Second-stage map over the BMP: 0 means "unchanged", DROP "drop", anything else is the folded code. (Not
 * an identity table filled for all 65,536 codes: this module loads in every page's content script, where
 * that loop ran uncompiled for milliseconds.)
 */
const FOLD = new Uint16Array(0x10000);
/** U+FFFF is not a character: no text folds to it. */
const DROP = 0xffff;

(function buildFold() {
  const drop = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0xad, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f];
  for (const c of drop) FOLD[c] = DROP;
  for (const c of [0x3000, 0x2060, 0xfeff]) FOLD[c] = DROP;
  for (let c = 0x2000; c <= 0x200d; c++) FOLD[c] = DROP; // spaces and zero-width characters
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 0x20; // A-Z → a-z
  FOLD[0x3a] = 0xff1a; // ':' → '：'
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x301d, 0x301e, 0xff02]) FOLD[c] = 0x22; // “”„‟〝〞＂ → "
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0xff07]) FOLD[c] = 0x27; // ‘’‚‛＇ → '
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]) FOLD[c] = 0x2d;
  for (const c of [0x25cb, 0x25ef, 0x039f, 0x041e]) FOLD[c] = 0x3007; // ○ ◯ and look-alike capitals in 二○二五
  for (const c of [0x2022, 0x2027, 0x30fb, 0xff65, 0x2219]) FOLD[c] = 0xb7; // bullets and dots in names
})();

/** Fold `input` once; O(n), typed arrays only. */
export function foldForMatching(input: string): FoldedText {
  const n = normalize(input);
  const src = n.text;
  const units = new Uint16Array(src.length);
  const origin = new Uint32Array(src.length);
  let o = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const f = FOLD[c]!;
    if (f === DROP) continue;
    units[o] = f || c;
    origin[o++] = n.toOriginalStart(i);
  }
  return { text: decode(units, o), origin: origin.slice(0, o), originalLength: input.length };
}

/** Original span of the folded span [start, end): from the first unit's start to just after the last. */
export function toOriginalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  if (f.origin.length === 0) return { start: 0, end: 0 };
  const s = start >= f.origin.length ? f.originalLength : f.origin[Math.max(0, start)]!;
  if (end <= start) return { start: s, end: s };
  return { start: s, end: f.origin[Math.min(end, f.origin.length) - 1]! + 1 };
}

/** First folded offset whose original offset is at or after `offset` (binary search). */
export function fromOriginal(f: FoldedText, offset: number): number {
  return partitionPoint(0, f.origin.length, (i) => f.origin[i]! < offset);
}

function decode(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let s = 0; s < length; s += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(s, Math.min(length, s + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
