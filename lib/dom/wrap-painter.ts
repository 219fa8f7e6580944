/**
 * The fallback painter for browsers without the CSS Custom Highlight API: text is wrapped in
 * `<gov-mark data-layer="…" data-gov-ui>`, an inline custom element with `all: unset`, so the layout stays
 * as it was.
 *
 * How it stays exact and robust:
 * - Ranges are read at once into pieces of the page's ORIGINAL text nodes (node, from, to), before any DOM
 *   work of ours can move them. A text node we split is still named by its first part, the original node,
 *   and offsets count from the start of its original data.
 * - The DOM is a function of those pieces: each render first restores the page (unwraps every mark, gives
 *   each split node back its data, removes the parts split off) and then wraps the visible layers, lowest
 *   priority first, so a higher layer is always nested inside a lower one and its background wins.
 * - Renders are batched in a microtask: a content script that builds every layer's Ranges and then paints
 *   them one by one hands over Ranges that no DOM change of ours has moved yet. `flush()` renders now.
 * - Each mark wraps exactly one text node, so overlapping layers nest properly whatever their order.
 * - Restoring relies on the record of what was split, never on normalize(): the page's own adjacent text
 *   nodes stay apart and every original node keeps its identity.
 */
import { BasePainter } from './painter-base';
import { MARK_TAG, layerPriority, wrapCss } from './highlight-styles';
import type { Painter, PaintRange } from './painter';
import { partitionPoint } from '../partition-point';

/** A stretch [from, to) of an original text node's original data. */
interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** A current part of a split original node; `base` is where it starts in the original data. */
interface Fragment {
  node: Text;
  base: number;
}

interface SplitRecord {
  original: string;
  /** In document order; the first is the original node itself (base 0). */
  fragments: Fragment[];
}

/** Parts split off an original node, to their origin. Module-wide so hit-testing can map a caret back. */
const fragmentOrigin = new WeakMap<Text, { origin: Text; base: number }>();

/**
 * The point in the page's original text node for a point in a text node the wrap painter split off (any
 * other point is returned as it is). Hit-testing uses it before asking the text index.
 */
export function originalPoint(node: Text, offset: number): { node: Text; offset: number } {
  const from = fragmentOrigin.get(node);
  return from ? { node: from.origin, offset: from.base + offset } : { node, offset };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Text in these is never wrapped: it is not read as article text (and a wrapper could break it). */
const UNWRAPPABLE = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'title', 'svg', 'math', 'head',
]);

/** Only white space of the kind CSS collapses: between table rows or list items, wrapping it adds boxes. */
const BLANK = /^[ \t\n\r\f]*$/;

