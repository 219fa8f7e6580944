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
}

const YEAR = /(比|较|到|至|在|是|于)?(\d{4})年/g;

export class SentenceCues {
  private readonly found = new Map<RegExp, number[]>();
  private yearList: YearMention[] | null = null;

  constructor(readonly text: string) {}

  /** Ends of the matches of `pattern` (a global regex) in the sentence, in order. */
  private ends(pattern: RegExp): number[] {
    let list = this.found.get(pattern);
    if (!list) {
      list = [];
      for (const m of this.text.matchAll(pattern)) list.push(m.index + m[0].length);
      this.found.set(pattern, list);
    }
    return list;
  }

  /** Does `pattern` (global) match somewhere inside the sentence's first `upTo` characters? */
  before(pattern: RegExp, upTo: number): boolean {
    const ends = this.ends(pattern);
    return ends.length > 0 && ends[0]! <= upTo;
  }

  /** Does `pattern` (global) match anywhere in the sentence? */
  anywhere(pattern: RegExp): boolean {
    return this.ends(pattern).length > 0;
  }

  years(): YearMention[] {
    if (!this.yearList) {
      this.yearList = Array.from(this.text.matchAll(YEAR), (m) => ({
        start: m.index,
        end: m.index + m[0].length,
        year: Number(m[2]),
        prefix: m[1] ?? '',
      }));
    }
    return this.yearList;
  }

  /** The last bare year (no 比/到/… glued before it) within [from, upTo), or null. */
  openingYear(from: number, upTo: number): number | null {
    let y: number | null = null;
    for (const m of this.years()) {
      if (m.end > upTo) break;
      if (m.start >= from && m.prefix === '') y = m.year;
    }
    return y;
  }
}
