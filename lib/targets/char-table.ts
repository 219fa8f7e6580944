/**
 * Sets of characters tested one UTF-16 code unit at a time in the scans around each value: a table
 * indexed by char code, read as `SET[text.charCodeAt(i)] === 1`. `text[i]` would allocate a string for
 * every CJK character and Set<string>.has would hash it; a method call per character is what costs most
 * while the code is still interpreted, on the first page a fresh service worker analyses. Past the end of
 * the text charCodeAt gives NaN, and SET[NaN] is undefined: not in the set. (As in lib/text/sentences.ts.)
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
