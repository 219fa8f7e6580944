/**
 * The innermost section at an offset, in O(log n + depth): sections are in document order and nest (a
 * section lies wholly inside its parent), so the last section starting at or before the offset is the
 * innermost one holding it or a descendant of it; walking up its parents finds the answer.
 */
import type { Outline, Section } from './types';

export function sectionAt(outline: Outline, offset: number): Section | null {
  const { sections } = outline;
  let lo = 0;
  let hi = sections.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let s: Section | undefined = last >= 0 ? sections[last] : undefined;
  while (s !== undefined) {
    if (offset < s.end) return s;
    s = s.parentId === null ? undefined : sections[s.parentId];
  }
  return null;
}

/** Kind at an offset: the innermost section's, or the document's default outside every section. */
export function kindAt(outline: Outline, offset: number): Outline['defaultKind'] {
  return sectionAt(outline, offset)?.kind ?? outline.defaultKind;
}
