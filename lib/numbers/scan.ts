/**
 * The quantity scanner: every number-with-unit in normalised report text, in document order.
 *
 * A hand-written left-to-right scanner rather than one large regular expression: the rules that separate a
 * quantity (6.5%, 1200万人, 一千二百万人, 百分之五, X%) from the numbers that are not one (2022年, 第九届,
 * 一批, PM2.5, “十四五”, X门) depend on the characters on both sides and on the unit, and each rule below
 * is short enough to read on its own. Every position is looked at a bounded number of times, so the pass
 * is linear on 150,000-character reports.
 *
 * Input must be normalised (lib/text/normalize.ts): ASCII digits, % . - ~ *, full-width ，：；（）.
 */
import type { Quantity } from './types';
import { CHINESE_BIG_UNITS, CHINESE_DIGITS, CHINESE_POINT, CHINESE_SMALL_UNITS, parseChineseNumeral } from './chinese-numeral';
import { canStartUnit, matchUnit, unitInfo, type UnitKind } from './units';

type Family = 'arabic' | 'chinese' | 'masked';

/** One number without its unit: 6.5, 一千二百, X, *.*. */
interface Atom {
  start: number;
  end: number;
  value: number | null;
  family: Family;
  /** Chinese only: 万/亿/万亿 at the end of the run, moved into the unit (一千二百万人 → 1200, 万人). */
  magnitude: string;
  /** Chinese only: the run is the single character 一 (一批, 一个, 一流: an article, not a count). */
  bareOne: boolean;
  /** Chinese only: digits without units (二〇一九, 三四): a year or "three or four", never a count. */
  positional: boolean;
  /** Chinese only: the run is 二 (二次招商, 二轮延包 are "second"; a count of two is written 两). */
  bareTwo: boolean;
  /** Chinese only: the run has no digit (百, 千, 千亿): a rough size (近百个) or an idiom (千家万户). */
  bareMagnitude: boolean;
  /** Chinese only: the run is several magnitudes (千亿, 百万), which reads as a number on its own. */
  multiMagnitude: boolean;
}

interface Candidate {
  q: Quantity;
  family: Family;
  kind: UnitKind | null;
  /**
   * Why this is not a quantity (a date, an ordinal, a name …), or null. Rejected candidates are kept until
   * the end so that an enumeration can see how it ends.
   */
  rejected: string | null;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isMaskChar = (c: number) => c === 0x2a /* * */ || c === 0x58 /* X */ || c === 0x78; /* x */
const isCjk = (c: number) => c >= 0x2e80;

/**
 * Clause boundaries after which a bare Arabic number may stand alone (细颗粒物浓度下降到35，). A line
 * break is not one: a number ending a line without punctuation is a label (附件1).
 */
const BOUNDARY = new Set(['，', '。', '；', '、', '！', '？']);
/** Words after a bare number that make it a value all the same: 35以上, 60左右. */
const BOUND_WORDS = ['以上', '以下', '左右', '以内'];
/** Characters before which a 1、 or 1. is a list marker rather than a number. */
const LINE_START = new Set(['\n', '。', '；', '：', '！', '？', ' ', '）', '”']);
/** What may follow a Chinese run besides a unit: 多/余/几 (十多个), 成 (两成), a range (一至两个). */
const TAIL_START = new Uint8Array(0x10000);
for (const ch of '多余几成至到—-~') TAIL_START[ch.charCodeAt(0)] = 1;
/** Joiners of an enumeration whose last number carries the unit: 3.9、1.1、1.3倍. */
const JOINERS = new Set(['、', '和', '与', '及', '或']);
/** After 一成/两成…: words that make 成 a verb or a noun (三成为, 两成果), not 10 %. */
const CHENG_WORDS = '为本果效绩员立就交都熟长品型片功';
/** Before a bare magnitude (近百个, 超千亿元): these make 百/千 a rough number; without them it is an idiom. */
const ROUGH_BEFORE = '近超逾约上过';
/** Units that name a place or institution after a masked X (与X所签订, 在X处): a name, not a count. */
const NAME_UNITS = new Set(['所', '处', '部', '场', '院']);
const NAME_PREPOSITIONS = '与同在向';
/** Party and government rules named by a count, quoted without quotation marks in every report. */
const NAMED_COUNTS = ['八项规定'];
/** Longest quotation/title whose numbers are part of a name (“十四五”, “两个确立”, 《十条措施》). */
const MAX_NAME_QUOTE = 30;
const MAX_TITLE = 150;
/** Characters around a number that the rejection rules test first: 第N, 前N名, 每N, 劣N类, N级. */
const ORDINAL_PREFIX = '第'.charCodeAt(0);
const RANK_PREFIX = '前'.charCodeAt(0);
const PER_PREFIX = '每'.charCodeAt(0);
const GRADE_PREFIX = '劣'.charCodeAt(0);
const CLASS_SUFFIX = '级'.charCodeAt(0);
/** What may follow a number before its unit: 多/余/几 (120多亿元, 992余人次, 十几个), 成 (两成). */
const MORE = '多'.charCodeAt(0);
const ODD = '余'.charCodeAt(0);
const SEVERAL = '几'.charCodeAt(0);
const TENTHS = '成'.charCodeAt(0);

/** Opening marks of a name span and their closing marks: “…” 「…」 《…》. */
const NAME_OPENERS = ['“', '「', '《'];
const NAME_CLOSERS = [0x201d, 0x300d, 0x300b];
/** Index of 《 in NAME_OPENERS: book titles may be longer than quotations. */
const TITLE = 2;

/**
 * Spans of short quotations and book titles. Numbers inside them are names and slogans: “四个意识”,
 * “15分钟生活圈”, “1+1+6+N”, 《**区助企增效十条激励措施》.
 *
 * The spans are found left to right (a span that closes is skipped whole, a mark that does not close is
 * passed by) and only as far as the scanner asks: `contains` is called with (almost) increasing positions,
 * so each span is produced once. Opening marks are found with indexOf, which is far cheaper than looking
 * at every character of the text in a script loop.
 */
class NameSpans {
  private readonly text: string;
  /** Next occurrence of each opening mark at or after `from` (or -1 when there is none left). */
  private readonly nextOpen: number[] = [-2, -2, -2];
  /** Where the left-to-right search for the next span resumes. */
  private from = 0;
  /** Which opening mark (index into NAME_OPENERS) nextOpener found last. */
  private openKind = 0;
  /** The current span [start, end), or end = -1 when there is none left. */
  private start = -1;
  private end = 0;

