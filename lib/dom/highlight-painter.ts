/**
 * Painting with the CSS Custom Highlight API: each layer is one `Highlight` in `CSS.highlights` under its
 * contract name, styled by `::highlight()` rules. The article's DOM is never touched, so the page's layout,
 * its scripts and our text index all stay valid.
 *
 * The registry is shared by the page and the content script, so a layer is only removed from it when the
 * entry there is still ours (another copy of the content script may have replaced it).
 */
import { BasePainter } from './painter-base';
import { highlightApiCss, layerPriority } from './highlight-styles';
import type { Painter, PaintRange } from './painter';
import { highlightWindow } from './painter-style';


function allInstances(ranges: readonly PaintRange[], type: abstract new (...args: never[]) => unknown): boolean {
  for (let i = 0; i < ranges.length; i++) if (!(ranges[i] instanceof type)) return false;
  return true;
}

function isLiveRange(range: PaintRange): range is Range {
  return typeof (range as Partial<Range>).cloneRange === 'function';
}

class HighlightPainter extends BasePainter<AbstractRange[]> {
  readonly mode = 'highlight-api' as const;
  private readonly registry: HighlightRegistry;
  private readonly HighlightClass: new (...ranges: AbstractRange[]) => Highlight;
  /** The Highlight this painter registered per name, to remove only its own. */
  private readonly registered = new Map<string, Highlight>();

  constructor(doc: Document) {
    super(doc);
    const win = highlightWindow(doc);
    if (!win?.Highlight || !win.CSS?.highlights) throw new Error('this document has no CSS Custom Highlight API');
    this.registry = win.CSS.highlights;
    this.HighlightClass = win.Highlight;
    this.installStyle();
  }

  protected css(): string {
    return highlightApiCss();
  }

  /**
   * Live ranges are kept as they are; plain bounds become StaticRanges where the browser has them: a
   * report paints thousands of ranges, and a StaticRange costs the page nothing while it edits the DOM
   * (live Ranges are updated on every mutation). The reader re-paints when the article changes.
   * Bounds that do not fit the DOM (another DOM state) are skipped.
   */
  private readonly converted = new WeakMap<PaintRange, StaticRange>();

  protected accept(ranges: readonly PaintRange[]): AbstractRange[] {
    const Static = (this.doc.defaultView as unknown as { StaticRange?: new (init: StaticRangeInit) => StaticRange } | null)?.StaticRange;
    // The reader's ranges are StaticRanges already (paintRangeMaker): one check each and one native copy,
    // instead of a push per range.
    if (Static && allInstances(ranges, Static)) return ranges.slice() as AbstractRange[];
    const out: AbstractRange[] = [];
    for (const range of ranges) {
      // A StaticRange (paintRangeMaker) or a live Range is used as it is.
      if ((Static && range instanceof Static) || isLiveRange(range)) {
        out.push(range as AbstractRange);
        continue;
      }
      if (Static) {
        // The same bounds come twice for keywords (gov-keyword and their theme's layer): convert once.
        let made = this.converted.get(range);
        if (!made) {
          if (!fits(range.startContainer, range.startOffset) || !fits(range.endContainer, range.endOffset)) continue;
          made = new Static(range);
          this.converted.set(range, made);
        }
        out.push(made);
        continue;
      }
      const live = this.doc.createRange();
      try {
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
      } catch {
        continue; // offsets past the end of a node: bounds of another DOM state
      }
      out.push(live);
    }
    return out;
  }

  protected layerChanged(layer: string): void {
    const ranges = this.visible(layer);
    if (!ranges || ranges.length === 0) {
      this.unregister(layer);
      return;
    }
    // One Highlight per paint, filled in one pass: a Highlight is a Set, add() is cheap, and a spread of
    // thousands of arguments is not.
    const highlight = new this.HighlightClass();
    // Indexed: the page's copy of this code is cold, and for…of runs an iterator per range until compiled.
    for (let i = 0; i < ranges.length; i++) highlight.add(ranges[i]!);
    highlight.priority = layerPriority(layer);
    this.registry.set(layer, highlight);
    this.registered.set(layer, highlight);
  }

  private unregister(layer: string): void {
    const mine = this.registered.get(layer);
    if (!mine) return;
    if (this.registry.get(layer) === mine) this.registry.delete(layer);
    this.registered.delete(layer);
  }

  protected teardown(): void {
    for (const layer of [...this.registered.keys()]) this.unregister(layer);
  }
}

/** An offset a boundary point can have in this node (what Range.setStart would accept). */
function fits(node: Node, offset: number): boolean {
  const length = node.nodeType === 3 || node.nodeType === 8 ? (node as CharacterData).length : node.childNodes.length;
  return offset >= 0 && offset <= length;
}

export function createHighlightPainter(doc: Document): Painter {
  return new HighlightPainter(doc);
}
