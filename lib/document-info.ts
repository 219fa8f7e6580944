/**
 * The report's title and plan year. The year anchors target vs result ("2021年…" in a 2022 report is the
 * past) and the period of headline targets.
 */
import { looksBackOnTitleYear } from './outline/kinds';
import type { Outline } from './outline/types';

const TITLE_WORDS = /报告|要点|总结|讲话|计划|意见|方案|规划|纲要|安排|谋划|公报/;

/** The first non-empty line when it reads like a document title, else null. */
export function detectTitle(text: string): string | null {
  const firstLine = /^\s*([^\n]{2,80})(?:\n|$)/.exec(text);
  if (!firstLine) return null;
  const line = firstLine[1]!.trim();
  if (line.length > 60 || /[。；]/.test(line) || !TITLE_WORDS.test(line)) return null;
  return line;
}

/** 2023年3月5日在…人民代表大会…会议上 (spaces and zero-padded months allowed). */
const DATELINE = /((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。\n]{0,60}?(?:代表大会|人代会|会议)/;

/**
 * Plan year: the earliest year named by a plan-part heading (2023年工作谋划; a 今后五年 heading may name a
 * later one) not before the title's year; else the year in the title line (2022年咸阳市政府工作报告); else
 * the year of the dateline (2023年3月5日在…人民代表大会…上); else the year named with 主要预期目标 /
 * 工作总体要求 near the top.
 */
export function detectYear(text: string, outline: Outline, title: string | null): number | null {
  const titleYear = title ? /((?:19|20)\d\d)年?/.exec(title) : null;
  // 发改委2022年工作述职报告 / 2022年…统计公报 look back on 2022: their own year is 2023, and what they
  // report is 2022's.
  const floor = titleYear ? Number(titleYear[1]) + (looksBackOnTitleYear(title!) ? 1 : 0) : 0;
  let planYear: number | null = null;
  for (const s of outline.sections) {
    if (s.kind !== 'plan') continue;
    for (const m of s.title.matchAll(/((?:19|20)\d\d)年/g)) {
      const y = Number(m[1]);
      if (y >= floor && (planYear === null || y < planYear)) planYear = y;
    }
  }
  if (planYear !== null) return planYear;
  if (titleYear) return floor;
  // The dateline under the title: a report is given in the first months of the year it plans for
  // (——2023年3月5日在第十四届全国人民代表大会第一次会议上). Asked before the cues below, which a review
  // opening such as "2022年是…极为重要的一年" would answer with the past year.
  const dateline = DATELINE.exec(text.slice(0, 1500));
  if (dateline?.[1]) return Number(dateline[1]);
  const cue = /(?:^|[^\d])((?:19|20)\d\d)年(?:是|主要预期目标|经济社会发展|工作总体要求|政府工作|工作要点)/.exec(text.slice(0, 20000));
  return cue?.[1] ? Number(cue[1]) : null;
}