  constructor(text: string) {
    this.text = text;
  }

  /**
   * Whether `pos` is strictly inside the first span that does not end at or before `pos`. (Spans passed by
   * an earlier call are not looked at again, as with a cursor over a sorted list.)
   */
  contains(pos: number): boolean {
    while (this.end !== -1 && this.end <= pos) this.advance();
    return this.end !== -1 && this.start < pos && pos < this.end;
  }

  /** Find the next span at or after `from`. */
  private advance(): void {
    const text = this.text;
    const n = text.length;
    for (;;) {
      const open = this.nextOpener();
      if (open < 0) {
        this.end = -1;
        return;
      }
      const kind = this.openKind;
      const close = NAME_CLOSERS[kind]!;
      const openCode = text.charCodeAt(open);
      const limit = Math.min(n, open + 1 + (kind === TITLE ? MAX_TITLE : MAX_NAME_QUOTE));
      let j = open + 1;
      for (; j < limit; j++) {
        const c = text.charCodeAt(j);
        if (c === close || c === openCode || c === 0x0a) break;
      }
      if (j < limit && text.charCodeAt(j) === close) {
        this.start = open;
        this.end = j + 1;
        this.from = j + 1;
        return;
      }
      this.from = open + 1;
    }
  }

  /** The first opening mark at or after `from`, or -1; its index in NAME_OPENERS goes to `openKind`. */
  private nextOpener(): number {
    let best = -1;
    for (let m = 0; m < NAME_OPENERS.length; m++) {
      let at = this.nextOpen[m]!;
      if (at !== -1 && at < this.from) {
        at = this.text.indexOf(NAME_OPENERS[m]!, this.from);
        this.nextOpen[m] = at;
      }
      if (at !== -1 && (best === -1 || at < best)) {
        best = at;
        this.openKind = m;
      }
    }
    return best;
  }
}

/** Read an Arabic number (6.5, 61002) or a digit-and-mask mix (20**) starting at a digit. */
function readArabic(text: string, i: number): Atom {
  // The digits as an integer and a power of ten (6.5 → 65 / 10), read without slicing the text.
  let mantissa = 0;
  let scale = 1;
  let j = i;
  for (let c = text.charCodeAt(j); isDigit(c); c = text.charCodeAt(++j)) mantissa = mantissa * 10 + (c - 0x30);
  if (text.charCodeAt(j) === 0x2e && isDigit(text.charCodeAt(j + 1))) {
    j++;
    for (let c = text.charCodeAt(j); isDigit(c); c = text.charCodeAt(++j)) {
      mantissa = mantissa * 10 + (c - 0x30);
      scale *= 10;
    }
  }
  // Up to 15 digits both numbers are exact, and one correctly rounded division gives the same double as
  // parsing the decimal; longer numbers are parsed from the text.
  const digits = j - i - (scale === 1 ? 0 : 1);
  const value = digits <= 15 ? mantissa / scale : Number(text.slice(i, j));
  const atom = plainAtom(i, j, value, 'arabic');
  if (isMaskChar(text.charCodeAt(j)) && text.charCodeAt(j) === 0x2a) {
    // 20**年: partly masked is masked.
    const rest = readMask(text, j);
    return { ...atom, end: rest.end, value: null, family: 'masked' };
  }
  return atom;
}

/** Read a placeholder: X, XX, x, *, **, *.*, X.X, **.*. */
function readMask(text: string, i: number): Atom {
  const c0 = text.charCodeAt(i);
  // A run of one kind of mark: * runs and X runs; x only alone or doubled (xx).
  const same = (c: number) => (c0 === 0x2a ? c === 0x2a : c === 0x58 || c === 0x78);
  let j = i;
  while (same(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 0x2e && (same(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1)))) {
    j++;
    while (same(text.charCodeAt(j)) || isDigit(text.charCodeAt(j))) j++;
  }
  return plainAtom(i, j, null, 'masked');
}

function plainAtom(start: number, end: number, value: number | null, family: Family): Atom {
  return {
    start,
    end,
    value,
    family,
    magnitude: '',
    bareOne: false,
    positional: false,
    bareTwo: false,
    bareMagnitude: false,
    multiMagnitude: false,
  };
}

/** Numeral characters by UTF-16 code: 1 digit (一 两 〇), 2 unit (十 百 千 万 亿). A table keeps the hot loop cheap. */
const NUMERAL = new Uint8Array(0x10000);
for (const ch of CHINESE_DIGITS.keys()) NUMERAL[ch.charCodeAt(0)] = 1;
for (const ch of [...CHINESE_SMALL_UNITS.keys(), ...CHINESE_BIG_UNITS.keys()]) NUMERAL[ch.charCodeAt(0)] = 2;
/** Characters at which something may start: digits, masks, numerals, 翻 (翻一番). */
const STARTS = new Uint8Array(0x10000);
// From the numeral keys, not a pass over all 65,536 codes (module load is on the background's cold path).
for (const ch of [...CHINESE_DIGITS.keys(), ...CHINESE_SMALL_UNITS.keys(), ...CHINESE_BIG_UNITS.keys(), ...'0123456789Xx*翻']) {
  STARTS[ch.charCodeAt(0)] = 1;
}

const isChineseDigit = (ch: string | undefined) => ch !== undefined && NUMERAL[ch.charCodeAt(0)] === 1;
const isChineseUnit = (ch: string | undefined) => ch !== undefined && NUMERAL[ch.charCodeAt(0)] === 2;

/** End of the run of Chinese numeral characters at `i` (点 only between digits: 三点五). */
function chineseRunEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = text.charCodeAt(j);
    if (NUMERAL[c]) j++;
    else if (c === POINT && j > i && NUMERAL[text.charCodeAt(j - 1)] === 1 && NUMERAL[text.charCodeAt(j + 1)] === 1) j++;
    else return j;
  }
}
const POINT = CHINESE_POINT.charCodeAt(0);
/** Magnitudes at the end of a Chinese run that move into the unit, longest first. */
const MAGNITUDE_SUFFIXES = ['万亿', '亿', '万'];
/** 十 百 千 (and 拾 佰 仟): the numeral characters that also begin units such as 千瓦, 千米, 百分点. */
const SMALL_UNIT = new Uint8Array(0x10000);
for (const ch of CHINESE_SMALL_UNITS.keys()) SMALL_UNIT[ch.charCodeAt(0)] = 1;

