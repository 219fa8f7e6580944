/**
 * Reads the words around one quantity: what is measured (indicator), the verb (direction), the
 * qualifiers, and whether the value is shared out over several indicators (分别 / 均).
 *
 *   [全年][签约重点项目][不少于] 50个            → indicator 签约重点项目… direction 签约, qualifier 不少于
 *   [城乡居民人均可支配收入][分别][增长] 8%、10%[左右] → distributive 'each'
 *   [新增] 200家 [国家高新技术企业]              → value first: the indicator follows the value
 */
import {
  AFTER_QUALIFIERS,
  BASE_PHRASES,
  BEFORE_QUALIFIERS,
  DIRECTION_VERBS,
  LEADING_NOISE,
  LEADING_VERBS,
} from './vocabulary';
import { charTable } from '../text/char-table';
import { WordIndex } from './word-index';

const afterQualifiers = new WordIndex(AFTER_QUALIFIERS);
const basePhrases = new WordIndex(BASE_PHRASES);
const beforeQualifiers = new WordIndex(BEFORE_QUALIFIERS);
const directionVerbs = new WordIndex(DIRECTION_VERBS);
const leadingNoise = new WordIndex(LEADING_NOISE);
export const leadingVerbs = new WordIndex(LEADING_VERBS);

export interface Frame {
  indicator: string;
  /** Offset of the indicator's first character (or of the value when there is none). */
  indicatorStart: number;
  indicatorEnd: number;
  direction: string | null;
  beforeQualifier: string | null;
  afterQualifier: string | null;
  /** Offset just after the after-qualifier (or the value). */
  afterEnd: number;
  distributive: 'each' | 'all' | null;
  /** 比上年 / 同比 / 比2016年 …: a comparison base, written between indicator and verb. */
  base: string | null;
}

/** Characters that end a clause for the purpose of finding an indicator. */
// Quotes and brackets are not breaks: they sit inside names (新建“四好农村路”260公里, 示范村（社区）25个).
export const CLAUSE_BREAK = charTable('，。；：！？\n、《》…');
const MAX_CLAUSE = 60;

// Time expressions that open a clause: 2021年, 到2025年底, 1-11月份, *-*月份, ****年, 截至9月底.
const LEADING_TIME =
  /^(?:到|至|截至|截止|截至到)?(?:(?:\d{4}|[*＊xX]{4}|[〇零一二三四五六七八九]{4})年)?(?:底|末|全年|上半年|下半年|前三季度|[一二三四]季度)?(?:[\d*xX]{1,2}(?:-[\d*xX]{1,2})?月(?:份|底|末)?)?(?:[\d*xX]{1,2}日)?(?:以来|前|底|末)?/;
// Every non-empty LEADING_TIME match begins with one of these: other clause openings skip the regex.
const TIME_FIRST = charTable('到至截0123456789*＊xX〇零一二三四五六七八九底末全上下前以');
const SPACE_OR_DOT = /[\s,.·]/y;
const CONSECUTIVE = /(?:已)?连续[\d一二三四五六七八九十两]{1,3}年/y;
const LIAN = '连'.charCodeAt(0);
const YI = '已'.charCodeAt(0);

// 是2016年的3.9倍: a ratio to a base year. Every match ends with 的.
const SHI_BASE = /是(?:\d{4}年)?的$/;
const NOUN_VERB = /进行|开展|实施|参加|参与|享受|完成|获得|实现|接受|纳入|入选|进入|落地|开工|投产|建成/;
const SHARE_OF = /占(?:全国|全省|全市|全区|全州|全球|世界)(?:的)?(?:比重)?$/;
const SHARE_LAST = charTable('国省市区州球界的重');
// 比上年 / 较2016年同期: a comparison base. Every match ends with one of YEAR_BASE_LAST.
const YEAR_BASE = /(?:比|较|比较)(?:\d{4}年|上年|去年|年初)(?:同期|末|底)?$/;
const YEAR_BASE_LAST = charTable('年初期末底');
const DE = '的'.charCodeAt(0);
const ENUMERATION_COMMA = '、'.charCodeAt(0);

/** Characters that make a leading verb the start of a noun: 服务[业], 覆盖[率], 投入[量], 供应[链]. */
const NOUN_AFTER_VERB = charTable('业率额量值品者链面');
const HAO = '好'.charCodeAt(0);
const LIST_JOINER = charTable('和与及、');
const OPEN_PAREN = '（'.charCodeAt(0);
const CLOSE_PAREN = '）'.charCodeAt(0);

