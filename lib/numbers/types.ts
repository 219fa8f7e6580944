/**
 * A number with its unit as written in a report: 6.5%, 1200万人, 一千二百万人, 1.3万亿斤, X%, **亿元, 6%—6.5%.
 * Offsets are into the normalised text the scanner was given.
 */
export interface Quantity {
  start: number;
  end: number;
  /** The exact source slice text.slice(start, end). */
  raw: string;
  /**
   * The value as written, with a trailing magnitude (万, 亿, 万亿) moved into the unit so that
   * 1200万人 and 一千二百万人 both give value 1200, unit 万人. null when masked.
   * Percent-like words are converted: 百分之五 → 5 (%), 两成 → 20 (%), 翻一番 → 2 (倍), 翻两番 → 4 (倍).
   */
  value: number | null;
  /** Upper bound of a range (6%—6.5%, 5%至6%, 1至2个); null when not a range or when masked. */
  valueMax: number | null;
  /** Unit as written after normalisation: '%', '个百分点', '亿元', '万人', '倍', '' when none. */
  unit: string;
  /** True for X, XX, x, *, **, ＊, *.* placeholders (the value is unknown but the mention is real). */
  masked: boolean;
  isRange: boolean;
  /** 多 / 余 / 几 written between number and unit (120多亿元, 992余人次); null otherwise. */
  innerQualifier: string | null;
  /** True when the number was written in Chinese numerals (一千二百万, 百分之五, 两成). */
  chinese: boolean;
}
