/**
 * The text of an article as the engine should read it, with a map back to the DOM text nodes it came from,
 * so that engine offsets become DOM Ranges on the live page (or positions in parsed HTML for the CLI).
 *
 * Reading rules (close to what a reader sees, and to what `innerText` gives, without needing layout):
 * - block elements and <br> end a line: "\n", never two in a row and never at the start or the end;
 * - inline elements (span, font, b, a …) are transparent, so 5<span>.</span>5% reads as 5.5%;
 * - white space collapses as CSS `white-space: normal` does (spaces, tabs and source line breaks become one
 *   space, dropped at line starts and ends; a source line break between two Chinese characters disappears,
 *   as in CSS Text 3), except inside <pre>; &nbsp; and the ideographic space U+3000 are kept as characters;
 * - script, style, noscript, template, form controls and hidden elements (hidden, aria-hidden="true",
 *   inline display:none / visibility:hidden) are skipped, and so is our own UI (`data-gov-ui`).
 *
 * Every character of `text` either comes from exactly one character of a text node, or is a synthetic
 * line break (or collapsed space) with no node of its own. Runs of the first kind are `nodeSpans`.
 */
import { partitionPoint } from '../partition-point';

/**
 * A stretch of `text` [start, end) that stands for node.data[nodeStart, nodeStart + (end - start)), one
 * character for one: the same characters, except that a collapsed space stands for the white-space
 * character where its run began (a tab or source line break).
 */
export interface TextRun {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export interface RangeBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface TextIndex {
  readonly text: string;
  /** Runs in text order, not overlapping. Characters between runs are synthetic (line breaks). */
  readonly nodeSpans: readonly TextRun[];
  /** The DOM point just before the character at `offset` (or, at a synthetic character, before the next real one). */
  locate(offset: number): DomPoint;
  /** Start and end points for a DOM Range covering text[start, end); null when the span holds no real character. */
  toRangeBounds(start: number, end: number): RangeBounds | null;
  /**
   * The reverse of `locate`: the offset in `text` of the boundary before node.data[offset], or null when the
   * node is not part of the index. A white-space character that collapsing dropped maps to the next character
   * of the node that was kept (or to the end of the node's last run). `offset` is not checked against
   * node.length, so that a node the wrap painter has split can still be asked in its original coordinates.
   */
  offsetOf(node: Text, offset: number): number | null;
}

export interface TextIndexOptions {
  /** Extra hidden test for the live page (for example getComputedStyle(el).display === 'none'). */
  isHidden?: (el: Element) => boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'listing', 'xmp', 'plaintext',
]);

/** Elements whose content is never read: code, templates, form controls, embedded objects, graphics. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'input', 'iframe',
  'object', 'embed', 'canvas', 'svg', 'math', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link',
]);

const PRE_TAGS = new Set(['pre', 'listing', 'xmp', 'plaintext', 'textarea']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by its own markup (not by a style sheet: that needs layout, see TextIndexOptions.isHidden). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('data-gov-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/** Collapsible white space in CSS (not &nbsp; and not U+3000). */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/** Wide (East Asian) characters, between which a source line break is removed rather than made a space. */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdfff) // supplementary ideographs (CJK Ext. B …) come as surrogate pairs
  );
}

/** A run of collapsible white space (a sticky search from a position). */
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;

/**
 * Writes the text a slice at a time: the characters between two runs of white space go in as one string
 * and one run. (A first version pushed one character at a time; on a 50,000-character article that was
 * most of the time the content script spent before asking for the analysis, as the page's code is never
 * warm: every page load starts it again.)
 */
class Builder {
  private readonly parts: string[] = [];
  length = 0;
  readonly runs: TextRun[] = [];
  /** Last character written, 0 when nothing yet. */
  private last = 0;
  /** Collapsible white space seen but not yet written: where it started, and whether it held a line break. */
  private pending: { node: Text; offset: number; lineBreak: boolean } | null = null;

  /** `text`, standing for node.data from nodeStart on, as one run (joined to the last run when it continues it). */
  private write(text: string, node: Text, nodeStart: number): void {
    const n = text.length;
    if (n === 0) return;
    const run = this.runs[this.runs.length - 1];
    if (run && run.node === node && run.end === this.length && run.nodeStart + (run.end - run.start) === nodeStart) {
      run.end += n;
    } else {
      this.runs.push({ start: this.length, end: this.length + n, node, nodeStart });
    }
    this.parts.push(text);
    this.length += n;
    this.last = text.charCodeAt(n - 1);
  }

  /** The pending collapsed space, written as one space when the next character is `next`. */
  private flushSpace(next: number): void {
    const space = this.pending;
    this.pending = null;
    if (space && this.last !== 0 && this.last !== 0x0a && !(space.lineBreak && isWide(this.last) && isWide(next))) {
      this.write(' ', space.node, space.offset);
    }
  }

  /** Characters of a text node under white-space: normal. */
  addCollapsed(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      COLLAPSIBLE_RUN.lastIndex = i;
      const ws = COLLAPSIBLE_RUN.exec(data);
      const wsStart = ws ? ws.index : data.length;
      if (wsStart > i) {
        this.flushSpace(data.charCodeAt(i));
        this.write(i === 0 && wsStart === data.length ? data : data.slice(i, wsStart), node, i);
      }
      if (!ws) break;
      const lineBreak = ws[0].includes('\n') || ws[0].includes('\r');
      if (this.pending) this.pending.lineBreak ||= lineBreak;
      else this.pending = { node, offset: wsStart, lineBreak };
      i = wsStart + ws[0].length;
    }
  }

  /** Characters of a text node inside <pre>: kept as written. */
  addPreserved(node: Text): void {
    if (this.pending && this.last !== 0 && this.last !== 0x0a) this.write(' ', this.pending.node, this.pending.offset);
    this.pending = null;
    this.write(node.data, node, 0);
  }

  lineBreak(): void {
    this.pending = null;
    if (this.last !== 0 && this.last !== 0x0a) {
      this.parts.push('\n');
      this.length++;
      this.last = 0x0a;
    }
  }

  finish(): string {
    let text = this.parts.join('');
    // A trailing synthetic line break (never part of a run) is dropped; real ones in <pre> stay.
    const lastRun = this.runs[this.runs.length - 1];
    while (text.endsWith('\n') && (!lastRun || lastRun.end < text.length)) text = text.slice(0, -1);
    return text;
  }
}