/** A Chinese run [start, end) as an atom, or null when it is not one number (十四五, 亿万). */
function chineseAtom(text: string, start: number, end: number): Atom | null {
  let run = text.slice(start, end);
  let magnitude = '';
  // 一千二百万人 → 1200 万人, like 1200万人; 近千亿元 → 1000 亿元.
  for (const m of MAGNITUDE_SUFFIXES) {
    if (run.length > m.length && run.endsWith(m) && text.charCodeAt(end - m.length - 1) !== POINT) {
      magnitude = m;
      run = run.slice(0, -m.length);
      break;
    }
  }
  const value = parseChineseNumeral(run);
  if (value === null) return null;
  // Digits and units of the whole run (run + magnitude is text[start, end)).
  let digits = 0;
  let units = 0;
  for (let k = start; k < end; k++) {
    const kind = NUMERAL[text.charCodeAt(k)];
    if (kind === 1) digits++;
    else if (kind === 2) units++;
  }
  return {
    start,
    end,
    value,
    family: 'chinese',
    magnitude,
    bareOne: run === '一' && magnitude === '',
    positional: units === 0 && digits >= 2,
    bareTwo: run === '二' && magnitude === '',
    bareMagnitude: digits === 0,
    multiMagnitude: digits === 0 && units >= 2,
  };
}

