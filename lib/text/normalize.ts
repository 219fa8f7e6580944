/**
 * Width and whitespace normalisation with an exact offset map back to the input.
 *
 * Reports are copied from web pages, .docx exports and PDFs, so the same text arrives as ６．５％ or 6.5%,
 * with half-width clause punctuation (,;:) or with spaces between every character. The rest of the
 * engine matches on one canonical form instead of handling every variant:
 * - full-width digits, Latin letters and number punctuation (％．＋－＊／～＝＜＞) become ASCII;
 * - clause punctuation becomes the full-width Chinese form (，：；（）！？), except a thousands separator
 *   (1,200 → 1200: dropped, so numbers read whole) and a colon between digits (10:30);
 * - spaces between CJK characters, digits or number punctuation are dropped (copy artefacts), other runs
 *   collapse to one space; zero-width characters vanish; line breaks stay (\n) for the outline parser.
 *
 * Every output UTF-16 unit comes from exactly one input unit (characters are only mapped or dropped, never
 * merged or split), so the map only needs to record where the offset shift changes (typed arrays).
 */
import type { NormalizedText, Span } from './types';
import { partitionPoint } from '../partition-point';

// Character classes for the single pass. A lookup table over the BMP keeps the hot loop free of branches
// on ranges and of regular expressions.
const C_KEEP = 0; // copy (possibly mapped through MAP)
const C_SPACE = 1; // horizontal whitespace: collapsed or dropped
const C_DROP = 2; // zero-width characters: removed
const C_NL = 3; // line breaks: kept as \n
const C_CR = 4; // \r: \r\n → \n, lone \r → \n
const C_COMMA = 5; // ',' thousands separator or clause comma
const C_COLON = 6; // ':' time/ratio colon or clause colon

const CLASS = new Uint8Array(0x10000);
/** Output code for a C_KEEP input code, 0 where it is the input code itself (no width fold applies). */
const MAP = new Uint16Array(0x10000);
/** Code units that need attention; everything else is copied verbatim as part of a slice. */
const SPECIAL = new Uint8Array(0x10000);
/** Characters next to which a space is a copy artefact: CJK, digits, number punctuation. */
const TIGHT = new Uint8Array(0x10000);

// The tables are built entry by entry, never by a loop over all 65,536 codes: this module loads in every
// page's content script (through anchoring), where such a loop runs uncompiled for milliseconds.
(function buildTables() {
  const map = (c: number, to: number) => {
    MAP[c] = to;
    SPECIAL[c] = 1;
  };
  const cls = (c: number, k: number) => {
    CLASS[c] = k;
    SPECIAL[c] = 1;
  };
  // Full-width digits and Latin letters → ASCII.
  for (let c = 0xff10; c <= 0xff19; c++) map(c, c - 0xfee0);
  for (let c = 0xff21; c <= 0xff3a; c++) map(c, c - 0xfee0);
  for (let c = 0xff41; c <= 0xff5a; c++) map(c, c - 0xfee0);
  // Full-width number punctuation → ASCII (the scanner reads ASCII % . + - * / ~ only).
  for (const ch of '%.+-*/=<>') map(ch.charCodeAt(0) + 0xfee0, ch.charCodeAt(0));
  map(0xff5e, 0x7e); // ～ full-width tilde
  map(0x301c, 0x7e); // 〜 wave dash, used for ranges (5%〜6%)
  map(0x2212, 0x2d); // − minus sign
  map(0x2236, 0x3a); // ∶ ratio sign (城乡居民收入比2.04∶1) → ':' like 1:1
  map(0xff61, 0x3002); // ｡ half-width ideographic full stop → 。
  // Half-width clause punctuation → the full-width Chinese forms that sentence/clause splitting uses.
  map(0x3b, 0xff1b); // ; → ；
  map(0x28, 0xff08); // ( → （
  map(0x29, 0xff09); // ) → ）
  map(0x21, 0xff01); // ! → ！
  map(0x3f, 0xff1f); // ? → ？

  for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x3000, 0x1680, 0x202f, 0x205f]) cls(c, C_SPACE);
  for (let c = 0x2000; c <= 0x200a; c++) cls(c, C_SPACE);
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]) cls(c, C_DROP);
  for (const c of [0x0a, 0x85, 0x2028, 0x2029]) cls(c, C_NL);
  cls(0x0d, C_CR);
  cls(0x2c, C_COMMA);
  cls(0x3a, C_COLON);

  const tight = (from: number, to: number) => TIGHT.fill(1, from, to + 1);
  tight(0x30, 0x39); // digits
  for (const ch of '.%+-*/~‰') TIGHT[ch.charCodeAt(0)] = 1;
  tight(0x2e80, 0x2fdf); // CJK radicals
  tight(0x3000, 0x303f); // CJK symbols and punctuation (。、「」《》…)
  tight(0x3040, 0x31ff); // kana, bopomofo, strokes
  tight(0x3400, 0x4dbf); // CJK extension A
  tight(0x4e00, 0x9fff); // CJK unified ideographs
  tight(0xf900, 0xfaff); // CJK compatibility ideographs
  tight(0xfe30, 0xfe4f); // CJK compatibility forms
  tight(0xff00, 0xffef); // full-width forms (，：；（）that remain after folding)
  tight(0xd800, 0xdfff); // surrogates: astral CJK extensions
  tight(0x2010, 0x2027); // dashes, quotes “”‘’, ellipsis … as used in Chinese text
  TIGHT[0xb7] = 1; // · middle dot in names
  // A plain line break stays as it is: copied with its stretch rather than split off.
  SPECIAL[0x0a] = 0;
})();

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isDigitLike = (c: number) => isDigit(c) || (c >= 0xff10 && c <= 0xff19);

