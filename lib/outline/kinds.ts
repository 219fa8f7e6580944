/**
 * Review, plan or other: what a section's numbers mean. A government work report looks back first
 * (过去一年工作回顾) and then ahead (2022年工作总体要求和主要预期目标, 重点工作); related documents are
 * summaries (总结, 述职) or plans (工作要点, 谋划), sometimes both (2022年工作总结与2023年谋划).
 *
 * Years decide many titles: relative to the document's plan year (2022 in 2022年咸阳市政府工作报告) a
 * heading naming an earlier year looks back, one naming the plan year looks ahead.
 */
import type { SectionKind } from './types';

const YEAR_RE = /((?:19|20)\d{2})\s*年?/;

/** 名词解释 and other notes carry no targets of their own. */
const OTHER_TITLE = /名词解释|名词注释|注释|说明$/;
const REVIEW_TITLE =
  /回顾|总结|述职|过去(?:的)?[一二两三五]?年|[一二两三五]年来|(?:主要|取得的?)(?:成绩|成效|成就)|(?:开展|完成|执行|落实)情况|上年|去年|上一年/;
const PLAN_TITLE =
  /总体要求|预期目标|主要目标|目标任务|奋斗目标|重点工作|重点任务|主要任务|工作安排|安排建议|谋划|思路|打算|今后|未来[一二两三五]年|今年|明年|新的一年|下一步|展望|工作建议|关于\s*\d{4}\s*年工作/;

/** A sub-section changes its parent's kind only when its title says so plainly. */
const REVIEW_CHILD = /工作回顾|工作总结|(?:开展|完成|执行)情况|主要成绩|取得的成效/;
const PLAN_CHILD = /工作谋划|工作打算|工作安排|工作思路|下一步|今后[一二两三五]?年|重点任务|主要目标|预期目标/;

function yearKind(title: string, planYear: number | null): SectionKind | null {
  const m = YEAR_RE.exec(title);
  if (m === null || planYear === null) return null;
  return Number(m[1]) < planYear ? 'review' : 'plan';
}

/** Kind of a top-level section from its title, or null when the title does not tell. */
export function kindFromTitle(title: string, planYear: number | null): SectionKind | null {
  if (OTHER_TITLE.test(title)) return 'other';
  // A title that is a sentence (跨周期谋划产业转型，促进了新旧动能加快转换) uses those words as verbs,
  // not as the name of a part: only plain cues count there.
  if (/[，,]/.test(title) && title.length > 16) return kindFromChildTitle(title, planYear);
  if (REVIEW_TITLE.test(title)) return 'review';
  if (PLAN_TITLE.test(title)) return 'plan';
  return yearKind(title, planYear);
}

/** Kind of a sub-section from its title when it plainly differs from its parent's; null otherwise. */
export function kindFromChildTitle(title: string, planYear: number | null): SectionKind | null {
  if (REVIEW_CHILD.test(title)) return 'review';
  if (PLAN_CHILD.test(title)) return 'plan';
  // 2023年工作谋划 under a summary; 2022年主要工作 under a plan.
  if (/\d{4}\s*年?(?:工作|主要|重点)/.test(title)) return yearKind(title, planYear);
  return null;
}

const BODY_REVIEW = /过去(?:的)?[一二两三五]?年|[一二两三五]年来|去年|上一年|回顾/;
const BODY_PLAN = /今年|新的一年|明年|今后|下一步/;
const BODY_YEAR = /((?:19|20)\d{2})年(?:是|以来|，|,)/;

/**
 * Kind from the opening words of a section whose title says nothing (一、牢记殷殷嘱托，在接续奋斗中…):
 * 2024年是… / 过去一年 look back, 今年是… looks ahead. The earliest cue wins.
 */
export function kindFromBody(lead: string, planYear: number | null): SectionKind | null {
  let best: { at: number; kind: SectionKind } | null = null;
  const consider = (at: number, kind: SectionKind | null): void => {
    if (kind !== null && at >= 0 && (best === null || at < best.at)) best = { at, kind };
  };
  const r = BODY_REVIEW.exec(lead);
  if (r) consider(r.index, 'review');
  const p = BODY_PLAN.exec(lead);
  if (p) consider(p.index, 'plan');
  const y = BODY_YEAR.exec(lead);
  if (y && planYear !== null) consider(y.index, Number(y[1]) < planYear ? 'review' : 'plan');
  return (best as { at: number; kind: SectionKind } | null)?.kind ?? null;
}

/**
 * A title whose year is the one looked back on (发改委2022年工作述职报告, 某县2022年…统计公报): the
 * document belongs to the year after. A 政府工作报告's title year is the year it plans for.
 */
export function looksBackOnTitleYear(title: string): boolean {
  return REVIEW_DOC.test(title) && !/政府工作报告/.test(title);
}

const PLAN_DOC = /工作要点|计划|安排|谋划|打算|思路/;
// A statistical bulletin (统计公报) only reports what was done: every figure in it is a result.
const REVIEW_DOC = /总结|述职|回顾|汇报|统计公报/;
const OPENING_PLAN = /要坚持|主要目标是|预期目标|力争|重点抓好|工作要点/g;
const OPENING_REVIEW = /一年来|过去一年|取得了|完成了|实现了|推动了|有力地/g;

/**
 * Kind of the text outside any section, from the document type: the title line when there is one
 * (…工作要点 → plan, …述职报告 → review, …政府工作报告 → other), else the tone of the opening paragraph.
 */
export function documentKind(title: string | null, opening: string): SectionKind {
  if (title !== null) {
    if (/政府工作报告/.test(title)) return 'other';
    if (REVIEW_DOC.test(title)) return 'review';
    if (PLAN_DOC.test(title)) return 'plan';
    return 'other';
  }
  // A report read without its title line still opens by addressing the congress.
  if (/向大会(?:作)?(?:政府)?(?:工作)?报告|政府工作报告/.test(opening)) return 'other';
  const plan = opening.match(OPENING_PLAN)?.length ?? 0;
  const review = opening.match(OPENING_REVIEW)?.length ?? 0;
  if (plan > review) return 'plan';
  if (review > plan) return 'review';
  return 'other';
}

const TARGET_YEAR = /((?:19|20)\d{2})年[^。；;\n]{0,30}?(?:主要预期目标|预期目标|主要目标)(?:是|为|建议)/;

/**
 * The year the document plans for. A report's title names it (2022年咸阳市政府工作报告); a summary's
 * title names the year it looks back on (发改委2022年工作述职报告 → 2023). Without a title: the year that
 * introduces the targets (2022年，全市发改工作的主要目标是), else the latest year among top-level headings
 * that plan (二、2023年工作谋划) or, failing that, the latest of several heading years.
 */
export function findPlanYear(title: string | null, text: string, topTitles: string[]): number | null {
  if (title !== null) {
    const m = YEAR_RE.exec(title);
    if (m) return Number(m[1]) + (looksBackOnTitleYear(title) ? 1 : 0);
  }
  const t = TARGET_YEAR.exec(text);
  if (t) return Number(t[1]);
  const years: number[] = [];
  for (const h of topTitles) {
    const m = YEAR_RE.exec(h);
    if (!m) continue;
    if (PLAN_TITLE.test(h) && !REVIEW_TITLE.test(h)) return Number(m[1]);
    years.push(Number(m[1]));
  }
  const distinct = new Set(years);
  return distinct.size >= 2 ? Math.max(...distinct) : null;
}
