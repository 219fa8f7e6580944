/**
 * Target or result, and the period a figure belongs to. The section decides most cases (review part →
 * result, plan part → target); cue words in the sentence decide the rest (DOMAIN.md, "Target or result").
 * The value's own clause speaks first: 2021年粮食产量达到180万吨，[力争今年新建5G基站3000个].
 */
import type { SectionKind } from '../outline/types';
import type { SentenceCues } from './sentence-cues';
import type { TargetKind } from './types';

export interface KindInput {
  /** Cues of the sentence holding the value. */
  cues: SentenceCues;
  /** Offset in the sentence just after the value. */
  valueEnd: number;
  /** Offset in the sentence where the value's clause begins (after the last ， or ；). */
  clauseStart: number;
  /** The clause itself: cues.text.slice(clauseStart, valueEnd), sliced once for both decisions. */
  clause: string;
  sectionKind: SectionKind;
  /** What the titles of the enclosing sections say about the period (see readTitlePeriod). */
  titlePeriod: TitlePeriod;
  inHeadline: boolean;
  year: number | null;
  /**
   * The first characters of the value's paragraph when the value is near its start (past what a
   * flattened report's single paragraph would say), else ''.
   */
  paragraphLead: string;
}

// All patterns are global: SentenceCues runs each once per sentence.
const HORIZON = /(?:到|至|在)(\d{4})年|(\d{4})年(?:前|底前|以前)/g;
const STRONG_PAST_IN_PLAN = /截至|截止|同比|已经|已[有达建成完经累实开]|去年|上年(?!同期)|过去五年|五年来|过去一年|累计完成|完成了|实现了|初步核算/g;
const STANCE = /力争|确保|争取|目标|计划|今年|全年/g;
const STRONG_FUTURE_IN_REVIEW = /力争|确保|今后|未来[一二三四五两\d]年|计划到|目标是|目标为|预期目标为|将达到|将新增|明年|建成后|投产后|达产后|届时|确定(?:今年|全年|明年)|(?:今年|全年)(?:的)?(?:主要)?(?:预期)?目标/g;
const GOAL_WORDS = /力争|确保|争取|目标|计划/g;
const FUTURE_ANYWHERE = /力争|确保|争取|预期|目标|计划|今后|未来|将|要|规划|全年|今年|明年|拟/g;
const PAST_ANYWHERE = /完成|实现|累计|同比|截至|截止|已|比上年|较上年|去年|上年|五年来|过去|取得|获评|荣获|达到|预计/g;
// Tested on the value's clause only (short): 确保…，共召开支委会**次 — a count after 共 / 累计 / 已 is done,
// whatever stance came before; 年度计划投资**亿元, 拟申请债券*亿元 — a planned amount even in a review.
// (Not 预算: 一般公共预算收入 is an indicator name.)
const DONE_IN_CLAUSE = /共|累计|已|已经|完成了|实现了|达到了/;
const PLANNED_AMOUNT = /(?:计划|拟)[^，。；]{0,8}$/;
const PAST_PARAGRAPH = /^(?:过去五年|五年来|过去一年|一年来|回顾过去|近五年|这五年)/;
// 超年度计划28%, 完成年度计划的105%: how a result compares with the plan, not the plan.
const MEASURED_AGAINST_PLAN = /(?:超|超出|超过|完成|占)(?:年度|全年)?计划/;
const CLAUSE_FUTURE = /力争|确保|争取|今年|全年|明年|计划|目标/;

/**
 * The last horizon year in the sentence's first `upTo` characters. A match that runs past upTo is one the
 * prefix would not hold, and nothing the prefix holds starts inside it (a horizon starts with 到/至/在 or a
 * digit, and only digits, 年 and 前/底前/以前 follow), so the sentence's matches, found once, answer for
 * every value in it.
 */
function lastHorizonYear(cues: SentenceCues, upTo: number): number | null {
  let y: number | null = null;
  const horizons = cues.matches(HORIZON);
  for (let i = 0; i < horizons.length; i++) {
    const m = horizons[i]!;
    if (m.index + m[0].length > upTo) break;
    y = Number(m[1] ?? m[2]);
  }
  return y;
}

