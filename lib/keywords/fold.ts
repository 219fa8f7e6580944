/*
 * Code-unit folding for keyword matching.
 *
 * The engine normalises text before matching (lib/text), but the matcher is also handed raw page text
 * (the side panel, user terms typed with a Chinese IME). Folding each UTF-16 code unit to one code unit
 * makes both forms match without changing any offset: the automaton reads folded units, the hits point
 * into the text as given.
 *
 * - full-width ASCII variants (Ａ, ５, ＋, ．) → ASCII;
 * - the five punctuation marks the normaliser writes full-width go the other way: , : ; ( ) → ，：；（）;
 * - ASCII letters → lower case (ai, Ai, AI, ＡＩ are one term).
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

const TO_FULL_WIDTH_PUNCTUATION: ReadonlyMap<number, number> = new Map([
  [0x2c, 0xff0c], // , → ，
  [0x3a, 0xff1a], // : → ：
  [0x3b, 0xff1b], // ; → ；
  [0x28, 0xff08], // ( → （
  [0x29, 0xff09], // ) → ）
]);

export function foldCodeUnit(unit: number): number {
  let folded = unit;
  if (folded >= FULL_WIDTH_FIRST && folded <= FULL_WIDTH_LAST) folded -= FULL_WIDTH_OFFSET;
  const punctuation = TO_FULL_WIDTH_PUNCTUATION.get(folded);
  if (punctuation !== undefined) return punctuation;
  if (folded >= 0x41 && folded <= 0x5a) return folded + 0x20;
  return folded;
}

let table: Uint16Array | null = null;

/**
 * foldCodeUnit for all 65,536 code units, built once per process: the keyword scan folds every unit of a
 * report, and one typed-array read is far cheaper there than the branches and the Map above.
 * foldCodeUnit changes only ( ) , : ; A–Z (U+0028–U+005A) and the full-width forms, so the table starts
 * as the identity and only those two ranges are computed (the page's first analysis pays for the build).
 */
export function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) table[unit] = unit;
  for (let unit = 0x28; unit <= 0x5a; unit++) table[unit] = foldCodeUnit(unit);
  for (let unit = FULL_WIDTH_FIRST; unit <= FULL_WIDTH_LAST; unit++) table[unit] = foldCodeUnit(unit);
  return table;
}

/** A whole string folded unit by unit (same length as the input). */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCodeUnit(text.charCodeAt(i)));
  return out;
}

/** ASCII letter or digit: Latin terms (5G, AI, REITs) must not match inside a longer Latin word or number. */
export function isAsciiAlphanumeric(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}
