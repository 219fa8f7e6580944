/**
 * Chinese numerals: 一千二百万, 二百二十五, 两千, 一万零五百, 三点五, 二〇一九, and the financial forms 壹贰叁….
 *
 * Reports write counts and amounts in Chinese when they read as words (两成, 一千二百万人, 翻两番), so the
 * scanner needs the value; it also needs a strict "is this a number at all" answer, because runs such as
 * 十四五 (the 14th five-year plan) or 亿万 are names and idioms, not numbers — hence null rather than a guess.
 */

/** Digit characters and their values (〇 and 零 both 0; 两 is 2 before a unit). */
export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
  // Financial (anti-forgery) forms, used in budgets and contracts.
  ['壹', 1], ['贰', 2], ['貳', 2], ['叁', 3], ['參', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['陸', 6],
  ['柒', 7], ['捌', 8], ['玖', 9], ['兩', 2],
]);

/** Units inside a four-digit section. */
export const CHINESE_SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['百', 100], ['千', 1000], ['拾', 10], ['佰', 100], ['仟', 1000],
]);

/** Section units: 万 = 10^4, 亿 = 10^8 (万亿 = 10^12 is 万 then 亿). */
export const CHINESE_BIG_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8],
]);

/** The decimal point in a spoken number (三点五). */
export const CHINESE_POINT = '点';

/**
 * The maps above as tables by UTF-16 code, for parseInteger: the scanner parses a numeral at nearly every
 * Chinese number word, and a table lookup is cheaper than a Map lookup of a one-character string.
 * KIND says what a character is; VALUE holds a digit's value or a unit's power of ten (百 → 2, 亿 → 8).
 */
const NONE = 0;
const DIGIT = 1;
const SMALL_UNIT = 2;
const BIG_UNIT = 3;
const KIND = new Uint8Array(0x10000);
const VALUE = new Uint8Array(0x10000);
for (const [ch, d] of CHINESE_DIGITS) {
  KIND[ch.charCodeAt(0)] = DIGIT;
  VALUE[ch.charCodeAt(0)] = d;
}
for (const [units, kind] of [[CHINESE_SMALL_UNITS, SMALL_UNIT], [CHINESE_BIG_UNITS, BIG_UNIT]] as const) {
  for (const [ch, v] of units) {
    KIND[ch.charCodeAt(0)] = kind;
    VALUE[ch.charCodeAt(0)] = Math.round(Math.log10(v));
  }
}

export function isChineseNumeralChar(ch: string): boolean {
  return CHINESE_DIGITS.has(ch) || CHINESE_SMALL_UNITS.has(ch) || CHINESE_BIG_UNITS.has(ch);
}

/**
 * Value of an integer written with units (二百二十五, 一万零五百, 一千二百万) or positionally (二〇一九), or
 * null when the run is not a well-formed number (十四五, 百千, 亿万).
 */
function parseInteger(s: string): number | null {
  if (s.length === 0) return null;
  let hasUnit = false;
  for (let k = 0; k < s.length; k++) {
    const kind = KIND[s.charCodeAt(k)];
    if (kind === SMALL_UNIT || kind === BIG_UNIT) hasUnit = true;
    else if (kind === NONE) return null;
  }
  if (!hasUnit) {
    // Positional: 二〇一九 = 2019 (years, codes). 两 is never positional.
    if (s.includes('两') || s.includes('兩')) return s.length === 1 ? 2 : null;
    let v = 0;
    for (let k = 0; k < s.length; k++) v = v * 10 + VALUE[s.charCodeAt(k)]!;
    return v;
  }

  let result = 0; // parts already multiplied by 亿
  let belowYi = 0; // parts multiplied by 万 since the last 亿
  let section = 0; // the current four-digit section
  let pending: number | null = null; // a digit waiting for its unit
  let lastSmall = 1e5; // small units must decrease within a section: 千 > 百 > 十
  let lastUnit = 0; // most recent unit value, for the shorthand 一万五 = 15000
  let zeroSince = false; // a 零 since the last unit (一万零五 = 10005, not 15000)
  let lastBig = Infinity; // 万 cannot follow 万 without an 亿 between them
  let sawAnything = false;

  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const kind = KIND[c];
    if (kind === DIGIT) {
      const d = VALUE[c]!;
      if (d === 0) {
        if (pending !== null) return null; // 五零: positional digits mixed with units
        zeroSince = true;
        continue;
      }
      if (pending !== null) return null; // two digits in a row: 十四五
      pending = d;
      sawAnything = true;
      continue;
    }
    if (kind === SMALL_UNIT) {
      const small = 10 ** VALUE[c]!;
      if (small >= lastSmall) return null; // 十百, 百百
      // 十二 = 12: a unit without a digit means one of it (only at the start of a section, as in 十, 百万).
      if (pending === null && (section !== 0 || zeroSince) && small !== 10) return null;
      section += (pending ?? 1) * small;
      pending = null;
      lastSmall = small;
      lastUnit = small;
      zeroSince = false;
      sawAnything = true;
      continue;
    }
    const big = 10 ** VALUE[c]!; // 万 or 亿 (the first loop let nothing else through)
    const part = section + (pending ?? 0);
    if (big === 1e4) {
      if (lastBig === 1e4) return null; // 万万
      if (part === 0 && sawAnything) return null; // 亿万: nothing to multiply
      belowYi += (part === 0 ? 1 : part) * 1e4;
    } else {
      const all = result + belowYi + part;
      if (all === 0 && sawAnything) return null;
      result = (all === 0 ? 1 : all) * 1e8;
      belowYi = 0;
    }
    section = 0;
    pending = null;
    lastSmall = 1e5;
    lastBig = big;
    lastUnit = big;
    zeroSince = false;
    sawAnything = true;
  }
  if (pending !== null && !zeroSince && lastUnit >= 100) {
    // Shorthand: 一万五 = 15000, 三千五 = 3500 (the digit takes the next smaller unit).
    return result + belowYi + section + pending * (lastUnit === 1e8 ? 1e7 : lastUnit === 1e4 ? 1e3 : lastUnit / 10);
  }
  return result + belowYi + section + (pending ?? 0);
}