export function decideKind(input: KindInput): TargetKind {
  const { cues, valueEnd, sectionKind, inHeadline, year } = input;
  if (inHeadline) return 'target';
  if (year !== null && cues.yearBefore(valueEnd)) {
    const horizon = lastHorizonYear(cues, valueEnd);
    if (horizon !== null && horizon >= year) return 'target';
  }
  const opening = cues.openingYear(0, valueEnd);
  const { clause } = input;
  if (sectionKind === 'plan') {
    const clauseOpening = cues.openingYear(input.clauseStart, valueEnd);
    if (CLAUSE_FUTURE.test(clause) && (clauseOpening === null || year === null || clauseOpening >= year)) return 'target';
    if (opening !== null && year !== null && opening < year) return 'result';
    if (cues.before(STRONG_PAST_IN_PLAN, valueEnd) && !cues.before(STANCE, valueEnd)) return 'result';
    // “十三五”时期…国内生产总值增加到超过100万亿元 in a 2021 report: a plan that has ended is reviewed.
    if (year !== null && endedPlanBefore(cues.text.slice(0, valueEnd), year)) return 'result';
    // 过去五年，我国经济社会发展取得新的历史性成就。…国内生产总值增加到…: a paragraph of the plan
    // part that looks back (2021: “十三五”时期发展成就和“十四五”时期主要目标任务).
    const lead = input.paragraphLead;
    if (lead !== '' && (PAST_PARAGRAPH.test(lead) || (year !== null && endedPlanBefore(lead, year)))) return 'result';
    return 'target';
  }
  if (sectionKind === 'review') {
    if (PLANNED_AMOUNT.test(clause.slice(-10)) && !MEASURED_AGAINST_PLAN.test(clause)) return 'target';
    // “十四五”时期，城镇化率提高到65% under a title that also reviews 十三五: a plan still to come.
    if (year !== null && !DONE_IN_CLAUSE.test(clause) && upcomingPlanIn(cues.text.slice(0, valueEnd), year)) return 'target';
    if (cues.before(STRONG_FUTURE_IN_REVIEW, valueEnd) && !DONE_IN_CLAUSE.test(clause)) return 'target';
    if (opening !== null && year !== null && opening >= year && cues.anywhere(GOAL_WORDS)) return 'target';
    return 'result';
  }
  // Outside review and plan parts (opening, closing, documents without headings): the plan named, then
  // cue words.
  if (year !== null) {
    const before = cues.text.slice(0, valueEnd);
    if (endedPlanBefore(before, year)) return 'result';
    if (upcomingPlanIn(before, year) && !DONE_IN_CLAUSE.test(clause)) return 'target';
  }
  const future = cues.before(FUTURE_ANYWHERE, valueEnd);
  const past = cues.anywhere(PAST_ANYWHERE);
  if (future && !past) return 'target';
  if (past && !future) return 'result';
  if (opening !== null && year !== null) return opening < year ? 'result' : 'target';
  return future ? 'target' : 'result';
}

const FIVE_YEARS_AHEAD = /今后五年|未来五年|今后5年|未来5年/;
const FIVE_YEARS_BACK = /过去五年|五年来|近五年|过去5年/;
const PLAN_NAME = /[“"]?(十[一二三四五六七八九]五)[”"]?(?:期间|时期|末|规划)/;
const TIME_WORDS = /\d{4}年|今年|全年|去年|上年|今后|未来|过去|五年来|十[一二三四五六七八九]五/;

const PLAN_ORDINAL: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16, 七: 17, 八: 18, 九: 19 };
const PLAN_NAMES = /十([一二三四五六七八九])五/g;

/** The last year of the Nth five-year plan from the 11th on (十一五 2006–2010 … 十五五 2026–2030). */
function planEndYear(name: string): number {
  return 2005 + 5 * ((PLAN_ORDINAL[name.charAt(1)] ?? 0) - 10);
}

/** Does the text name a five-year plan, and does every plan it names pass `test` (on its last year)? */
function everyPlanNamed(text: string, test: (endYear: number) => boolean): boolean {
  if (!text.includes('五')) return false;
  let named = false;
  for (const m of text.matchAll(PLAN_NAMES)) {
    if (!test(planEndYear(m[0]))) return false;
    named = true;
  }
  return named;
}

