/**
 * Which part of the article text the reader has in view: the offsets of the first and the last character
 * of the text index inside a horizontal band of the viewport (normally the whole window). "Clip this
 * section" with nothing selected means the section the reader is looking at, i.e. the one at the top of
 * this span.
 *
 * Binary searches over layout, not a scan: runs (text nodes) first, by their own boxes, then characters
 * inside the run that crosses the edge. Article text flows top to bottom, so "ends below the band's top"
 * is false and then true along the text. A run without a box (collapsed white space) is judged by its
 * nearest neighbour that has one. Layout is read a few dozen times, whatever the report's length.
 */
import type { TextIndex, TextRun } from '@/lib/dom/text-index';

export interface TextSpan {
  start: number;
  end: number;
}

interface Box {
  top: number;
  bottom: number;
}

/** The box of text[start, end), or null when it has none (no layout, only collapsed white space). */
function boxOf(doc: Document, index: TextIndex, start: number, end: number): Box | null {
  const bounds = index.toRangeBounds(start, end);
  if (!bounds) return null;
  const range = doc.createRange();
  try {
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
  } catch {
    return null; // nodes split by the wrap painter since the index was built
  }
  const r = range.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom };
}

/**
 * The first index in [lo, hi) for which `test` is true, assuming false…false true…true; hi when none.
 * `test` may answer null (no box): then the nearest index after it that answers decides, or, when
 * none does, the nearest one before it.
 */
function firstTrue(lo: number, hi: number, test: (i: number) => boolean | null): number {
  const decide = (mid: number): boolean => {
    for (let i = mid; i < hi; i++) {
      const v = test(i);
      if (v !== null) return v;
    }
    for (let i = mid - 1; i >= lo; i--) {
      const v = test(i);
      if (v !== null) return v;
    }
    return false;
  };
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (decide(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The first character (in text order) whose line box reaches below `y`: in runs, by the run's box; then
 * in the run, by the box of the run's text up to and including the character (grows line by line).
 */
function firstEndingBelow(doc: Document, index: TextIndex, runs: readonly TextRun[], y: number): number | null {
  const k = firstTrue(0, runs.length, (i) => {
    const box = boxOf(doc, index, runs[i]!.start, runs[i]!.end);
    return box ? box.bottom > y : null;
  });
  const run = runs[k];
  if (!run) return null;
  const at = firstTrue(run.start, run.end, (i) => {
    const box = boxOf(doc, index, run.start, i + 1);
    return box ? box.bottom > y : null;
  });
  return at < run.end ? at : null;
}

/** The first character whose line box starts at or below `y` (the first one past the band). */
function firstStartingBelow(doc: Document, index: TextIndex, runs: readonly TextRun[], y: number): number {
  const k = firstTrue(0, runs.length, (i) => {
    const box = boxOf(doc, index, runs[i]!.start, runs[i]!.end);
    return box ? box.bottom > y : null;
  });
  const run = runs[k];
  if (!run) return index.text.length;
  // In the run that reaches past y: the first character whose own text to the run's end starts below y.
  const at = firstTrue(run.start, run.end, (i) => {
    const box = boxOf(doc, index, i, run.end);
    return box ? box.top >= y : null;
  });
  return at < run.end ? at : (runs[k + 1]?.start ?? index.text.length);
}

/**
 * The span of article text visible between viewport y-coordinates `top` and `bottom` (client pixels):
 * from the first character whose line is not wholly above `top` to just after the last one that starts
 * above `bottom`. Null when no article text is in the band (scrolled past the article, or above it).
 */
export function visibleSpan(doc: Document, index: TextIndex, top: number, bottom: number): TextSpan | null {
  const runs = index.nodeSpans;
  if (runs.length === 0 || bottom <= top) return null;
  const start = firstEndingBelow(doc, index, runs, top);
  if (start === null) return null;
  const first = boxOf(doc, index, start, start + 1);
  if (first && first.top >= bottom) return null; // the next text is below the band
  const end = firstStartingBelow(doc, index, runs, bottom);
  return end > start ? { start, end } : null;
}
