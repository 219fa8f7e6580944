/**
 * Cue words of one sentence, found once and shared by every value in it. Reports pack many figures into
 * a sentence (地区生产总值增长5%，规上工业增加值增长7%，…); testing each cue pattern on the text before each
 * value would read the sentence again and again. Here each pattern runs once over the sentence, and
 * "does it occur before the value?" becomes a look at a few stored positions.
 */
export interface YearMention {
  start: number;
  end: number;
  year: number;
  /** The word glued before the year: 比 / 较 (a base), 到 / 至 / 在 (a horizon), … or '' for none. */
  prefix: string;
  /** 2035年远景目标: the year names a long-range plan, not a year the sentence is about. */
  plan: boolean;
}

// A year is four digits and 年; the word glued before it is read from the character before the digits.
// (The same matches as /(比|较|到|至|在|是|于)?(\d{4})年/g, which is several times slower to run: its
// optional first group defeats the regex engine's first-character scan.)
const YEAR = /\d{4}年/g;
const YEAR_PREFIXES = '比较到至在是于';

export class SentenceCues {
  // Made on first use: a sentence often holds one value, which asks only a few questions.
  /** End of the first match of each pattern, or -1 when it does not occur. */
  private firstEnds: Map<RegExp, number> | null = null;
  private allMatches: Map<RegExp, RegExpExecArray[]> | null = null;
  private yearList: YearMention[] | null = null;

  constructor(readonly text: string) {}

  /** End of the first match of `pattern` (a global regex) in the sentence, or -1. */
  private firstEnd(pattern: RegExp): number {
    this.firstEnds ??= new Map();
    let end = this.firstEnds.get(pattern);
    if (end === undefined) {
      // test() leaves lastIndex at the end of the match and builds no match array.
      pattern.lastIndex = 0;
      end = pattern.test(this.text) ? pattern.lastIndex : -1;
      pattern.lastIndex = 0;
      this.firstEnds.set(pattern, end);
    }
    return end;
  }

  /** Does `pattern` (global) match somewhere inside the sentence's first `upTo` characters? */
  before(pattern: RegExp, upTo: number): boolean {
    const end = this.firstEnd(pattern);
    return end !== -1 && end <= upTo;
  }

  /** Does `pattern` (global) match anywhere in the sentence? */
  anywhere(pattern: RegExp): boolean {
    return this.firstEnd(pattern) !== -1;
  }

  /** Every match of `pattern` (global) in the sentence, in order. */
  matches(pattern: RegExp): readonly RegExpExecArray[] {
    this.allMatches ??= new Map();
    let list = this.allMatches.get(pattern);
    if (!list) {
      list = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(this.text); m !== null; m = pattern.exec(this.text)) list.push(m);
      this.allMatches.set(pattern, list);
    }
    return list;
  }

  years(): YearMention[] {
    if (!this.yearList) {
      this.yearList = [];
      const { text } = this;
      YEAR.lastIndex = 0;
      while (YEAR.test(text)) {
        const end = YEAR.lastIndex;
        const digits = end - 5;
        const glued = digits > 0 && YEAR_PREFIXES.includes(text[digits - 1]!);
        this.yearList.push({
          start: glued ? digits - 1 : digits,
          end,
          year: Number(text.slice(digits, digits + 4)),
          prefix: glued ? text[digits - 1]! : '',
          plan: text.startsWith('远景', end),
        });
      }
    }
    return this.yearList;
  }

  /** Is there a year (\d{4}年) that ends within the sentence's first `upTo` characters? */
  yearBefore(upTo: number): boolean {
    const years = this.years();
    return years.length > 0 && years[0]!.end <= upTo;
  }

  /** The last bare year (no 比/到/… glued before it, not a plan's name) within [from, upTo), or null. */
  openingYear(from: number, upTo: number): number | null {
    let y: number | null = null;
    const years = this.years();
    for (let i = 0; i < years.length; i++) {
      const m = years[i]!;
      if (m.end > upTo) break;
      if (m.start >= from && m.prefix === '' && !m.plan) y = m.year;
    }
    return y;
  }
}