/**
 * Read a Chinese run at `i`. When the run ends in 千/百/十 and that character starts a unit (五千瓦,
 * 十二万千瓦), the character belongs to the unit: 千瓦 is the unit, not 千 of the number.
 */
function readChinese(text: string, i: number): Atom | null {
  let end = chineseRunEnd(text, i);
  if (end - i >= 2 && SMALL_UNIT[text.charCodeAt(end - 1)] === 1) {
    const unit = matchUnit(text, end - 1);
    // Only a base unit spelled with the character (千瓦, 千米, 百分点), not 百 + 户 of a generated 百户.
    if (unit !== null && unit.unit.length >= 2 && unit.multiplier === 1 && unit.kind !== 'magnitude') end -= 1;
  }
  return chineseAtom(text, i, end);
}

/** The atom starting at `i` if any number starts there. */
function readAtom(text: string, i: number): Atom | null {
  const c = text.charCodeAt(i);
  if (isDigit(c)) return readArabic(text, i);
  if (isMaskChar(c)) return readMask(text, i);
  if (NUMERAL[c]! > 0) return readChinese(text, i);
  return null;
}

interface Tail {
  end: number;
  unit: string;
  kind: UnitKind | null;
  innerQualifier: string | null;
  /** Value multiplier from a percent word (两成 → ×10). */
  percentWord: boolean;
}

/** What follows an atom: 多/余/几, the unit (万余人, 微克/立方米), or 成 as a percent word. */
function readTail(text: string, atom: Atom): Tail {
  let p = atom.end;
  let innerQualifier: string | null = null;
  const q = text.charCodeAt(p);
  if (q === MORE || q === ODD || (q === SEVERAL && atom.family === 'chinese')) {
    innerQualifier = text[p]!;
    p++;
  }
  // 两成, 三成以上, 8成: 成 as tenths, from a single digit only.
  if (
    innerQualifier === null &&
    text.charCodeAt(p) === TENTHS &&
    atom.value !== null &&
    Number.isInteger(atom.value) &&
    atom.value >= 1 &&
    atom.value <= 9 &&
    atom.magnitude === '' &&
    !CHENG_WORDS.includes(text[p + 1] ?? '') &&
    !(atom.bareOne && text[p + 1] === '不')
  ) {
    return { end: p + 1, unit: '%', kind: 'percent', innerQualifier: null, percentWord: true };
  }
  let unit = '';
  let kind: UnitKind | null = null;
  let m = matchUnit(text, p);
  if (m !== null) {
    unit = m.unit;
    kind = m.kind;
    p = m.end;
    // 5万余人, 3000余万元 is handled above; here 1.2万多家: the qualifier sits inside the unit.
    const q2 = text.charCodeAt(p);
    if (m.kind === 'magnitude' && innerQualifier === null && (q2 === MORE || q2 === ODD)) {
      const base = matchUnit(text, p + 1);
      innerQualifier = text[p]!;
      p++;
      if (base !== null && base.kind !== 'magnitude') {
        unit += base.unit;
        kind = base.kind;
        p = base.end;
      }
    }
    // 10万P, 1.5亿kWh: a Latin unit after a magnitude is part of the unit (5G alone is a name, see below).
    if (m.kind === 'magnitude' && isLatin(text.charCodeAt(p))) {
      let e = p;
      while (isLatin(text.charCodeAt(e)) && e - p < 4) e++;
      if (!isLatin(text.charCodeAt(e)) && !isDigit(text.charCodeAt(e))) {
        unit += text.slice(p, e);
        p = e;
      }
    }
    // 元/吨, 吨/公顷: a rate written with a slash, when the lexicon does not have it whole.
    if (text.charCodeAt(p) === 0x2f /* / */ && !unit.includes('/')) {
      const per = matchUnit(text, p + 1);
      if (per !== null && per.kind !== 'magnitude') {
        unit += '/' + per.unit;
        p = per.end;
      }
    }
  }
  if (atom.magnitude !== '') {
    // The Chinese run's own 万/亿 joins the unit: 一千二百万人 → 万人, 十二万千瓦 → 万千瓦.
    unit = atom.magnitude + unit;
    const info = unitInfo(unit);
    if (m === null) kind = 'magnitude';
    else if (info !== null) kind = info.kind;
  }
  return { end: p, unit, kind, innerQualifier, percentWord: false };
}

