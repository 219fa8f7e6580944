/**
 * Does a page's article read like a government report or policy document? The content script runs
 * automatically on official sites, where most pages are news lists, notices and service pages: it paints
 * only where this says yes (or where the user asked).
 */

// Words that name or open the documents readers come for (DOMAIN.md: reports, work plans, summaries,
// speeches, duty reports; and the policy documents that set targets: plans, action plans, opinions,
// statistical communiqués) and the phrases only such documents use.
const TITLE_CUES =
  /政府工作报告|工作报告|工作要点|工作总结|工作计划|述职报告|讲话|国民经济和社会发展|计划执行情况|预算执行情况|施政报告|规划|实施方案|行动方案|行动计划|实施意见|指导意见|若干措施|统计公报/;
// 到2027年 (how a policy document states its targets) counts once whatever the year.
const BODY_CUES = /各位代表|主要预期目标|预期目标|主要目标|工作目标|工作回顾|总体要求|重点工作|重点任务|同志们[：:！!]|今后五年|过去五年|到20\d\d年(?=[，,底末])/g;

const QUOTED_TITLE = /《[^》\n]{0,80}》/g;

export interface ReportVerdict {
  isReport: boolean;
  /** Why not, for the user (popup: "this page is not a report: analyse anyway?"). */
  reason: string;
}

const MIN_TEXT = 600;

/**
 * What the engine found, as far as the judgement needs it (the page has these before the whole analysis:
 * the background counts them while it reads the text, see analysis-wire's PaintPlan).
 */
export interface FoundCounts {
  /** Targets and results. */
  figures: number;
  sections: number;
  /** countBodyCues of the text. */
  bodyCues: number;
}

/** How many different report phrases (BODY_CUES) the text uses: a pass over the whole text. */
export function countBodyCues(text: string): number {
  return new Set(Array.from(text.matchAll(BODY_CUES), (m) => m[0].replace(/[：:！!]$/, '').replace(/^到20\d\d年$/, '到年'))).size;
}

export function judgeReport(title: string, text: string, found: FoundCounts): ReportVerdict {
  if (text.length < MIN_TEXT) return { isReport: false, reason: 'article too short' };
  // The text's own opening names it; a document it quotes (会议学习《…规划纲要》) does not make a news story one.
  const titled = TITLE_CUES.test(title) || TITLE_CUES.test(text.slice(0, 200).replace(QUOTED_TITLE, ''));
  const { figures, bodyCues } = found;
  // A named report with any figure; or an unnamed text that reads like one (its phrases and its figures).
  if (titled && figures >= 1) return { isReport: true, reason: 'title' };
  if (bodyCues >= 2 && figures >= 3) return { isReport: true, reason: 'body' };
  if (figures >= 12 && found.sections >= 3 && figures * 1000 >= text.length / 2) return { isReport: true, reason: 'figures' };
  return { isReport: false, reason: 'no report cues' };
}
