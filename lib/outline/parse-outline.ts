/**
 * parseOutline(text): the headings of a report (一、 （一） 1. 一是 …), the sections they open, each marked
 * review / plan / other, and the headline target paragraph. Works on line-broken and on flattened text
 * (the whole report on one line). Linear in the text's length apart from small bounded windows.
 *
 * Steps: marker candidates (markers.ts) → headings by the order of their ordinals (sequence.ts) → titles
 * (title-end.ts) → sections with spans and levels → kinds (kinds.ts) → headline (headline.ts).
 */
import { documentKind, findPlanYear, kindFromBody, kindFromChildTitle, kindFromTitle } from './kinds';
import { findHeadline, type HeadlineContext } from './headline';
import { FAMILY_RANK, findMarkerCandidates } from './markers';
import { findAppendices, findClosingStart, findUnmarkedChapters, splitLines, titleLine, type Line } from './lines';
import { kindAt, sectionAt } from './section-at';
import { placeHeadings, type HeadingFamily, type PlacedHeading, type RawHeading } from './sequence';
import { findTitleEnd, gluedTitleEnd } from './title-end';
import type { Outline, Section, SectionKind } from './types';
import { partitionPoint } from '../partition-point';

export { sectionAt, kindAt } from './section-at';

/** Title given to the synthesized section that holds the closing words (各位代表！…让我们…). */
export const CLOSING_TITLE = '结束语';

/** In-paragraph enumerations: reachable from the outline, but they never change the kind. */
function isEnumeration(h: { family: HeadingFamily | 'closing'; rank: number }): boolean {
  return h.rank >= 4;
}

/** Marker candidates as headings; 第一， opening a short line of its own is a chapter, not an enumeration. */
function markerHeadings(text: string): RawHeading[] {
  return findMarkerCandidates(text).map((c) => {
    let rank = FAMILY_RANK[c.family];
    if (c.family === 'di' && c.atLineStart) {
      let e = text.indexOf('\n', c.end);
      if (e < 0) e = text.length;
      const rest = text.slice(c.end, e);
      if (rest.length <= 50 && !/[。！？!?；;]/.test(rest)) rank = 1;
    }
    // Fields written out: an object spread per candidate was a visible cost.
    return { start: c.start, end: c.end, marker: c.marker, family: c.family, ordinal: c.ordinal, rank, atLineStart: c.atLineStart };
  });
}

/**
 * A 一、 heading in the middle of a line whose title is a structural name glued to the body
 * (三、加强政府自身建设全省各级政府…): it belongs to the outer list of a flattened report.
 */
function looksStructural(text: string): (h: RawHeading) => boolean {
  return (h) => {
    if (h.atLineStart) return false;
    const window = text.slice(h.end, h.end + 40);
    const stop = window.search(/[，,。；;：:！？!?\n]/);
    const bound = h.end + (stop < 0 ? window.length : stop);
    const end = gluedTitleEnd(text, h.end, bound);
    // Structural names are short and plain: no quotation, no 、 list (我们要在守好“五条底线”上下功夫、见成效).
    return end > 0 && end < bound && end - h.end >= 4 && end - h.end <= 16 && !/[“”‘’、]/.test(text.slice(h.end, end));
  };
}

function byStart(a: RawHeading, b: RawHeading): number {
  return a.start - b.start;
}

function topChapters(placed: PlacedHeading[]): number {
  return placed.filter((p) => p.parent === null && p.rank === 1 && p.family !== 'appendix').length;
}

interface Draft {
  heading: PlacedHeading | null; // null: the closing
  start: number;
  headingEnd: number;
  title: string;
  marker: string;
  parent: number | null;
  rank: number;
  enumeration: boolean;
}

function cleanTitle(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/[：:，,；;。]+$/, '');
}

/** Title span of a heading. */
function titleOf(text: string, h: PlacedHeading, bound: number, lines: Line[], lineIndex: (at: number) => number): { end: number; title: string } {
  if (h.family === 'appendix' || h.family === 'unmarked') {
    const li = lineIndex(h.start);
    const line = lines[li]!;
    let titleStart = h.end;
    let end = line.end;
    // 附件1 ⏎ 2025年省十件民生实事: the title is on the next line.
    if (text.slice(h.end, line.end).trim() === '' && h.family === 'appendix') {
      const next = lines[li + 1];
      if (next && next.trimmed.length > 0 && next.trimmed.length <= 40 && !/[。！？]/.test(next.trimmed)) {
        titleStart = next.trimmedStart;
        end = next.end;
      }
    }
    return { end: Math.min(end, bound), title: cleanTitle(text.slice(titleStart, Math.min(end, bound))) };
  }
  const end = findTitleEnd(text, h.end, bound, {
    enumeration: isEnumeration(h),
    mayBeGlued: h.parent === null && !h.atLineStart,
  });
  return { end, title: cleanTitle(text.slice(h.end, end)) };
}

