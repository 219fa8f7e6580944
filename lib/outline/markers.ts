/**
 * Heading marker candidates: every place where a marker (一、 （一） 1. （1） 一是 第一， 第一部分) is written
 * at a position where a heading or an enumeration item may begin. Whether a candidate really is a heading is
 * decided later from the order of the ordinals (see sequence.ts); here we only throw out what can never be
 * one: markers inside words (统一是, 全省第一，), decimals (1.5), runs of numerals (一、二、三产业) and markers
 * inside quotes or book titles.
 */
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
// One alternation per family; the capture group that matched tells the family.
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
  'g',
);
const GROUP_FAMILY: MarkerFamily[] = ['chapter', 'cn', 'paren', 'parenNum', 'num', 'cnIs', 'di'];

/** Characters that end a sentence or open a list: a heading may follow them in flattened text. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '：', ':', '；', ';']);
/** In-paragraph enumerations (一是 第一，) may also follow a comma. */
const CLAUSE_END = new Set([...SENTENCE_END, '，', ',']);
const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '）', ')']);
const SPACE = /[ \t\u3000\u00a0]/;

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '『': '』' };
const CLOSERS = new Set(Object.values(OPENERS));
/** A quote left open this long is a stray character, not a quotation. */
const MAX_QUOTE = 120;

/**
 * Answers "is offset p inside a quotation?" for increasing p in one forward pass (linear overall).
 * Quotes never span a line break in these texts, so the state is reset at each newline.
 */
class QuoteTracker {
  private pos = 0;
  private openAt: number[] = [];

  constructor(private readonly text: string) {}

  inside(p: number): boolean {
    const { text } = this;
    for (; this.pos < p; this.pos++) {
      const c = text[this.pos]!;
      if (c === '\n' || c === '\r') this.openAt = [];
      else if (c in OPENERS) {
        // Chinese nests ‘’ inside “”, never “ inside “: a second “ means the first one was never closed.
        const top = this.openAt[this.openAt.length - 1];
        if (top !== undefined && text[top] === c) this.openAt.pop();
        this.openAt.push(this.pos);
      }
      else if (CLOSERS.has(c)) this.openAt.pop();
    }
    while (this.openAt.length > 0 && p - this.openAt[this.openAt.length - 1]! > MAX_QUOTE) this.openAt.pop();
    return this.openAt.length > 0;
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

export function findMarkerCandidates(text: string): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  const quotes = new QuoteTracker(text);
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(text); m !== null; m = MARKER_RE.exec(text)) {
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
