/**
 * Target or result, and the period a figure belongs to. The section decides most cases (review part →
 * result, plan part → target); cue words in the sentence decide the rest (DOMAIN.md, "Target or result").
 */
import type { SectionKind } from '../outline/types';
import type { TargetKind } from './types';

export interface KindInput {
  /** Sentence text up to and including the quantity. */
  before: string;
  /** Rest of the sentence after the quantity. */
  after: string;
  sectionKind: SectionKind;
  /** Titles of the enclosing sections, innermost first. */
  sectionTitles: string[];
  inHeadline: boolean;
  year: number | null;
}

// Explicit time words in a sentence, matched against the text before the value.
const HORIZON = /(?:到|至|在)(\d{4})年|(\d{4})年(?:前|底前|以前)/g;
const YEAR_OPENING = /(?:^|[，。；：\s])(\d{4})年(?!前|底前|以前)(?:[^，。；]{0,6}?)?/g;
const STRONG_PAST_IN_PLAN = /截至|截止|同比|已经|已[有达建成完经累实开]|去年|上年(?!同期)|过去五年|五年来|过去一年|累计完成|完成了|实现了|初步核算/;
const STRONG_FUTURE_IN_REVIEW = /力争|确保|今后|未来[一二三四五两\d]年|计划到|目标是|目标为|预期目标为|将达到|将新增|明年|建成后|投产后|达产后|届时|确定(?:今年|全年|明年)|(?:今年|全年)(?:的)?(?:主要)?(?:预期)?目标/;
// 确保线上线下一致，共召开支委会**次: a count after 共 / 累计 / 已 is done, whatever stance came before.
const DONE_NEAR_VALUE = /(?:共|累计|已|已经|完成了|实现了|达到了)[^，。；]*$/;
// 年度计划投资**亿元, 拟申请债券*亿元: a planned amount, even when a review quotes it.
// (Not 预算: 一般公共预算收入 is an indicator name.)
const PLANNED_AMOUNT = /(?:计划|拟)[^，。；]{0,8}$/;
const CLAUSE_FUTURE = /力争|确保|争取|今年|全年|明年|计划|目标/;
const FUTURE_ANYWHERE = /力争|确保|争取|预期|目标|计划|今后|未来|将|要|规划|全年|今年|明年/;
const PAST_ANYWHERE = /完成|实现|累计|同比|截至|截止|已|比上年|较上年|去年|上年|五年来|过去|取得|获评|荣获|达到|预计/;

function lastHorizonYear(s: string): number | null {
  let y: number | null = null;
  for (const m of s.matchAll(HORIZON)) y = Number(m[1] ?? m[2]);
  return y;
}

function openingYear(s: string): number | null {
  // The last bare year before the value that is not a base (比2020年) or a horizon (到2025年).
  let y: number | null = null;
  for (const m of s.matchAll(/(比|较|到|至|在|是|于)?(\d{4})年/g)) {
    if (m[1]) continue;
    y = Number(m[2]);
  }
  return y;
}

export function decideKind(input: KindInput): TargetKind {
  const { before, after, sectionKind, inHeadline, year } = input;
  if (inHeadline) return 'target';
  const horizon = lastHorizonYear(before);
  if (horizon !== null && year !== null && horizon >= year) return 'target';
  const opening = openingYear(before);
  // The clause holding the value speaks first: 2021年粮食产量达到180万吨，[力争今年新建5G基站3000个].
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1);
  const clauseOpening = openingYear(clause);
  if (sectionKind === 'plan') {
    if (CLAUSE_FUTURE.test(clause) && (clauseOpening === null || year === null || clauseOpening >= year)) return 'target';
    if (opening !== null && year !== null && opening < year) return 'result';
    if (STRONG_PAST_IN_PLAN.test(before) && !/力争|确保|争取|目标|计划|今年|全年/.test(before)) return 'result';
    return 'target';
  }
  if (sectionKind === 'review') {
    if (PLANNED_AMOUNT.test(before)) return 'target';
    if (STRONG_FUTURE_IN_REVIEW.test(before) && !DONE_NEAR_VALUE.test(before)) return 'target';
    if (opening !== null && year !== null && opening >= year && /力争|确保|争取|目标|计划/.test(before + after))
      return 'target';
    return 'result';
  }
  // Outside review and plan parts (opening, closing, documents without headings): cue words only.
  const sentence = before + after;
  const future = FUTURE_ANYWHERE.test(before);
  const past = PAST_ANYWHERE.test(sentence);
  if (future && !past) return 'target';
  if (past && !future) return 'result';
  if (opening !== null && year !== null) return opening < year ? 'result' : 'target';
  return future ? 'target' : 'result';
}

const FIVE_YEARS_AHEAD = /今后五年|未来五年|今后5年|未来5年/;
const FIVE_YEARS_BACK = /过去五年|五年来|近五年|过去5年/;
const PLAN_NAME = /[“"]?(十[一二三四五六七八九]五)[”"]?(?:期间|时期|末|规划)/;

export function decidePeriod(kind: TargetKind, input: KindInput): string | null {
  const { sectionTitles, inHeadline, year } = input;
  if (inHeadline && year !== null) return String(year);
  // As for the kind, the value's own clause speaks first (…180万吨，力争今年新建…).
  const clause = input.before.slice(Math.max(input.before.lastIndexOf('，'), input.before.lastIndexOf('；')) + 1);
  const before = /\d{4}年|今年|全年|去年|上年|今后|未来|过去|五年来|十[一二三四五六七八九]五/.test(clause) ? clause : input.before;
  const horizon = /(?:到|至)(\d{4})年(底|末)?/g;
  let h: string | null = null;
  for (const m of before.matchAll(horizon)) h = m[0];
  if (h) return h;
  const plan = PLAN_NAME.exec(before);
  if (plan) return plan[1]!;
  if (FIVE_YEARS_AHEAD.test(before)) return '今后五年';
  if (FIVE_YEARS_BACK.test(before)) return '过去五年';
  const opening = openingYear(before);
  if (opening !== null) return String(opening);
  if (year !== null) {
    if (/去年|上年(?!同期)/.test(before)) return String(year - 1);
    if (/今年|全年/.test(before) && kind === 'target') return String(year);
  }
  const titles = sectionTitles.join(' ');
  if (FIVE_YEARS_AHEAD.test(titles)) return '今后五年';
  if (FIVE_YEARS_BACK.test(titles) && kind === 'result') return '过去五年';
  const titleYear = /(\d{4})年/.exec(titles);
  if (titleYear) return titleYear[1]!;
  if (year === null) return null;
  return String(kind === 'target' ? year : year - 1);
}