interface Connector {
  length: number;
  weak: boolean;
}
/** The connectors, shared (read only): connectorAt runs after every number. */
const CONNECTOR: Connector = { length: 1, weak: false };
const DOUBLE_DASH: Connector = { length: 2, weak: false };
const WEAK_CONNECTOR: Connector = { length: 1, weak: true };
const EM_DASH = 0x2014; // —
const EN_DASH = 0x2013; // –
const TO = '至'.charCodeAt(0);
const REACH = '到'.charCodeAt(0);

/** A range connector at `p` (6%—6.5%, 5%至6%, 5%-6%, 5%~6%, 1至2个), or null. */
function connectorAt(text: string, p: number): Connector | null {
  const c = text.charCodeAt(p);
  if (c === EM_DASH) return text.charCodeAt(p + 1) === EM_DASH ? DOUBLE_DASH : CONNECTOR;
  if (c === 0x2d /* - */ || c === EN_DASH || c === 0x7e /* ~ */ || c === TO) return CONNECTOR;
  // 到 is also "to reach" (下降到35): only a connector between two numbers with the same unit.
  if (c === REACH) return WEAK_CONNECTOR;
  return null;
}

function sameFamily(a: Family, b: Family): boolean {
  return a === b || (a !== 'chinese' && b !== 'chinese');
}

/**
 * Scan normalised text for quantities. Returns them in document order; see the module comment and the
 * tests for the shapes accepted and the numbers deliberately left out.
 */
export function scanQuantities(text: string): Quantity[] {
  const candidates = scanCandidates(text);
  resolveEnumerations(text, candidates);
  const out: Quantity[] = [];
  for (const c of candidates) if (c.rejected === null) out.push(c.q);
  return out;
}

function scanCandidates(text: string): Candidate[] {
  const n = text.length;
  const names = new NameSpans(text);
  const inName = (pos: number) => names.contains(pos);

  const candidates: Candidate[] = [];
  let i = 0;
  while (i < n) {
    // Most of the text is words: skip to the next character at which a number may start in a tight loop.
    while (i < n && STARTS[text.charCodeAt(i)] === 0) i++;
    if (i === n) break;
    const c = text.charCodeAt(i);
    // Percent words: 百分之五, 百分之三点五, 千分之三.
    if ((c === 0x767e /* 百 */ || c === 0x5343) /* 千 */ && text.startsWith('分之', i + 1)) {
      const next = readPercentWord(text, i);
      if (next !== null) {
        candidates.push({ q: next, family: 'chinese', kind: 'percent', rejected: inName(i) ? 'name' : text[i - 1] === '第' ? 'ordinal' : null });
        i = next.end;
        continue;
      }
    }
    // 翻一番 (×2), 翻两番 (×4).
    if (c === 0x7ffb /* 翻 */) {
      const d = text[i + 1];
      if (isChineseDigit(d) && text[i + 2] === '番') {
        const times = 2 ** CHINESE_DIGITS.get(d!)!;
        candidates.push({
          q: quantity(text, i, i + 3, times, null, '倍', false, false, null, true),
          family: 'chinese',
          kind: 'ratio',
          rejected: inName(i) ? 'name' : null,
        });
        i += 3;
        continue;
      }
    }
    if (NUMERAL[c] !== 0) {
      // Most numeral characters are inside words (统一, 进一步, 一体化): skip a run that cannot be
      // followed by a unit or a qualifier without building anything for it.
      const end = chineseRunEnd(text, i);
      const next = text.charCodeAt(end);
      const last = text.charCodeAt(end - 1);
      if (!canStartUnit(next) && TAIL_START[next] !== 1 && !(NUMERAL[last] === 2 && canStartUnit(last))) {
        i = end;
        continue;
      }
    }
    const atom = readAtom(text, i);
    if (atom === null) {
      // A Chinese run that is not one number (十四五) is skipped whole, so that 四五 is not read from it.
      i = NUMERAL[c]! > 0 ? chineseRunEnd(text, i) : i + 1;
      continue;
    }
    const result = readQuantity(text, atom, inName);
    if (result.candidate !== null) candidates.push(result.candidate);
    i = Math.max(result.next, i + 1);
  }
  return candidates;
}

