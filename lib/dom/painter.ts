/**
 * Paints highlight layers (targets, results, keywords, clips) over the live article.
 *
 * Two ways, one interface:
 * - `highlight-api`: the CSS Custom Highlight API (Chrome 105+, Firefox 140+). Ranges go into
 *   `CSS.highlights` under the contract names; the page's DOM is never touched.
 * - `wrap`: for browsers without it, text is wrapped in `<gov-mark>` elements; clear()/destroy() put back
 *   the very same text nodes with the same data.
 *
 * The content script builds the ranges from the text index and hands them over layer by layer; it never
 * needs to know which way is in use. Best for both: plain bounds from `index.toRangeBounds()`, which paint
 * accepts like Ranges. For `wrap` they matter:
 * - while text is wrapped the index's text nodes are split, and a live Range cannot point past the end of
 *   a split node, while bounds in the index's original coordinates still work;
 * - every DOM change costs the browser one update per live Range in the document: on the 2025 广东 report
 *   (1,310 targets and keywords) wrapping took 549 ms with live Ranges held and 31 ms with bounds.
 */
import { createHighlightPainter } from './highlight-painter';
import { supportsHighlightApi } from './painter-style';
import { createWrapPainter } from './wrap-painter';

export type PainterMode = 'highlight-api' | 'wrap';

/** A DOM Range, a StaticRange, or the plain bounds of `TextIndex.toRangeBounds()`. */
export interface PaintRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
}

/**
 * Turns plain bounds into what paint() takes best in this document: a StaticRange where the browser has
 * them (the Highlight API painter then uses it as it is, and the wrap painter reads its bounds like any
 * others), else the bounds themselves. Made once per span, by the caller that made the bounds.
 */
export function paintRangeMaker(doc: Document): (bounds: PaintRange) => PaintRange {
  const Static = (doc.defaultView as unknown as { StaticRange?: new (init: StaticRangeInit) => StaticRange } | null)?.StaticRange;
  if (!Static) return (bounds) => bounds;
  return (bounds) => new Static(bounds as StaticRangeInit);
}

export interface Painter {
  readonly mode: PainterMode;
  /** Replaces the ranges of one layer (`gov-target`, `gov-result`, `gov-keyword`, `gov-clip`, `gov-kw-<theme>`). */
  paint(layer: string, ranges: readonly PaintRange[]): void;
  /**
   * Keyword hits grouped by theme id: `gov-keyword` gets every range, `gov-kw-<themeId>` the ranges of one
   * theme (painted above, in the theme's colour; `gov-kw-unthemed`, grey, for a theme without a colour).
   * Theme layers of an earlier call that are not in this one are cleared.
   */
  paintKeywords(byTheme: ReadonlyMap<string, readonly PaintRange[]>): void;
  /** Removes one layer, or every layer when none is named. */
  clear(layer?: string): void;
  /** Hides or shows a layer and keeps its ranges. Hiding `gov-keyword` hides the theme layers too. */
  setHidden(layer: string, hidden: boolean): void;
  isHidden(layer: string): boolean;
  /** Names of the layers that currently hold ranges. */
  layers(): string[];
  /** A short strong emphasis (`gov-flash`) on one range, removed after `ms` (default 1200). */
  flash(range: PaintRange, ms?: number): void;
  /** Switches every layer to the palette for dark pages (an attribute on <html>). */
  setDarkPage(dark: boolean): void;
  /** Applies pending DOM work now (the wrap painter batches its DOM changes; a no-op otherwise). */
  flush(): void;
  /** Removes everything the painter added: highlights, wrappers, the style element, attributes. */
  destroy(): void;
}

export interface PainterOptions {
  /** Use this way even if the other would be chosen (tests; a user setting). */
  force?: PainterMode;
}

/** The CSS Custom Highlight API when the document's window has it, the wrap painter otherwise. */
export function createPainter(doc: Document, options: PainterOptions = {}): Painter {
  const mode = options.force ?? (supportsHighlightApi(doc) ? 'highlight-api' : 'wrap');
  if (mode === 'highlight-api') {
    if (!supportsHighlightApi(doc)) throw new Error('this document has no CSS Custom Highlight API');
    return createHighlightPainter(doc);
  }
  return createWrapPainter(doc);
}

export { supportsHighlightApi } from './painter-style';
export { originalPoint } from './wrap-painter';
export {
  CLIP_LAYER,
  FLASH_LAYER,
  KEYWORD_LAYER,
  KEYWORD_THEME_PREFIX,
  MARK_TAG,
  RESULT_LAYER,
  TARGET_LAYER,
  UNTHEMED_KEYWORD_LAYER,
  keywordThemeLayer,
} from './highlight-styles';