/**
 * Offset where the clause holding `pos` begins (after the last clause break before it). A bracket still
 * open at `pos` begins one too: 增长1.7%（同口径增长2.5%以上） — the aside measures what the clause before
 * it measured; a closed one is part of a name: 地区生产总值（GDP）增长5%.
 */
export function clauseStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_CLAUSE);
  let closed = 0;
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (CLAUSE_BREAK[c] === 1) return i + 1;
    if (c === CLOSE_PAREN) closed++;
    else if (c === OPEN_PAREN) {
      if (closed === 0) return i + 1;
      closed--;
    }
  }
  return floor;
}

/** Reads the frame of the quantity at [valueStart, valueEnd) in `text`. */
export function readFrame(text: string, valueStart: number, valueEnd: number): Frame {
  let a = clauseStart(text, valueStart);
  let b = valueStart;
  let direction: string | null = null;
  let beforeQualifier: string | null = null;
  let base: string | null = null;
  let distributive: Frame['distributive'] = null;

  // Right to left: qualifier, verb, base — in any order they are written (增长不低于, 不低于, 比上年增长).
  for (let guard = 0; guard < 6 && b > a; guard++) {
    const q: string | null = beforeQualifier === null ? beforeQualifiers.endingAt(text, b, a) : null;
    if (q) {
      beforeQualifier = q;
      if (q === '突破' || q === '超过') direction ??= q;
      b -= q.length;
      continue;
    }
    // Both patterns read at most the 12 characters before b; the last character rules most out unread.
    const last = text.charCodeAt(b - 1);
    const shi = direction === null && last === DE ? SHI_BASE.exec(text.slice(Math.max(a, b - 12), b)) : null;
    if (shi) {
      direction = '是';
      b -= shi[0].length;
      continue;
    }
    // 占全国44%: a share of a larger whole; what it is a share of is the sentence's subject.
    const share = direction === null && SHARE_LAST[last] === 1 ? SHARE_OF.exec(text.slice(Math.max(a, b - 8), b)) : null;
    if (share) {
      direction = '占';
      base = share[0];
      b -= share[0].length;
      continue;
    }
    const v: string | null = direction === null ? directionVerbs.endingAt(text, b, a) : null;
    if (v) {
      direction = v;
      b -= v.length;
      continue;
    }
    const yearBase = YEAR_BASE_LAST[last] === 1 ? YEAR_BASE.exec(text.slice(Math.max(a, b - 12), b)) : null;
    if (yearBase) {
      base = yearBase[0];
      b -= yearBase[0].length;
      continue;
    }
    const p = basePhrases.endingAt(text, b, a);
    if (p) {
      if (p.includes('分别') || p === '各') distributive = 'each';
      else if (p === '均' || p === '都') distributive = 'all';
      else base = p;
      b -= p.length;
      continue;
    }
    break;
  }

  // 一产、二产、三产增加值分别增长…: the indicator list itself is written with 、, so the head of a
  // distributive phrase reaches back over enumeration commas to the real clause start.
  if (distributive !== null) {
    while (a > 0 && text.charCodeAt(a - 1) === ENUMERATION_COMMA) a = clauseStart(text, a - 1);
  }

  // Left to right: scope, time and stance words, then a leading verb (value-first phrases).
  for (let guard = 0; guard < 8 && a < b; guard++) {
    const time = TIME_FIRST[text.charCodeAt(a)] === 1 ? LEADING_TIME.exec(text.slice(a, Math.min(b, a + 20))) : null;
    if (time && time[0].length > 0) {
      a += time[0].length;
      continue;
    }
    // 连续12年稳定在500亿斤以上: a run of years says how long, not what is measured.
    if (text.charCodeAt(a) === LIAN || text.charCodeAt(a) === YI) {
      CONSECUTIVE.lastIndex = a;
      if (CONSECUTIVE.test(text) && CONSECUTIVE.lastIndex <= b) {
        a = CONSECUTIVE.lastIndex;
        continue;
      }
    }
    SPACE_OR_DOT.lastIndex = a;
    if (SPACE_OR_DOT.test(text)) {
      a += 1;
      continue;
    }
    const noise = leadingNoise.startingAt(text, a, b);
    // 全国和自由贸易试验区负面清单条数: a scope joined to the next name is one of the names listed.
    if (noise && !(a + noise.length < b && LIST_JOINER[text.charCodeAt(a + noise.length)] === 1)) {
      a += noise.length;
      continue;
    }
    break;
  }
  const close = text.lastIndexOf('”', b - 1);
  if (close >= a && text.lastIndexOf('“', close) < a) a = close + 1;
  for (let guard = 0; guard < 2 && a < b; guard++) {
    const verb = leadingVerbs.startingAt(text, a, b);
    if (!verb) break;
    const next = a + verb.length;
    // 服务业 / 服务率: the verb begins a noun, which is the indicator.
    if (next < b && NOUN_AFTER_VERB[text.charCodeAt(next)] === 1) break;
    direction ??= verb;
    a = next;
    // 完成好65个 / 落实好…: 好 completes the verb.
    if (a < b && text.charCodeAt(a) === HAO) a++;
  }

  // After the value: qualifier (左右 / 以上 …).
  let afterQualifier: string | null = null;
  let afterEnd = valueEnd;
  const aq = afterQualifiers.startingAt(text, valueEnd);
  // 多 / 强 / 内 only when nothing name-like follows (5%内 yes, 多方 no): they must end the phrase.
  if (aq && (aq.length > 1 || valueEnd + 1 >= text.length || CLAUSE_BREAK[text.charCodeAt(valueEnd + 1)] === 1)) {
    afterQualifier = aq;
    afterEnd += aq.length;
  }

  let indicator = text.slice(a, b).trim();
  let indicatorStart = a;
  let indicatorEnd = b;
  if (indicator.length === 0) {
    // Value first: 新增200家国家高新技术企业 — the measured thing follows the value.
    const post = readFollowingNoun(text, afterEnd);
    if (post) {
      indicator = post.noun;
      indicatorStart = post.start;
      indicatorEnd = post.end;
    } else {
      indicatorStart = indicatorEnd = valueStart;
    }
  }
  return {
    indicator,
    indicatorStart,
    indicatorEnd,
    direction,
    beforeQualifier,
    afterQualifier,
    afterEnd,
    distributive,
    base,
  };
}