function readPercentWord(text: string, i: number): Quantity | null {
  const start = i + 3;
  let atom: Atom | null = null;
  if (isDigit(text.charCodeAt(start))) atom = readArabic(text, start);
  else if (isChineseDigit(text[start]) || isChineseUnit(text[start])) {
    atom = chineseAtom(text, start, chineseRunEnd(text, start));
  }
  if (atom === null || atom.value === null || atom.magnitude !== '') return null;
  const unit = text[i] === '百' ? '%' : '‰';
  return quantity(text, i, atom.end, atom.value, null, unit, false, false, null, atom.family === 'chinese');
}

function quantity(
  text: string,
  start: number,
  end: number,
  value: number | null,
  valueMax: number | null,
  unit: string,
  masked: boolean,
  isRange: boolean,
  innerQualifier: string | null,
  chinese: boolean,
): Quantity {
  return { start, end, raw: text.slice(start, end), value, valueMax, unit, masked, isRange, innerQualifier, chinese };
}

/** Skip an alphanumeric run (PM2.5, G20, 5G, C919) so that none of its digits is read as a number. */
function skipWord(text: string, p: number): number {
  let j = p;
  for (;;) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || isLatin(c) || ((c === 0x2e || c === 0x2d) && isDigit(text.charCodeAt(j + 1)))) j++;
    else return j;
  }
}

function readQuantity(
  text: string,
  atom: Atom,
  inName: (pos: number) => boolean,
): { candidate: Candidate | null; next: number } {
  const before = text.charCodeAt(atom.start - 1);
  const after = text.charCodeAt(atom.end);

  if (atom.family !== 'chinese') {
    // Glued to Latin letters: PM2.5, G20, C919 (before); 5G, 4A级 (after); X in a Latin word.
    if (isLatin(before) || isLatin(after)) return { candidate: null, next: skipWord(text, atom.end) };
    // Formula-like names: 1+1+6+N, 3+3+N, *+*.
    if (before === 0x2b || after === 0x2b) return { candidate: null, next: skipWord(text, atom.end + 1) };
    // Ratios, times and fractions: 1:1, 10:30, 1：1, 2/3, version numbers 1.2.3.
    if (before === 0x3a || before === 0x2f || before === 0x2e) return { candidate: null, next: atom.end };
    if (before === 0xff1a && isDigit(text.charCodeAt(atom.start - 2))) return { candidate: null, next: atom.end };
    // COVID-19: a hyphen after a Latin word.
    if (before === 0x2d && isLatin(text.charCodeAt(atom.start - 2))) return { candidate: null, next: atom.end };
  }

  // A minus sign directly before the number, after Chinese or clause punctuation: 全市增速为-*%.
  let start = atom.start;
  let sign = 1;
  if (before === 0x2d && (atom.start < 2 || isCjk(text.charCodeAt(atom.start - 2)) || text[atom.start - 2] === ' ')) {
    start--;
    sign = -1;
  }

  const tail = readTail(text, atom);
  let end = tail.end;
  let unit = tail.unit;
  let kind = tail.kind;
  let value = atom.value === null ? null : (tail.percentWord ? atom.value * 10 : atom.value) * sign;
  let valueMax: number | null = null;
  let isRange = false;
  let innerQualifier = tail.innerQualifier;
  let masked = atom.family === 'masked';
  const chinese = atom.family === 'chinese';

  // Ranges: 6%—6.5%, 6—6.5%, 5%至6%, 1至2个.
  const conn = tail.percentWord ? null : connectorAt(text, end);
  if (conn !== null) {
    const second = readAtom(text, end + conn.length);
    if (second !== null && second.start === end + conn.length && sameFamily(atom.family, second.family)) {
      const tail2 = readTail(text, second);
      const u1 = unit;
      const u2 = tail2.unit;
      const compatible =
        !tail2.percentWord &&
        !isLatin(text.charCodeAt(second.end)) &&
        (conn.weak ? u2 !== '' && (u1 === '' || u1 === u2) : u1 === '' || u1 === u2 || (kind === 'magnitude' && u2.startsWith(u1)));
      if (compatible) {
        isRange = true;
        end = tail2.end;
        unit = u2;
        kind = tail2.kind;
        masked = masked || second.family === 'masked';
        valueMax = second.value;
        innerQualifier = innerQualifier ?? tail2.innerQualifier;
        atom = { ...atom, bareOne: false, bareMagnitude: atom.bareMagnitude && second.bareMagnitude };
      }
    }
  }
  if (masked) {
    value = null;
    valueMax = null;
  }

  const q = quantity(text, start, end, value, valueMax, unit, masked, isRange, innerQualifier, chinese);
  const rejected = rejectReason(text, atom, q, kind, before, inName);
  return { candidate: { q, family: atom.family, kind, rejected }, next: end };
}

