/**
 * Heading marker candidates: every place where a marker (一、 （一） 1. （1） 一是 第一， 第一部分) is written
 * at a position where a heading or an enumeration item may begin. Whether a candidate really is a heading is
 * decided later from the order of the ordinals (see sequence.ts); here we only throw out what can never be
 * one: markers inside words (统一是, 全省第一，), decimals (1.5), runs of numerals (一、二、三产业) and markers
 * inside quotes or book titles.
 */
import { charTable } from '../text/char-table';
import { ordinalValue } from './ordinal';

/**
 * Marker families, each with its own numbering:
 * chapter 第一部分/第一章 · cn 一、 · paren （一） · num 1. 1、 · parenNum （1） · cnIs 一是 · di 第一，
 */
export type MarkerFamily = 'chapter' | 'cn' | 'paren' | 'num' | 'parenNum' | 'cnIs' | 'di';

export interface MarkerCandidate {
  /** Offset of the marker's first character. */
  start: number;
  /** Offset just after the marker (where the title begins). */
  end: number;
  /** The marker as written. */
  marker: string;
  family: MarkerFamily;
  ordinal: number;
  /** Only whitespace between the start of the line and the marker. */
  atLineStart: boolean;
}

/** Depth of each family in the usual hierarchy (一、 above （一） above 1. above 一是). */
export const FAMILY_RANK: Record<MarkerFamily, number> = {
  chapter: 1,
  cn: 1,
  paren: 2,
  num: 3,
  parenNum: 4,
  cnIs: 4,
  di: 4,
};

const CN = '[一二三四五六七八九十]{1,3}';
// One alternation per family; the capture group that matched tells the family. Sticky: it is tried only at
// the few offsets where mayStartAt says a marker can begin, in increasing order, which finds exactly the
// matches a global search would (see findMarkerCandidates).
const MARKER_RE = new RegExp(
  [
    `第(${CN})(?:部分|章|篇)`,
    `(${CN})、`,
    `[（(](${CN})[）)]`,
    `[（(](\\d{1,2})[）)]`,
    `(\\d{1,2})[.．、]`,
    `(${CN})是`,
    `第(${CN})[，,：:]`,
  ].join('|'),
  'y',
);
const GROUP_FAMILY: MarkerFamily[] = ['chapter', 'cn', 'paren', 'parenNum', 'num', 'cnIs', 'di'];

// The role of each character in the scan: one table lookup per character of the text, and for almost all
// characters the answer is NONE. Roles 1–4 can begin a marker; 5–7 change the quotation state.
const NONE = 0;
const CN_START = 1; // 一、 一是
const DIGIT_START = 2; // 1. 1、
const DI_START = 3; // 第一部分 第一，
const PAREN_START = 4; // （一） (1)
const LINE_BREAK = 5;
const QUOTE_OPEN = 6; // “ ‘ 《 「 『
const QUOTE_CLOSE = 7; // ” ’ 》 」 』
const CHAR_ROLE = charTable([
  ['一二三四五六七八九十', CN_START],
  ['0123456789', DIGIT_START],
  ['第', DI_START],
  ['（(', PAREN_START],
  ['\n\r', LINE_BREAK],
  ['“‘《「『', QUOTE_OPEN],
  ['”’》」』', QUOTE_CLOSE],
]);
/** What follows the numerals of 一、 / 一是, and the digits of 1. / 1、 */
const CN_MARK_END = charTable([['、是', 1]]);
const NUM_MARK_END = charTable([['.．、', 1]]);

/** Does `table` hold one of the `span` characters after p? (Past the end charCodeAt gives NaN: no.) */
function anyAfter(text: string, p: number, span: number, table: Uint8Array): boolean {
  for (let k = 1; k <= span; k++) if (table[text.charCodeAt(p + k)] === 1) return true;
  return false;
}

/**
 * A cheap necessary condition for MARKER_RE to match at p, whose character has a marker-start role: numerals
 * and digits, common in running text, must be followed by their mark within the next few characters, and
 * 第 and brackets by a numeral or digit.
 */
function mayStartAt(text: string, p: number, role: number): boolean {
  if (role === CN_START) return anyAfter(text, p, 3, CN_MARK_END);
  if (role === DIGIT_START) return anyAfter(text, p, 2, NUM_MARK_END);
  const next = CHAR_ROLE[text.charCodeAt(p + 1)];
  // 第一部分 / 第一， need a numeral after 第; （一） / (1) a numeral or a digit after the bracket.
  if (role === DI_START) return next === CN_START;
  return next === CN_START || next === DIGIT_START;
}

/** Characters that end a sentence or open a list: a heading may follow them in flattened text. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '：', ':', '；', ';']);
/** In-paragraph enumerations (一是 第一，) may also follow a comma. */
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',']);
const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '）', ')']);
const SPACE = /[ \t\u3000\u00a0]/;

/** A quote left open this long is a stray character, not a quotation. */
const MAX_QUOTE = 120;

/**
 * Whether an offset is inside a quotation, fed the line breaks and quote marks in text order by the scan in
 * findMarkerCandidates (one pass over the text for both). Quotes never span a line break in these texts, so
 * the state is reset at each newline.
 */