export function parseOutline(text: string): Outline {
  const lines = splitLines(text);
  const lineStarts = lines.map((l) => l.start);
  const lineIndex = (at: number): number => Math.max(0, partitionPoint(0, lineStarts.length, (i) => lineStarts[i]! <= at) - 1);
  const title = titleLine(lines);
  const titleText = title?.trimmed ?? null;

  // Headings.
  const markers = markerHeadings(text).filter((h) => !title || h.start >= title.end || h.start < title.start);
  const appendices = findAppendices(lines);
  const structural = looksStructural(text);
  let placed = placeHeadings([...markers, ...appendices].sort(byStart), structural);
  if (topChapters(placed) < 2) {
    // No 一、 chapters: chapters may be written as bare lines (2024年工作回顾).
    const unmarked = findUnmarkedChapters(lines, title).filter((u) => !appendices.some((a) => a.start === u.start));
    if (unmarked.length >= 2) placed = placeHeadings([...markers, ...appendices, ...unmarked].sort(byStart), structural);
  }

  // Titles, and the drafts of sections.
  const drafts: Draft[] = placed.map((h, i) => {
    const bound = placed[i + 1]?.start ?? text.length;
    const t = titleOf(text, h, bound, lines, lineIndex);
    return {
      heading: h,
      start: h.start,
      headingEnd: t.end,
      title: t.title,
      marker: h.marker,
      parent: h.parent,
      rank: h.rank,
      enumeration: isEnumeration(h),
    };
  });

  // The closing words (各位代表！…) after the last heading of the main text.
  const firstAppendix = drafts.findIndex((d) => d.heading?.family === 'appendix');
  const mainEnd = firstAppendix >= 0 ? drafts[firstAppendix]!.start : text.length;
  const mainDrafts = firstAppendix >= 0 ? drafts.slice(0, firstAppendix) : drafts;
  const lastHeadingEnd = mainDrafts.length > 0 ? mainDrafts[mainDrafts.length - 1]!.headingEnd : 0;
  const closing = mainDrafts.length > 0 ? findClosingStart(text, lastHeadingEnd, mainEnd) : -1;
  if (closing >= 0) {
    const at = firstAppendix >= 0 ? firstAppendix : drafts.length;
    drafts.splice(at, 0, {
      heading: null,
      start: closing,
      headingEnd: closing,
      title: CLOSING_TITLE,
      marker: '',
      parent: null,
      rank: 1,
      enumeration: false,
    });
    // Parents point into `placed`; shift those after the insertion point.
    for (const d of drafts) if (d.parent !== null && d.parent >= at) d.parent += 1;
  }

  // Spans and levels.
  const ends = new Array<number>(drafts.length).fill(text.length);
  const stack: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    while (stack.length > 0 && stack[stack.length - 1] !== d.parent) ends[stack.pop()!] = d.start;
    stack.push(i);
  }
  const levels: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const parentLevel = d.parent === null ? 0 : levels[d.parent]!;
    levels.push(Math.max(d.rank, parentLevel + 1));
    // An enumeration item (一是…) ends with its paragraph; nothing ends after its parent. The paragraph's
    // end comes from the line index: searching for the next '\n' from each item would rescan the rest of a
    // flattened report (one long line) once per item.
    if (d.enumeration) {
      const nl = lines[lineIndex(d.headingEnd)]!.end;
      if (nl < ends[i]!) ends[i] = nl;
    }
    if (d.parent !== null) ends[i] = Math.min(ends[i]!, ends[d.parent]!);
  }

  // Kinds.
  const opening = text.slice(title ? title.end : 0, Math.min(drafts[0]?.start ?? text.length, (title?.end ?? 0) + 600));
  const defaultKind = documentKind(titleText, opening);
  const topTitles = drafts.filter((d) => d.parent === null && d.heading !== null).map((d) => d.title);
  const planYear = findPlanYear(titleText, text, topTitles);
  const kinds: SectionKind[] = [];
  let seenPlan = false;
  let seenReview = false;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    let kind: SectionKind;
    if (d.heading === null) kind = 'other';
    else if (d.parent !== null) {
      const parentKind = kinds[d.parent]!;
      kind = d.enumeration ? parentKind : (kindFromChildTitle(d.title, planYear) ?? parentKind);
    } else if (d.heading.family === 'appendix') {
      kind = kindFromTitle(d.title, planYear) ?? 'other';
    } else if (d.enumeration) {
      kind = defaultKind;
    } else {
      const lead = text.slice(d.headingEnd, Math.min(ends[i]!, d.headingEnd + 200));
      const byTitle = kindFromTitle(d.title, planYear);
      if (byTitle !== null) kind = byTitle;
      else if (defaultKind === 'other' && (seenPlan || seenReview)) {
        // A report moves from looking back to looking ahead: an untitled part after either is planning
        // (三、努力建设人民满意政府 after 二、2025年工作安排; 二、牢记历史使命… after a review).
        kind = 'plan';
      } else kind = kindFromBody(lead, planYear) ?? (seenPlan ? 'plan' : defaultKind);
      if (kind === 'plan') seenPlan = true;
      if (kind === 'review') seenReview = true;
    }
    kinds.push(kind);
  }

  const sections: Section[] = drafts.map((d, i) => ({
    id: i,
    title: d.title,
    marker: d.marker,
    level: levels[i]!,
    headingStart: d.start,
    headingEnd: d.headingEnd,
    start: d.start,
    end: ends[i]!,
    kind: kinds[i]!,
    parentId: d.parent,
  }));

  const outline: Outline = { sections, headline: null, defaultKind };
  outline.headline = findHeadline(text, headlineContext(text, outline));
  return outline;
}

/** What the headline search needs to know about an outline (kinds, heading positions). */
export function headlineContext(text: string, outline: Outline): HeadlineContext {
  const headingStarts = outline.sections.map((s) => s.headingStart);
  return {
    kindAt: (offset) => kindAt(outline, offset),
    nextHeadingAfter: (offset) => headingStarts[partitionPoint(0, headingStarts.length, (i) => headingStarts[i]! <= offset)] ?? text.length,
    sectionBodyStart: (offset) => {
      const s = sectionAt(outline, offset);
      return s && s.headingEnd <= offset ? s.headingEnd : 0;
    },
  };
}
