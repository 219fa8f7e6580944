/**
 * The innermost section at an offset, in O(log n + depth): sections are in document order and nest (a
 * section lies wholly inside its parent), so the last section starting at or before the offset is the
 * innermost one holding it or a descendant of it; walking up its parents finds the answer.
 */
import type { Outline, Section } from './types';
import { partitionPoint } from '../partition-point';

export function sectionAt(outline: Outline, offset: number): Section | null {
  const { sections } = outline;
  const last = partitionPoint(0, sections.length, (i) => sections[i]!.start <= offset) - 1;
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
