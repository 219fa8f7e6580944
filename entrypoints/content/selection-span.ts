/**
 * From what the user selected on the page to a span of the article text (the text index's offsets), so a
 * selection can be clipped with the same offsets the engine and the selectors use.
 *
 * A selection's ends are DOM boundary points that can sit anywhere: inside a text node, between elements,
 * in the site chrome before or after the article, inside <gov-mark> wrappers of the fallback painter.
 * Rather than map the two ends (an end between two <p> has no text node of its own), every text node the
 * range touches is mapped, and the span runs from the first mapped character to the last. Text outside
 * the index (navigation, our own UI, hidden text) maps to nothing, so a selection that starts in the
 * breadcrumb and ends in the article is clipped to its article part.
 */
import { originalPoint } from '@/lib/dom/painter';
import type { TextIndex } from '@/lib/dom/text-index';

const TEXT_NODE = 3;
/** NodeFilter.SHOW_TEXT (the constant, so this module does not need the global NodeFilter). */
const SHOW_TEXT = 0x4;

export interface TextSpan {
  start: number;
  end: number;
}

/** The article-text span the range covers, or null when it covers no character of the article. */
export function spanOfRange(range: Range, index: TextIndex): TextSpan | null {
  if (range.collapsed) return null;
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;

  const visit = (node: Text) => {
    let from = 0;
    let to = node.data.length;
    if (node === range.startContainer) from = range.startOffset;
    if (node === range.endContainer) to = range.endOffset;
    if (from >= to) return;
    // The wrap painter splits text nodes: ask the index in the coordinates of the node it was built on.
    const a = originalPoint(node, from);
    const b = originalPoint(node, to);
    const s = index.offsetOf(a.node, a.offset);
    const e = index.offsetOf(b.node, b.offset);
    if (s === null || e === null || e <= s) return; // not article text, or only collapsed white space
    if (s < start) start = s;
    if (e > end) end = e;
  };

  const root = range.commonAncestorContainer;
  if (root.nodeType === TEXT_NODE) {
    visit(root as Text);
  } else {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (range.intersectsNode(n)) visit(n as Text);
    }
  }
  return end > start ? { start, end } : null;
}

/** The span of the page's current selection (its first range), or null when nothing of the article is selected. */
export function selectedSpan(doc: Document, index: TextIndex): TextSpan | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return spanOfRange(selection.getRangeAt(0), index);
}
