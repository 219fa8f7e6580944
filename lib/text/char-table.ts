/**
 * Lookup tables over UTF-16 code units, for the loops that visit every character of a report (normaliser,
 * marker scan, sentence walks, the words around each value). `text[i]` makes a one-character string per
 * step (CJK characters are not in V8's single-character cache) and testing it with a regex or a Set hashes
 * it; `table[text.charCodeAt(i)]` does neither. Past the end of the text charCodeAt gives NaN and
 * table[NaN] is undefined: not in the set.
 */

/**
 * A table by char code: 1 for each character of `chars`, or, given groups, each group's value for its
 * characters; 0 for every other code unit.
 */
export function charTable(chars: string | readonly (readonly [chars: string, value: number])[]): Uint8Array {
  const t = new Uint8Array(0x10000);
  const groups = typeof chars === 'string' ? [[chars, 1] as const] : chars;
  for (const [group, value] of groups) for (let i = 0; i < group.length; i++) t[group.charCodeAt(i)] = value;
  return t;
}

/**
 * The code units that the regex class \s matches (ECMAScript WhiteSpace and LineTerminator): tab, vertical
 * tab, form feed, space, no-break space, BOM, the Unicode space separators, and the four line terminators.
 */
const WHITESPACE_CHARS =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';
const WHITESPACE = charTable(WHITESPACE_CHARS);

/** Same answer as /\s/.test(text[i]) (false past the end), without making a string. */
export function isSpaceAt(text: string, i: number): boolean {
  return WHITESPACE[text.charCodeAt(i)] === 1;
}