function walk(el: Element, b: Builder, pre: boolean, options: TextIndexOptions): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (pre) b.addPreserved(child as Text);
      else b.addCollapsed(child as Text);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
    const c = child as Element;
    const tag = tagOf(c);
    if (SKIPPED_TAGS.has(tag) || isHiddenByMarkup(c) || options.isHidden?.(c)) continue;
    if (tag === 'br') {
      b.lineBreak();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) b.lineBreak();
    walk(c, b, pre || PRE_TAGS.has(tag), options);
    if (block) b.lineBreak();
  }
}

/** Index of the last run whose start is <= offset, or -1. */
function runAtOrBefore(runs: readonly TextRun[], offset: number): number {
  return partitionPoint(0, runs.length, (i) => runs[i]!.start <= offset) - 1;
}

export function buildTextIndex(root: Element, options: TextIndexOptions = {}): TextIndex {
  const b = new Builder();
  walk(root, b, PRE_TAGS.has(tagOf(root)), options);
  const text = b.finish();
  const runs = b.runs;

  /**
   * runAtOrBefore with a remembered position: the painter asks for thousands of spans in text order, and
   * the run of the next span is then the same run or one of the next few — checked before a binary search.
   * (The page's code is never warm: a binary search per span was most of the paint on a 20k report.)
   */
  let hint = 0;
  function runAtOrBeforeNear(offset: number): number {
    for (let i = hint; i < runs.length && i < hint + 4; i++) {
      if (runs[i]!.start > offset) break;
      if (i + 1 === runs.length || runs[i + 1]!.start > offset) {
        hint = i;
        return i;
      }
    }
    const found = runAtOrBefore(runs, offset);
    if (found >= 0) hint = found;
    return found;
  }

  /** Run holding the character at offset, else the next run (for a synthetic character); -1 if none. */
  function runFrom(offset: number): number {
    const i = runAtOrBeforeNear(offset);
    if (i >= 0 && offset < runs[i]!.end) return i;
    return i + 1 < runs.length ? i + 1 : -1;
  }
  function pointBefore(i: number, offset: number): DomPoint {
    const run = runs[i]!;
    return { node: run.node, offset: run.nodeStart + Math.max(0, offset - run.start) };
  }
  /** Point after the character at offset - 1 (at a synthetic character: the end of the previous run). */
  function pointAfter(i: number, offset: number): DomPoint {
    const run = runs[i]!;
    return { node: run.node, offset: run.nodeStart + (Math.min(offset, run.end) - run.start) };
  }

  /** First and last run index of each node; runs of one node are consecutive (a node is read in one go). */
  let runsOfNode: Map<Text, [number, number]> | null = null;
  function runsOf(node: Text): [number, number] | undefined {
    if (!runsOfNode) {
      runsOfNode = new Map();
      for (let i = 0; i < runs.length; i++) {
        const known = runsOfNode.get(runs[i]!.node);
        if (known) known[1] = i;
        else runsOfNode.set(runs[i]!.node, [i, i]);
      }
    }
    return runsOfNode.get(node);
  }

  return {
    text,
    nodeSpans: runs,
    offsetOf(node: Text, offset: number): number | null {
      const span = runsOf(node);
      if (!span || offset < 0 || !Number.isInteger(offset)) return null;
      // Among this node's runs, the last one starting at or before offset.
      const found = partitionPoint(span[0], span[1] + 1, (i) => runs[i]!.nodeStart <= offset) - 1;
      if (found < span[0]) return runs[span[0]]!.start; // dropped white space before the node's first kept character
      const run = runs[found]!;
      const delta = offset - run.nodeStart;
      if (delta <= run.end - run.start) return run.start + delta;
      return found < span[1] ? runs[found + 1]!.start : run.end;
    },
    locate(offset: number): DomPoint {
      if (runs.length === 0) throw new RangeError('the text index has no text nodes');
      const clamped = Math.max(0, Math.min(offset, text.length));
      const i = runFrom(clamped);
      return i >= 0 ? pointBefore(i, clamped) : pointAfter(runs.length - 1, clamped);
    },
    toRangeBounds(start: number, end: number): RangeBounds | null {
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      const first = runFrom(s);
      const last = runAtOrBeforeNear(e - 1);
      // Empty, or only synthetic characters: nothing in the DOM to cover.
      if (s === e || first < 0 || last < first || runs[first]!.start >= e) return null;
      // pointBefore(first, s) and pointAfter(last, e), written out: no point objects for thousands of spans.
      const a = runs[first]!;
      const z = runs[last]!;
      return {
        startContainer: a.node,
        startOffset: a.nodeStart + Math.max(0, s - a.start),
        endContainer: z.node,
        endOffset: z.nodeStart + (Math.min(e, z.end) - z.start),
      };
    },
  };
}

/** A live DOM Range for text[start, end), or null when the span holds no real character. */
export function toRange(index: TextIndex, start: number, end: number): Range | null {
  const bounds = index.toRangeBounds(start, end);
  if (!bounds) return null;
  const range = bounds.startContainer.ownerDocument.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  return range;
}