/**
 * Why a read quantity is not one (for debugging and tests), or null when it is. The rules, in order:
 * names and titles, ordinals, years and periods, class words, and the Chinese-numeral rules.
 */
function rejectReason(
  text: string,
  atom: Atom,
  q: Quantity,
  kind: UnitKind | null,
  before: number,
  inName: (pos: number) => boolean,
): string | null {
  // Character codes, not one-character strings: this runs for every candidate. NaN at either end of the text.
  const prevCode = text.charCodeAt(q.start - 1);
  if (inName(q.start)) return 'name'; // “十四五”, “四个中心、三个示范区”, 《十条措施》
  if (prevCode === ORDINAL_PREFIX) return 'ordinal'; // 第九届, 第一次会议, 第二批, 第1
  if (prevCode === RANK_PREFIX && (q.unit === '位' || q.unit === '名')) return 'rank'; // 前10位, 前三名
  if (prevCode === PER_PREFIX) return 'denominator'; // 每10万人口
  if (prevCode === GRADE_PREFIX && q.unit.endsWith('类')) return 'grade'; // 劣五类水体 (劣V类: a water quality grade)
  if (text.charCodeAt(q.end) === CLASS_SUFFIX) return 'class'; // 千亿级, 百亿元级, 3A级
  if (kind === 'magnitude' && q.unit.length > 0 && atom.family === 'chinese') return 'bare magnitude';

  if (q.unit === '年') {
    // 2022年, 2020—2022年, ****年, 二〇一九年; 今后五年, 五年来 (Chinese numerals + 年 are periods).
    if (atom.family !== 'arabic' || q.masked) return 'year';
    if ((q.value !== null && Math.abs(q.value) >= 1000) || (q.valueMax !== null && q.valueMax >= 1000)) return 'year';
  }
  // Arabic numbers with a unit (most candidates) need nothing more.
  if (atom.family === 'arabic') return q.unit === '' ? bareNumberReason(text, q) : null;

  const prev = text[q.start - 1] ?? '';
  const next = text[q.end] ?? '';
  const base = q.unit.replace(/^(万亿|十万|百万|千万|十亿|百亿|千亿|万|亿|十|百|千)/, '');
  if (atom.family === 'masked') {
    if (q.unit === '') return 'masked name'; // X门, XX同志, XXX：
    if (NAME_UNITS.has(base) && NAME_PREPOSITIONS.includes(prev)) return 'masked name'; // 与X所签订
    if (text.charCodeAt(q.start - 1) === 0x2e || isDigit(before)) return 'masked fragment';
    return null;
  }

  if (atom.family === 'chinese') {
    // Chinese numerals are words as often as numbers: they need a unit (or a percent word) to count.
    if (q.unit === '' || kind === null) return 'chinese without unit';
    if (base === '度' || base === '期') return 'chinese phase'; // 一期工程, 两度
    if (atom.positional) return 'positional'; // 三四轮车 ("three- or four-wheeled"), 二〇一九
    if (q.value === 0) return 'zero'; // 零部件, 零距离
    if (base === '次' && isSession(text, q.start, q.end)) return 'session'; // 十二届五次全会, 二次党代会
    if (atom.bareTwo && kind === 'count') return 'second'; // 二次招商, 二轮延包
    if (atom.bareOne && q.unit === base && kind !== 'ratio' && kind !== 'points' && kind !== 'percent') {
      return 'bare one'; // 一批, 一个, 一流, 一次性, 最后一公里
    }
    if (atom.bareMagnitude && !atom.multiMagnitude && (prev === '' || !ROUGH_BEFORE.includes(prev))) return 'idiom'; // 千家万户
    if ('数几'.includes(prev) && prev !== '') return 'vague'; // 数十家, 几百个
    if (isChineseDigit(next) || isChineseUnit(next)) return 'slogan'; // 五个十工程, 三个一批
    if (NAMED_COUNTS.some((w) => text.startsWith(w, q.start))) return 'named rule'; // 中央八项规定
    return null;
  }
  return null;
}