/**
 * The context-free part of the fold for one UTF-16 unit: what this character becomes when it is kept.
 * (',' and ':' depend on their neighbours: between digits they stay or vanish; see `normalize`.)
 */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  switch (CLASS[c]) {
    case C_SPACE:
      return ' ';
    case C_DROP:
      return '';
    case C_NL:
    case C_CR:
      return '\n';
    case C_COMMA:
      return '，';
    case C_COLON:
      return '：';
    default:
      return String.fromCharCode(MAP[c] || c);
  }
}

/** ',' at `i` separates thousands: 1,200 / 12,000,000 / 1,200.5 (but not 1,2 or 2021,2022). */
function isThousandsComma(s: string, i: number): boolean {
  const n = s.length;
  if (i + 3 >= n) return false; // fewer than three characters follow
  if (!isDigitLike(s.charCodeAt(i + 1)) || !isDigitLike(s.charCodeAt(i + 2)) || !isDigitLike(s.charCodeAt(i + 3))) {
    return false;
  }
  if (i + 4 < n && isDigitLike(s.charCodeAt(i + 4))) return false;
  // The group before: 1–3 digits at the start of the number, or exactly 3 after an earlier separator.
  let k = i - 1;
  while (k >= 0 && isDigitLike(s.charCodeAt(k))) k--;
  const group = i - 1 - k;
  if (group < 1 || group > 3) return false;
  if (k >= 0 && s.charCodeAt(k) === 0x2c) return group === 3 && k > 0 && isDigitLike(s.charCodeAt(k - 1));
  // A number like 0,123 is a list, not thousands.
  return !(group === 1 && s.charCodeAt(i - 1) === 0x30) && !(k >= 0 && s.charCodeAt(k) === 0x2e);
}

/**
 * Offset map as breakpoints: from output index OUT[k] on, original = output + DELTA[k]. Characters are
 * only mapped 1:1 or dropped, so the delta changes only where something was dropped (spaces, zero-width
 * characters, thousands separators, \r): a few entries per kilobyte instead of one per character.
 */
class OffsetMap {
  out = new Uint32Array(64);
  delta = new Int32Array(64);
  size = 1; // entry 0: delta 0 from output 0
  last = 0;
  /** Record that output unit `o` comes from input unit `i`. */
  at(o: number, i: number): void {
    const d = i - o;
    if (d === this.last) return;
    if (this.size > 0 && this.out[this.size - 1] === o) {
      this.delta[this.size - 1] = d;
    } else {
      if (this.size === this.out.length) this.grow();
      this.out[this.size] = o;
      this.delta[this.size++] = d;
    }
    this.last = d;
  }
  private grow(): void {
    const out = new Uint32Array(this.out.length * 2);
    out.set(this.out);
    const delta = new Int32Array(this.delta.length * 2);
    delta.set(this.delta);
    this.out = out;
    this.delta = delta;
  }
  /** Input offset of output unit j (binary search over the breakpoints). */
  lookup(j: number): number {
    const lo = Math.max(0, partitionPoint(0, this.size, (i) => this.out[i]! <= j) - 1);
    return j + this.delta[lo]!;
  }
}


