/** review: numbers are achievements; plan: numbers are targets; other: opening, closing, neither. */
export type SectionKind = 'review' | 'plan' | 'other';

export interface Section {
  /** Stable within one analysis: index in document order. */
  id: number;
  /** Heading text without its marker, trimmed (e.g. 过去五年工作回顾). */
  title: string;
  /** The marker as written: 一、 （一） 1. 1、 一是 第一， */
  marker: string;
  /**
   * 1 = 一、, 2 = （一）, 3 = 1. / 1、, 4 = 一是 / 第一， (levels are by marker family, in that order), but never
   * less than the parent's level + 1: a 一、 list restarted inside a 一、 part (flattened reports lose the
   * brackets of （一）) is level 2. Chapters without a marker, appendices (附件) and the closing (结束语,
   * synthesized, marker '') are level 1; 第一， opening a line of its own is a chapter (level 1).
   */
  level: number;
  /** Span of the heading itself (marker + title). */
  headingStart: number;
  headingEnd: number;
  /** Span of the whole section: from its heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
  kind: SectionKind;
  /** id of the enclosing section, or null for a top-level one. */
  parentId: number | null;
}

export interface Outline {
  sections: Section[];
  /** The headline target paragraph (主要预期目标是：…, or its equivalent), or null if none was found. */
  headline: { start: number; end: number } | null;
  /**
   * Kind of text outside any section, from the document type when headings do not say:
   * a work plan (工作要点 / 计划 / 谋划) is 'plan', a summary or duty report (总结 / 述职) is 'review'.
   */
  defaultKind: SectionKind;
}