/** Why an Arabic number without a unit is not a value (a list marker, a year, a label …), or null. */
function bareNumberReason(text: string, q: Quantity): string | null {
  const prev = text[q.start - 1] ?? '';
  const next = text[q.end] ?? '';
  // List markers: 1、 at the start of a line or after a sentence.
  if ((next === '、' || next === '.') && (q.start === 0 || LINE_START.has(prev))) return 'list marker';
  // A bare year: 2021、2022.
  if (!q.isRange && q.value !== null && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100) {
    return 'year';
  }
  if (next === ':' || (next === '：' && isDigit(text.charCodeAt(q.end + 1)))) return 'ratio'; // 1：3.4
  if (q.end === text.length || BOUND_WORDS.some((w) => text.startsWith(w, q.end))) return null;
  // 35，/ 35。 / 3.9、1.1、1.3倍 (an enumeration of values); but 京东、金山、360、科大讯飞 is a list of names.
  if (next === '、') return isDigit(text.charCodeAt(q.end + 1)) ? null : 'name in a list';
  if (BOUNDARY.has(next)) return null;
  return 'bare number'; // 1号线, 3月, 500强, 4.0版, 1100多种
}

/** Words after N次 that make it the N-th session or round (五次全会, 二次党代会) or a kind (三次产业). */
const SESSION_WORDS = ['全会', '全体会议', '会议', '党代会', '代表大会', '常委会', '产业'];

/**
 * 十二届五次全会, 七次、八次、九次全会: N次 is an ordinal when a session word follows it (possibly after
 * more N次 joined by 、) or when 届 comes right before it.
 */
function isSession(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '届') return true;
  let p = end;
  // Skip the rest of an enumeration of sessions: 、八次、九次.
  while (text[p] === '、') {
    const runEnd = chineseRunEnd(text, p + 1);
    if (runEnd === p + 1 || text[runEnd] !== '次') break;
    p = runEnd + 1;
  }
  return SESSION_WORDS.some((w) => text.startsWith(w, p));
}

/**
 * Enumerations whose last number carries the unit (3.9、1.1、1.3倍 → each 倍). A bare number followed by 、
 * and a rejected one is part of the same non-quantity (1、2、3号线).
 */
function resolveEnumerations(text: string, candidates: Candidate[]): void {
  for (let k = candidates.length - 2; k >= 0; k--) {
    const cur = candidates[k]!;
    const nxt = candidates[k + 1]!;
    if (cur.q.unit !== '' || cur.family === 'chinese' || nxt.family === 'chinese') continue;
    const gap = text.slice(cur.q.end, nxt.q.start);
    if (gap.length !== 1 || !JOINERS.has(gap)) continue;
    if (nxt.rejected !== null) {
      if (gap === '、' && nxt.q.unit === '' && cur.rejected === null) cur.rejected = 'enumeration of non-quantities';
      continue;
    }
    if (nxt.q.unit === '') continue;
    // Only a number rejected for lacking a unit takes the unit of the enumeration's end.
    if (cur.rejected !== null && cur.rejected !== 'bare number' && cur.rejected !== 'masked name') continue;
    cur.q.unit = nxt.q.unit;
    cur.kind = nxt.kind;
    cur.rejected = null;
  }
}

/** For tests and debugging: every candidate the scanner read, with the reason it was dropped (or null). */
export function explainScan(text: string): Array<{ raw: string; start: number; rejected: string | null }> {
  const candidates = scanCandidates(text);
  resolveEnumerations(text, candidates);
  return candidates.map((c) => ({ raw: c.q.raw, start: c.q.start, rejected: c.rejected }));
}
