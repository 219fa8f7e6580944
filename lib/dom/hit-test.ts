/**
 * Which engine offset is under the pointer, and which items (targets, keywords, clips) cover an offset.
 *
 * Works the same for both painters: the Highlight API painter leaves the DOM as the index saw it, and for
 * the wrap painter a caret in a split-off text node is mapped back to the original node first.
 */
import { MARK_TAG } from './highlight-styles';
import type { TextIndex } from './text-index';
import { originalPoint } from './wrap-painter';

const TEXT_NODE = 3;
/** Rects are fractional; a point exactly on a glyph box edge still counts as inside. */
const EDGE = 0.5;

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The caret position at a viewport point: the standard call first, Chromium's older one otherwise. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** [start, end) of the character (a surrogate pair counts as one) that holds code unit `i`. */
function charAt(data: string, i: number): [number, number] {
  const code = data.charCodeAt(i);
  if (isHigh(code) && isLow(data.charCodeAt(i + 1))) return [i, i + 2];
  if (isLow(code) && i > 0 && isHigh(data.charCodeAt(i - 1))) return [i - 1, i + 1];
  return [i, i + 1];
}

function boxContains(doc: Document, node: Text, start: number, end: number, x: number, y: number): boolean {
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width <= 0 || r.height <= 0) continue; // collapsed white space has no box
    if (x >= r.left - EDGE && x <= r.right + EDGE && y >= r.top - EDGE && y <= r.bottom + EDGE) return true;
  }
  return false;
}

export interface OffsetAtPointOptions {
  /**
   * Answer only over a highlight: when the browser can say cheaply that no highlight of ours is under the
   * point (`CSS.highlights.highlightsFromPoint`, or no `<gov-mark>` there), stop before any layout query.
   */
  onlyOverHighlight?: boolean;
}

/**
 * The offset in `index.text` of the character under the viewport point (x, y), or null: not over text of
 * the index, or over empty space (after a line's end, between paragraphs), where the nearest caret would
 * otherwise still give an offset. The caret only gives a boundary between two characters, so the character
 * whose box really contains the point is checked on both sides of it.
 */
export function offsetAtPoint(
  doc: Document,
  x: number,
  y: number,
  index: TextIndex,
  options: OffsetAtPointOptions = {},
): number | null {
  if (options.onlyOverHighlight && anyHighlightAt(doc, x, y) === false) return null;
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== TEXT_NODE) return null;
  const node = caret.node as Text;
  const data = node.data;
  for (const i of [caret.offset, caret.offset - 1]) {
    if (i < 0 || i >= data.length) continue;
    const [start, end] = charAt(data, i);
    if (!boxContains(doc, node, start, end, x, y)) continue;
    const a = originalPoint(node, start);
    const b = originalPoint(node, end);
    const from = index.offsetOf(a.node, a.offset);
    const to = index.offsetOf(b.node, b.offset);
    // Both null: not in the index. Equal: a white-space character the index collapsed away.
    if (from === null || to === null || to <= from) return null;
    return from;
  }
  return null;
}

interface HighlightHit {
  highlight: Highlight;
}
interface RegistryWithHitTest {
  highlightsFromPoint?: (x: number, y: number) => Array<Highlight | HighlightHit>;
  forEach(callback: (value: Highlight, key: string) => void): void;
}

/**
 * Names of the highlights under a viewport point per `CSS.highlights.highlightsFromPoint`, or null when the
 * browser has no such call. Entries are `{ highlight, ranges }` in the current draft, a bare Highlight in the
 * first one; both are read.
 */
export function highlightNamesAt(doc: Document, x: number, y: number): string[] | null {
  const win = doc.defaultView as unknown as { CSS?: { highlights?: RegistryWithHitTest } } | null;
  const registry = win?.CSS?.highlights;
  if (!registry || typeof registry.highlightsFromPoint !== 'function') return null;
  const hits = registry.highlightsFromPoint(x, y);
  if (hits.length === 0) return [];
  const names = new Map<Highlight, string>();
  registry.forEach((highlight, name) => names.set(highlight, name));
  const out: string[] = [];
  for (const hit of hits) {
    const highlight = 'highlight' in hit ? (hit as HighlightHit).highlight : hit;
    const name = names.get(highlight);
    if (name !== undefined) out.push(name);
  }
  return out;
}

/**
 * Is one of our highlights under the point? true / false, or null when this browser cannot tell cheaply.
 * A `<gov-mark>` of the wrap painter under the point is a yes; the Highlight API answers for its layers.
 */
export function anyHighlightAt(doc: Document, x: number, y: number): boolean | null {
  const element = typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(x, y) : null;
  if (element?.closest(`${MARK_TAG}[data-gov-ui]`)) return true;
  const names = highlightNamesAt(doc, x, y);
  if (names === null) return null;
  return names.some((name) => name.startsWith('gov-'));
}

// ---- spans covering an offset ----------------------------------------------------------------------

export interface Span {
  start: number;
  end: number;
}

/**
 * Spans sorted by start, seen as an implicit balanced binary tree (the middle of [lo, hi] is the root of
 * that slice) where every node knows the largest end in its subtree. A query visits only subtrees that can
 * hold an answer: O(log n + k) for k answers, however the spans nest or overlap.
 */
export interface SortedSpans<T extends Span> {
  readonly items: readonly T[];
  /** maxEnd[mid] = the largest `end` in the subtree rooted at mid. */
  readonly maxEnd: Float64Array;
}

export function createSpanLookup<T extends Span>(spans: readonly T[]): SortedSpans<T> {
  // Outer spans first among equal starts, so answers come out from the outside in.
  const items = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const maxEnd = new Float64Array(items.length);
  const build = (lo: number, hi: number): number => {
    if (lo > hi) return -Infinity;
    const mid = (lo + hi) >> 1;
    const m = Math.max(items[mid]!.end, build(lo, mid - 1), build(mid + 1, hi));
    maxEnd[mid] = m;
    return m;
  };
  build(0, items.length - 1);
  return { items, maxEnd };
}

/** Every span with start <= offset < end, in start order. */
export function itemsAt<T extends Span>(offset: number, lookup: SortedSpans<T>): T[] {
  return itemsOverlapping(offset, offset + 1, lookup).filter((item) => item.start <= offset && offset < item.end);
}

/** Every span sharing at least one position with [start, end) (none when the query is empty), in start order. */
export function itemsOverlapping<T extends Span>(start: number, end: number, lookup: SortedSpans<T>): T[] {
  const out: T[] = [];
  if (end <= start) return out;
  const { items, maxEnd } = lookup;
  const visit = (lo: number, hi: number): void => {
    if (lo > hi) return;
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid]! <= start) return; // everything here ends before the query starts
    visit(lo, mid - 1);
    const item = items[mid]!;
    if (item.start >= end) return; // this and everything to its right start after the query
    if (item.end > start && item.end > item.start) out.push(item);
    visit(mid + 1, hi);
  };
  visit(0, items.length - 1);
  return out;
}