/**
 * Parse a Chinese numeral: 一千二百万 → 12000000, 二百二十五 → 225, 十二 → 12, 两千 → 2000, 三点五 → 3.5,
 * 一万零五百 → 10500, 二〇一九 → 2019, 一点五万 → 15000. Returns null for anything that is not one
 * well-formed number (including empty strings and runs such as 十四五).
 */
export function parseChineseNumeral(s: string): number | null {
  const point = s.indexOf(CHINESE_POINT);
  if (point < 0) return parseInteger(s);
  // 三点五, 一点五万 (the trailing 万/亿 scales the whole decimal).
  const intPart = parseInteger(s.slice(0, point));
  if (intPart === null) return null;
  let rest = s.slice(point + 1);
  let scale = 1;
  while (rest.length > 0 && CHINESE_BIG_UNITS.has(rest[rest.length - 1]!)) {
    scale *= CHINESE_BIG_UNITS.get(rest[rest.length - 1]!)!;
    rest = rest.slice(0, -1);
  }
  if (rest.length === 0) return null;
  let digits = '';
  for (const ch of rest) {
    const d = CHINESE_DIGITS.get(ch);
    if (d === undefined || ch === '两' || ch === '兩') return null;
    digits += String(d);
  }
  const value = Number(`${intPart}.${digits}`);
  return scale === 1 ? value : Number((value * scale).toPrecision(15));
}

const READ_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 0 < n < 10000, formal reading with 零 for inner zeros: 1005 → 一千零五, 1050 → 一千零五十. */
function readSection(n: number, leading: boolean): string {
  const units = ['千', '百', '十', ''];
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let zero = false;
  let started = false;
  for (let k = 0; k < 4; k++) {
    const d = digits[k]!;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 十二 rather than 一十二 at the very start of a number; 一百一十 inside one.
    if (!(leading && !started && k === 2 && d === 1)) out += READ_DIGITS[d];
    out += units[k];
    started = true;
  }
  return out;
}

function readInteger(n: number, leading: boolean): string {
  if (n >= 1e8) {
    const high = Math.floor(n / 1e8);
    const low = n % 1e8;
    return readInteger(high, leading) + '亿' + (low === 0 ? '' : (low < 1e7 ? '零' : '') + readInteger(low, false));
  }
  if (n >= 1e4) {
    const high = Math.floor(n / 1e4);
    const low = n % 1e4;
    return readInteger(high, leading) + '万' + (low === 0 ? '' : (low < 1000 ? '零' : '') + readSection(low, false));
  }
  return readSection(n, leading);
}

/**
 * The formal reading of a non-negative number: 225 → 二百二十五, 10500 → 一万零五百, 12 → 十二,
 * 1e12 → 一万亿, 3.5 → 三点五. (Used to generate test inputs; reports' own spellings vary more.)
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`toChineseNumeral: ${n}`);
  const [intText, fraction] = String(n).split('.');
  const int = Number(intText);
  if (!Number.isSafeInteger(int)) throw new RangeError(`toChineseNumeral: ${n} is too large`);
  const head = int === 0 ? '零' : readInteger(int, true);
  if (!fraction) return head;
  return head + '点' + [...fraction].map((d) => READ_DIGITS[Number(d)]).join('');
}