/**
 * Normalise `input` (see the module comment for the rules). Linear, one pass: verbatim stretches are
 * copied as slices, and only the characters that change are looked at twice.
 */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  // The output is built by concatenation (a rope of slices and replaced characters), which engines do
  // more cheaply than collecting the pieces for a join; it is flattened once at the end.
  let text = '';
  const map = new OffsetMap();
  let o = 0; // output length so far
  let seg = 0; // start of the verbatim stretch not yet copied
  let prevOut = -1; // last output code unit (-1 at start of text)
  let i = 0;
  for (;;) {
    // Most characters are copied as they are: find the next one that is not, in a tight loop.
    while (i < n && SPECIAL[input.charCodeAt(i)] === 0) i++;
    if (i > seg) {
      // Copy the verbatim stretch [seg, i).
      map.at(o, seg);
      text += input.slice(seg, i);
      o += i - seg;
      prevOut = input.charCodeAt(i - 1);
    }
    if (i === n) break;
    const c = input.charCodeAt(i);
    const cls = CLASS[c]!;
    const from = i;
    let out = -1; // the code this character becomes, or -1 when it is dropped
    if (cls === C_SPACE || cls === C_DROP) {
      // A run of spaces and zero-width characters: decide on the kept characters at both ends.
      let firstSpace = -1;
      while (i < n) {
        const k = CLASS[input.charCodeAt(i)];
        if (k === C_SPACE) {
          if (firstSpace < 0) firstSpace = i;
        } else if (k !== C_DROP) break;
        i++;
      }
      // Dropped: only zero-width characters; leading/trailing spaces of the text or of a line.
      if (firstSpace >= 0 && prevOut >= 0 && prevOut !== 0x0a && i < n) {
        const next = input.charCodeAt(i);
        const nextCls = CLASS[next];
        if (nextCls !== C_NL && nextCls !== C_CR) {
          const nextOut = nextCls === C_COMMA ? 0xff0c : nextCls === C_COLON ? 0xff1a : MAP[next] || next;
          // 地 区 生 产 → 地区生产, 6 . 5 % → 6.5%; GDP 增长 keeps one space.
          if (!(TIGHT[prevOut] && TIGHT[nextOut])) {
            map.at(o, firstSpace);
            text += ' ';
            o++;
            prevOut = 0x20;
          }
        }
      }
    } else {
      i++; // every other class is a single character
      if (cls === C_KEEP) out = MAP[c] || c;
      else if (cls === C_NL) out = 0x0a;
      else if (cls === C_CR) {
        // \r\n: the \n carries the break; a lone \r (old Mac files) is a break itself.
        if (input.charCodeAt(i) !== 0x0a) out = 0x0a;
      } else if (cls === C_COMMA) {
        // 1,200万人 → 1200万人: the separator would split the number in two.
        if (!(isDigit(prevOut) && isThousandsComma(input, from))) out = 0xff0c;
      } else {
        // ':' between digits is a time or a ratio (10:30, 1:1); elsewhere it ends a clause.
        const between = isDigit(prevOut) && i < n && isDigitLike(input.charCodeAt(i));
        out = between ? 0x3a : 0xff1a;
      }
    }
    if (out >= 0) {
      map.at(o, from);
      text += String.fromCharCode(out);
      o++;
      prevOut = out;
    }
    seg = i;
  }
  // Reading one character flattens the rope into one string now, so that the copy is part of normalising
  // and not paid later by whoever reads the text first.
  text.charCodeAt(0);
  return makeNormalized(input, text, map);
}

function makeNormalized(original: string, text: string, map: OffsetMap): NormalizedText {
  const length = text.length;
  const start = (i: number) => (i >= length ? original.length : map.lookup(i < 0 ? 0 : i));
  return {
    original,
    text,
    toOriginalStart: start,
    toOriginalEnd(i: number): number {
      // Just after the unit i-1; an empty prefix ends where the original starts.
      if (i <= 0) return 0;
      return start(Math.min(i, length) - 1) + 1;
    },
  };
}

/** Map a span of the normalised text to the span of the original it came from. */
export function mapSpan(n: NormalizedText, start: number, end: number): Span {
  const s = n.toOriginalStart(start);
  if (end <= start) return { start: s, end: s };
  return { start: s, end: n.toOriginalEnd(end) };
}