// Characters that end the noun after a value: breaks, digits, and the words that follow a noun.
const NOUN_STOP = charTable('，。；：！？\n、《》0123456789*的和与以等为达占是将');
/** An aside after a value (1.7%（同口径…）) names no counted thing. */
const ASIDE = /^（(?:同口径|按可比|可比|扣除|剔除|含|不含|其中|比|较|同比|增长|下降)/;
const MAX_NOUN = 16;
// A size class between value and noun: 打造4个[500亿级]现代产业集群. It always starts with a digit or a point.
const SIZE_CLASS = /^[\d.]+[十百千万亿]*级/;
const SIZE_CLASS_FIRST = charTable('0123456789.');

/** The noun right after a value (新增200家[国家高新技术企业]), up to 16 characters, or null. */
function readFollowingNoun(text: string, from: number): { noun: string; start: number; end: number } | null {
  const cls = SIZE_CLASS_FIRST[text.charCodeAt(from)] === 1 ? SIZE_CLASS.exec(text.slice(from, from + 8)) : null;
  const start = from + (cls ? cls[0].length : 0);
  const limit = Math.min(text.length, start + MAX_NOUN);
  let stop = start;
  while (stop < limit && NOUN_STOP[text.charCodeAt(stop)] !== 1) stop++;
  // X个省、市重点项目: a one-character part before 、 belongs to a listed name; read on past the comma.
  if (stop - start === 1 && text.charCodeAt(stop) === ENUMERATION_COMMA) {
    stop++;
    while (stop < limit && NOUN_STOP[text.charCodeAt(stop)] !== 1) stop++;
  }
  let noun = text.slice(start, stop).trim();
  if (ASIDE.test(noun)) return null;
  // 对10万名[适龄女童]进行HPV疫苗补助: the counted thing ends where the action begins.
  const verb = NOUN_VERB.exec(noun);
  if (verb && verb.index >= 2) noun = noun.slice(0, verb.index);
  if (noun.length < 2 || !/^[\u4e00-\u9fffA-Za-z“（]/.test(noun)) return null;
  return { noun, start: from, end: start + noun.length };
}