/** Names the text a five-year plan that ended before `year`, and none that has not? */
function endedPlanBefore(text: string, year: number): boolean {
  return everyPlanNamed(text, (end) => end < year);
}

/** Names the text a five-year plan that starts in `year` or later (and no earlier one)? */
function upcomingPlanIn(text: string, year: number): boolean {
  return everyPlanNamed(text, (end) => end - 4 >= year);
}

/** Said of a five-year span: 年均增长, 累计完成, 五年增量. */
const FIVE_YEAR_MEASURE = /年均|累计|五年/;

const TO_YEAR = /[到至]\d{4}年/;
const TO_YEAR_ALL = /(?:到|至)(\d{4})年(底|末)?/g;
const LAST_YEAR = /去年|上年(?!同期)/;
const THIS_YEAR = /今年|全年/;

/** What the titles of the enclosing sections (innermost first) say about the period. */
export interface TitlePeriod {
  fiveYearsAhead: boolean;
  fiveYearsBack: boolean;
  year: string | null;
  /**
   * The five-year plans the titles name, in order: “十五五”时期主要目标任务 → [十五五];
   * “十三五”时期发展成就和“十四五”时期主要目标任务 → [十三五, 十四五].
   */
  planNames: string[];
}

/** Reads the titles once per section, not once per value in it. */
export function readTitlePeriod(sectionTitles: readonly string[]): TitlePeriod {
  const titles = sectionTitles.join(' ');
  return {
    fiveYearsAhead: FIVE_YEARS_AHEAD.test(titles),
    fiveYearsBack: FIVE_YEARS_BACK.test(titles),
    year: /(\d{4})年/.exec(titles)?.[1] ?? null,
    planNames: titles.match(PLAN_NAMES) ?? [],
  };
}

export function decidePeriod(kind: TargetKind, input: KindInput): string | null {
  const { titlePeriod, inHeadline, year, cues } = input;
  if (inHeadline && year !== null) return String(year);
  // As for the kind, the value's own clause speaks first (…180万吨，力争今年新建…).
  const { clause } = input;
  const ownClause = TIME_WORDS.test(clause);
  const before = ownClause ? clause : cues.text.slice(0, input.valueEnd);
  // Every pattern read on `before` needs a 年, but PLAN_NAME (the 五 of 十四五): without them (the common
  // case for a long sentence prefix) one indexOf each replaces six regex scans.
  const hasNian = before.includes('年');
  if (hasNian && TO_YEAR.test(before)) {
    let h: string | null = null;
    for (const m of before.matchAll(TO_YEAR_ALL)) h = m[0];
    if (h) return h;
  }
  const plan = before.includes('五') ? PLAN_NAME.exec(before) : null;
  if (plan) return plan[1]!;
  if (hasNian && FIVE_YEARS_AHEAD.test(before)) return '今后五年';
  if (hasNian && FIVE_YEARS_BACK.test(before)) return '过去五年';
  const opening = cues.openingYear(ownClause ? input.clauseStart : 0, input.valueEnd);
  if (opening !== null) return String(opening);
  if (year !== null && hasNian) {
    if (LAST_YEAR.test(before)) return String(year - 1);
    if (THIS_YEAR.test(before) && kind === 'target') return String(year);
  }
  if (titlePeriod.fiveYearsAhead) return '今后五年';
  if (titlePeriod.fiveYearsBack && kind === 'result') return '过去五年';
  // “十五五”时期主要目标任务: the plan period; 2025年和“十四五”时期工作回顾: the plan period for what is
  // said over the five years (年均, 累计), the year for the rest.
  const plans = titlePeriod.planNames;
  if (plans.length > 0 && (titlePeriod.year === null || FIVE_YEAR_MEASURE.test(before))) {
    // A title naming two plans reviews the first and sets out the second.
    return kind === 'result' ? plans[0]! : plans[plans.length - 1]!;
  }
  if (titlePeriod.year !== null) return titlePeriod.year;
  if (year === null) return null;
  return String(kind === 'target' ? year : year - 1);
}
