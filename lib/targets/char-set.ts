/**
 * Sets of characters tested one UTF-16 code unit at a time in the loops that read around each value.
 * `text[i]` allocates a fresh string for every CJK character and Set<string>.has hashes it; a lookup in
 * a table indexed by char code does neither. All sets share one table (one bit per set), so the table is
 * allocated once however many sets there are.
 */
const TABLE = new Uint16Array(0x10000);
let nextBit = 1;

export class CharSet {
  private readonly bit: number;

  constructor(chars: string) {
    if (nextBit > 0x8000) throw new Error('CharSet: more than 16 sets share the table');
    this.bit = nextBit;
    nextBit <<= 1;
    for (let i = 0; i < chars.length; i++) TABLE[chars.charCodeAt(i)]! |= this.bit;
  }

  /** Is `code` in the set? (NaN, as charCodeAt returns past the end, is not.) */
  has(code: number): boolean {
    return ((TABLE[code] ?? 0) & this.bit) !== 0;
  }

  /** Is the character at `i` in the set? False outside the text. */
  at(text: string, i: number): boolean {
    return this.has(text.charCodeAt(i));
  }
}
