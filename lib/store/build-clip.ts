/**
 * From what the engine found on a page to a clip ready for addClip: the text of a span, the targets and
 * keywords inside it (offsets moved to the clip), the section it is in, W3C selectors to find it again,
 * and where it comes from. Pure: the content script calls it with the page's article text.
 */
import type { Analysis } from '../analysis-types';
import { describe } from '../anchoring/describe';
import type { Section } from '../outline/types';
import type { Target } from '../targets/types';
import { clipSourceOf } from './clip-source';
import type { ClipInput, ClipKeyword, ClipKind } from './types';

export interface ClipPage {
  /** The page's article text exactly as analysed: every offset of `analysis` refers to it. */
  text: string;
  analysis: Analysis;
  url: string;
  pageTitle: string;
  /** The report's title when the page states one; defaults to the title the engine found. */
  reportTitle?: string | null;
}

export interface ClipExtras {
  note?: string;
  tags?: string[];
  collectionId?: string;
}

/** Whitespace a selection drags along at its edges (line breaks, ideographic and no-break spaces). */
const EDGE_SPACE = /[\s\u3000\u00a0\u200b\ufeff]/;

/**
 * A clip of text[start, end). The span is first trimmed of whitespace at both ends, so that the quote
 * and its selectors start and end on words. Targets and keywords count when they lie wholly inside.
 * Throws a RangeError for a span outside the text or one that holds only whitespace.
 */
export function buildClip(
  page: ClipPage,
  span: { start: number; end: number },
  kind: ClipKind = 'selection',
  extras: ClipExtras = {},
): ClipInput {
  const { text, analysis } = page;
  let { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`buildClip: bad span [${start}, ${end}) for a text of length ${text.length}`);
  }
  while (start < end && EDGE_SPACE.test(text[start]!)) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1]!)) end--;
  if (start === end) throw new RangeError('buildClip: the span holds only whitespace');

  const targets = analysis.targets.filter((t) => t.start >= start && t.end <= end).map((t) => shiftTarget(t, start));
  const keywords: ClipKeyword[] = [];
  const seen = new Set<string>();
  for (const k of analysis.keywords) {
    if (k.start < start || k.end > end) continue;
    const id = `${k.theme}\u0000${k.term}`;
    if (seen.has(id)) continue;
    seen.add(id);
    keywords.push({ term: k.term, theme: k.theme });
  }
  return {
    kind,
    source: clipSourceOf({
      url: page.url,
      pageTitle: page.pageTitle,
      reportTitle: page.reportTitle !== undefined ? page.reportTitle : analysis.title,
      yearHint: analysis.year,
    }),
    section: innermostSection(analysis.sections, start, end)?.title ?? null,
    text: text.slice(start, end),
    targets,
    keywords,
    selectors: describe(text, start, end),
    ...(extras.note !== undefined ? { note: extras.note } : {}),
    ...(extras.tags !== undefined ? { tags: extras.tags } : {}),
    ...(extras.collectionId !== undefined ? { collectionId: extras.collectionId } : {}),
  };
}

/** A whole section (heading and body) as one clip; its section is the section itself. */
export function buildSectionClip(page: ClipPage, section: Section, extras: ClipExtras = {}): ClipInput {
  const clip = buildClip(page, { start: section.start, end: section.end }, 'section', extras);
  return { ...clip, section: section.title };
}

/** One target or result as a clip of its own mention (hover card "save", a row of the 指标 table). */
export function buildTargetClip(page: ClipPage, target: Target, extras: ClipExtras = {}): ClipInput {
  return buildClip(page, target, 'target', extras);
}

/** One keyword occurrence as a clip. */
export function buildKeywordClip(page: ClipPage, hit: { start: number; end: number }, extras: ClipExtras = {}): ClipInput {
  return buildClip(page, hit, 'keyword', extras);
}

/**
 * The smallest section whose span holds the whole of [start, end): a selection across two 1. items
 * belongs to their （一）. Null when no section holds it (the opening, or a span across chapters).
 */
export function innermostSection(sections: readonly Section[], start: number, end: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.start > start || s.end < end) continue;
    if (!best || s.end - s.start < best.end - best.start || (s.end - s.start === best.end - best.start && s.level > best.level)) {
      best = s;
    }
  }
  return best;
}

function shiftTarget(t: Target, by: number): Target {
  return { ...t, start: t.start - by, end: t.end - by, valueStart: t.valueStart - by, valueEnd: t.valueEnd - by };
}

/**
 * A section needs this much text after its heading to be worth clipping as "this section" on its own:
 * a heading line with nothing under it (a list of 1. titles, as some reports have) says nothing alone.
 */
const MIN_SECTION_BODY = 40;

/**
 * The section "剪藏本节" (clip this section) means at a point of the text: the innermost section holding
 * `offset`, but never an inline enumeration (一是…二是…, level 4: a clause or two inside a paragraph) and
 * never a heading with almost no text under it; those give way to their enclosing section. When no
 * section holds `offset` (the opening, before the first heading) and `until` is given, the first section
 * whose heading starts in [offset, until) is taken: the reader looks at the opening with a heading below
 * it. Null when neither finds one.
 */
export function sectionToClip(sections: readonly Section[], offset: number, until?: number): Section | null {
  const byId = new Map(sections.map((s) => [s.id, s]));
  let section = innermostAt(sections, offset);
  if (!section && until !== undefined) {
    const first = sections.filter((s) => s.headingStart >= offset && s.headingStart < until).sort((a, b) => a.headingStart - b.headingStart)[0];
    section = first ? innermostAt(sections, first.headingStart) : null;
  }
  if (!section) return null;
  let chosen = section;
  for (let s: Section | undefined = section; s; s = s.parentId === null ? undefined : byId.get(s.parentId)) {
    chosen = s;
    if (s.level < 4 && s.end - s.headingEnd >= MIN_SECTION_BODY) return s;
  }
  // Nothing up the chain qualifies (a short report of short parts): the outermost is the most text.
  return chosen;
}

/** The smallest section whose span [start, end) holds the character at `offset`. */
function innermostAt(sections: readonly Section[], offset: number): Section | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.start > offset || offset >= s.end) continue;
    if (!best || s.end - s.start < best.end - best.start || (s.end - s.start === best.end - best.start && s.level > best.level)) best = s;
  }
  return best;
}