function nextSkippingChildren(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

function nextInDocument(node: Node): Node | null {
  return node.firstChild ?? nextSkippingChildren(node);
}

class WrapPainter extends BasePainter<Piece[]> {
  readonly mode = 'wrap' as const;
  private readonly records = new Map<Text, SplitRecord>();
  private marks: Element[] = [];
  private pending = false;

  constructor(doc: Document) {
    super(doc);
    this.installStyle();
  }

  protected css(): string {
    return wrapCss();
  }

  // ---- reading ranges -------------------------------------------------------------------------------

  protected accept(ranges: readonly PaintRange[]): Piece[] {
    const pieces: Piece[] = [];
    for (const range of ranges) this.readRange(range, pieces);
    return pieces;
  }

  /**
   * A point given in original coordinates (an offset past the end of a split original node) as a point in
   * the fragment that holds it now. Points of live ranges are already current and come back unchanged.
   */
  private currentPoint(node: Text, offset: number): { node: Text; offset: number } {
    const record = this.records.get(node);
    if (!record || offset <= node.length) return { node, offset };
    const fragments = record.fragments;
    const i = lastFragmentAtOrBefore(fragments, offset);
    const fragment = fragments[i]!;
    return { node: fragment.node, offset: Math.min(offset - fragment.base, fragment.node.length) };
  }

  private readRange(range: PaintRange, out: Piece[]): void {
    const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
    let startNode: Node | null;
    let startOffset = 0;
    if (sc.nodeType === TEXT_NODE) {
      const p = this.currentPoint(sc as Text, so);
      startNode = p.node;
      startOffset = p.offset;
    } else {
      startNode = sc.childNodes[so] ?? nextSkippingChildren(sc);
    }
    let endText: { node: Text; offset: number } | null = null;
    let endBefore: Node | null = null;
    if (ec.nodeType === TEXT_NODE) endText = this.currentPoint(ec as Text, eo);
    else endBefore = ec.childNodes[eo] ?? nextSkippingChildren(ec);

    const found: Piece[] = [];
    let reached = false;
    for (let n = startNode; n; n = nextInDocument(n)) {
      if (!endText && n === endBefore) {
        reached = true;
        break;
      }
      if (n.nodeType !== TEXT_NODE) continue;
      const text = n as Text;
      const isEnd = endText !== null && text === endText.node;
      const from = text === startNode ? startOffset : 0;
      const to = isEnd ? endText!.offset : text.length;
      if (to > from) this.addPiece(found, text, from, to);
      if (isEnd) {
        reached = true;
        break;
      }
    }
    // A range whose end was never met (bounds in the wrong order, or of another DOM) paints nothing,
    // rather than everything to the end of the page.
    if (reached || (!endText && endBefore === null)) for (const piece of found) out.push(piece);
  }

  private addPiece(out: Piece[], text: Text, from: number, to: number): void {
    const origin = fragmentOrigin.get(text);
    const node = origin && this.records.has(origin.origin) ? origin.origin : text;
    const base = node === text ? 0 : origin!.base;
    const data = this.records.get(node)?.original ?? node.data;
    if (BLANK.test(data) || !this.wrappable(node)) return;
    const last = out[out.length - 1];
    if (last && last.node === node && last.to === base + from) last.to = base + to;
    else out.push({ node, from: base + from, to: base + to });
  }

  private wrappable(text: Text): boolean {
    for (let el = text.parentNode; el && el.nodeType === ELEMENT_NODE; el = el.parentNode) {
      const element = el as Element;
      const tag = element.tagName.toLowerCase();
      if (UNWRAPPABLE.has(tag)) return false;
      if (tag !== MARK_TAG && element.hasAttribute('data-gov-ui')) return false; // our own UI
    }
    return true;
  }

  // ---- rendering ------------------------------------------------------------------------------------

  protected layerChanged(_layer: string): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      if (this.pending) this.render();
    });
  }

  override flush(): void {
    if (this.pending) this.render();
  }

  private render(): void {
    this.pending = false;
    this.restore();
    const layers = [...this.stored.keys()]
      .filter((layer) => this.visible(layer) !== undefined)
      .sort((a, b) => layerPriority(a) - layerPriority(b));
    for (const layer of layers) {
      for (const piece of this.stored.get(layer)!) this.wrapPiece(piece, layer);
    }
  }

  private wrapPiece(piece: Piece, layer: string): void {
    const origin = piece.node;
    if (!origin.parentNode) return; // the page removed it
    let record = this.records.get(origin);
    if (!record) {
      record = { original: origin.data, fragments: [{ node: origin, base: 0 }] };
      this.records.set(origin, record);
    }
    const from = Math.max(0, piece.from);
    const to = Math.min(record.original.length, piece.to);
    if (to <= from) return;
    this.splitAt(origin, record, from);
    this.splitAt(origin, record, to);
    const fragments = record.fragments;
    for (let i = lastFragmentAtOrBefore(fragments, from); i < fragments.length; i++) {
      const fragment = fragments[i]!;
      if (fragment.base >= to) break;
      if (fragment.base >= from) this.wrap(fragment.node, layer);
    }
  }

  private splitAt(origin: Text, record: SplitRecord, offset: number): void {
    if (offset <= 0 || offset >= record.original.length) return;
    const fragments = record.fragments;
    const i = lastFragmentAtOrBefore(fragments, offset);
    const fragment = fragments[i]!;
    if (fragment.base === offset) return;
    const tail = fragment.node.splitText(offset - fragment.base);
    fragments.splice(i + 1, 0, { node: tail, base: offset });
    fragmentOrigin.set(tail, { origin, base: offset });
  }

  private wrap(node: Text, layer: string): void {
    const parent = node.parentNode;
    if (!parent) return;
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute('data-layer', layer);
    mark.setAttribute('data-gov-ui', '');
    parent.insertBefore(mark, node);
    mark.appendChild(node);
    this.marks.push(mark);
  }

  /** Puts the page back exactly: unwrap every mark, then rejoin every split node from its record. */
  private restore(): void {
    for (let i = this.marks.length - 1; i >= 0; i--) {
      const mark = this.marks[i]!;
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks = [];
    for (const [origin, record] of this.records) {
      for (let i = 1; i < record.fragments.length; i++) {
        const part = record.fragments[i]!.node;
        part.parentNode?.removeChild(part);
        fragmentOrigin.delete(part);
      }
      if (origin.data !== record.original) origin.data = record.original;
    }
    this.records.clear();
  }

  protected teardown(): void {
    this.pending = false;
    this.restore();
  }
}

/** Index of the last fragment whose base is <= offset (0 when none: the first starts at 0). */
function lastFragmentAtOrBefore(fragments: readonly Fragment[], offset: number): number {
  return Math.max(0, partitionPoint(0, fragments.length, (i) => fragments[i]!.base <= offset) - 1);
}

export function createWrapPainter(doc: Document): Painter {
  return new WrapPainter(doc);
}