class QuoteState {
  /** Offsets of the quotes still open, innermost last (a stack kept in place, never reallocated). */
  private readonly openAt: number[] = [];

  constructor(private readonly text: string) {}

  /** A line break or quote mark at offset i (its role from CHAR_ROLE). */
  see(i: number, role: number): void {
    const { openAt } = this;
    if (role === LINE_BREAK) openAt.length = 0;
    else if (role === QUOTE_OPEN) {
      // Chinese nests ‘’ inside “”, never “ inside “: a second “ means the first one was never closed.
      const top = openAt[openAt.length - 1];
      if (top !== undefined && this.text.charCodeAt(top) === this.text.charCodeAt(i)) openAt.pop();
      openAt.push(i);
    } else openAt.pop();
  }

  /** Is p inside a quotation? Every quote mark before p must have been seen, none after it. */
  inside(p: number): boolean {
    const { openAt } = this;
    while (openAt.length > 0 && p - openAt[openAt.length - 1]! > MAX_QUOTE) openAt.pop();
    return openAt.length > 0;
  }
}

/** What stands before the marker: the start of a line, or the punctuation mark that precedes it. */
function boundaryBefore(
  text: string,
  start: number,
): { atLineStart: boolean; prev: string; prevPrev: string; spaced: boolean } {
  let i = start - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  const spaced = i < start - 1;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return { atLineStart: true, prev: '', prevPrev: '', spaced };
  return { atLineStart: false, prev: text[i]!, prevPrev: i > 0 ? text[i - 1]! : '', spaced };
}

/**
 * Flattened text joins paragraphs, so a heading can follow the previous heading's title with no punctuation
 * (三、2025年重点工作任务 （一）大力提振消费。). （一） is written only as a marker, so it may follow anything; 一、
 * and 1. may follow a space (a lost line break) but not a word ending in 第 (保护第 一、全民共享) or a digit.
 * The order of the ordinals still has to hold.
 */
function afterJoin(family: MarkerFamily, prev: string, spaced: boolean): boolean {
  if (family === 'paren') return true;
  if (family === 'cn' || family === 'num' || family === 'chapter') return spaced && prev !== '第' && !/\d/.test(prev);
  return false;
}

function allowedAfter(family: MarkerFamily, prev: string, prevPrev: string): boolean {
  const set = family === 'cnIs' || family === 'di' ? CLAUSE_END : SENTENCE_END;
  if (set.has(prev)) return true;
  // 。” 一、 : a quotation that closes a sentence.
  return CLOSING_QUOTES.has(prev) && SENTENCE_END.has(prevPrev);
}

/** 一、二、三产业 / 一、二产 : a run of numerals, not a heading. */
function startsNumeralRun(text: string, end: number): boolean {
  return /^[一二三四五六七八九十]+[、产]/.test(text.slice(end, end + 4));
}

/** The first offset from `from` whose character has a role. A loop of its own: most characters have none. */
function nextWithRole(text: string, from: number, n: number): number {
  let p = from;
  while (p < n && CHAR_ROLE[text.charCodeAt(p)] === NONE) p++;
  return p;
}

export function findMarkerCandidates(text: string): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  const quotes = new QuoteState(text);
  const n = text.length;
  for (let p = 0; p < n; p++) {
    p = nextWithRole(text, p, n);
    if (p >= n) break;
    const role = CHAR_ROLE[text.charCodeAt(p)]!;
    if (role >= LINE_BREAK) {
      quotes.see(p, role);
      continue;
    }
    if (!mayStartAt(text, p, role)) continue;
    MARKER_RE.lastIndex = p;
    const m = MARKER_RE.exec(text);
    if (m === null) continue;
    // Go on after the match, rejected or not, as a global search would. A marker's own characters are
    // never quote marks or line breaks, so the quotation state misses nothing.
    p += m[0].length - 1;
    const g = m.slice(1).findIndex((x) => x !== undefined);
    const family = GROUP_FAMILY[g];
    const digits = m[g + 1];
    if (family === undefined || digits === undefined) continue;
    const ordinal = ordinalValue(digits);
    if (ordinal === null) continue;
    const start = m.index;
    const end = start + m[0].length;

    if (family === 'num') {
      // 1.5 / 2022. / 3.2万 : decimals and longer numbers are not markers — except at the start of a line,
      // where 3．10种有色金属… is item 3 (the ordinal order still has to hold).
      if (/[\d.．]/.test(text[start - 1] ?? '')) continue;
      if (/\d/.test(text[end] ?? '') && !boundaryBefore(text, start).atLineStart) continue;
    }
    if (family === 'cn' && startsNumeralRun(text, end)) continue;
    if (/[\s]/.test(text[end] ?? '') && family !== 'chapter') {
      // "一、 " followed by nothing on the line is a stray marker; allow one space before the title.
      const rest = text.slice(end, end + 3);
      if (/^\s*(\n|$)/.test(rest)) continue;
    }

    const { atLineStart, prev, prevPrev, spaced } = boundaryBefore(text, start);
    if (!atLineStart && !allowedAfter(family, prev, prevPrev) && !afterJoin(family, prev, spaced)) continue;
    if (quotes.inside(start)) continue;

    out.push({ start, end, marker: m[0], family, ordinal, atLineStart });
  }
  return out;
}
