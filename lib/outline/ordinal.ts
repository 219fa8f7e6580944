/**
 * Ordinals as written in heading markers: Chinese numerals up to 九十九 (一、 （十二） 第三十一) and ASCII
 * digits (1. 12、). Headings never go beyond two digits, so anything else is not an ordinal.
 */

const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a Chinese ordinal like 一, 十, 十二, 二十, 二十三; null for anything else. */
export function chineseOrdinal(s: string): number | null {
  if (s.length === 1) {
    if (s === '十') return 10;
    return DIGITS[s] ?? null;
  }
  const ten = s.indexOf('十');
  if (ten < 0 || s.indexOf('十', ten + 1) >= 0 || s.length > 3) return null;
  const before = s.slice(0, ten);
  const after = s.slice(ten + 1);
  const tens = before === '' ? 1 : DIGITS[before];
  const units = after === '' ? 0 : DIGITS[after];
  if (tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

/** The value of an ordinal written in Chinese numerals or ASCII digits; null when it is neither. */
export function ordinalValue(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) {
    const n = Number(s);
    return n > 0 ? n : null;
  }
  return chineseOrdinal(s);
}
