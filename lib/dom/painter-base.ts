/**
 * What both painters share: the layers and their ranges, hidden layers, the flash timer, the style element
 * and the dark-palette attribute. A subclass only decides how one layer reaches the screen.
 */
import {
  FLASH_LAYER,
  KEYWORD_LAYER,
  PALETTE_ATTRIBUTE,
  isKeywordThemeLayer,
  isLayerName,
  keywordThemeLayer,
  layerLook,
  UNTHEMED_KEYWORD_LAYER,
} from './highlight-styles';
import type { Painter, PainterMode, PaintRange } from './painter';
import { ensurePainterStyle } from './painter-style';

export const DEFAULT_FLASH_MS = 1200;

/** `Stored` is what a painter keeps of a layer's ranges (the ranges themselves, or pieces of text nodes). */
export abstract class BasePainter<Stored> implements Painter {
  abstract readonly mode: PainterMode;
  protected readonly stored = new Map<string, Stored>();
  private readonly hidden = new Set<string>();
  private style: HTMLStyleElement | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private paletteSet = false;
  private destroyed = false;

  constructor(protected readonly doc: Document) {}

  /** The CSS for this way of painting, put in one <style data-gov-ui> in <head>. */
  protected abstract css(): string;
  /** Show what `ranges` and `hidden` now say about this layer. */
  protected abstract layerChanged(layer: string): void;
  /** Remove what `layerChanged` put on the page, for every layer. */
  protected abstract teardown(): void;

  /** Called by subclasses once they are ready, so that the rules are there before the first paint. */
  protected installStyle(): void {
    this.style = ensurePainterStyle(this.doc, this.mode, this.css());
  }

  private checkAlive(): void {
    if (this.destroyed) throw new Error('this painter was destroyed');
  }

  paint(layer: string, ranges: readonly PaintRange[]): void {
    this.checkAlive();
    if (!isLayerName(layer)) throw new Error(`not a highlight layer name: ${layer}`);
    if (ranges.length === 0) {
      this.clear(layer);
      return;
    }
    this.stored.set(layer, this.accept(ranges));
    this.layerChanged(layer);
  }

  /** Reads the ranges at once: the caller may reuse them, and DOM work may move live ranges later. */
  protected abstract accept(ranges: readonly PaintRange[]): Stored;

  paintKeywords(byTheme: ReadonlyMap<string, readonly PaintRange[]>): void {
    this.checkAlive();
    // Whole lists are passed on and joined with concat, never copied range by range: a long report has
    // thousands of keywords, and this runs in the page's code, cold on every load.
    const lists: (readonly PaintRange[])[] = [];
    const themed = new Map<string, readonly PaintRange[]>();
    for (const [themeId, ranges] of byTheme) {
      if (ranges.length === 0) continue;
      lists.push(ranges);
      // A theme without a colour of its own (unknown id, or one CSS cannot name) still shows, in grey.
      const named = keywordThemeLayer(themeId);
      const layer = named && layerLook(named, 'light') ? named : UNTHEMED_KEYWORD_LAYER;
      const before = themed.get(layer);
      themed.set(layer, before ? before.concat(ranges) : ranges);
    }
    const all = ([] as PaintRange[]).concat(...lists);
    for (const layer of [...this.stored.keys()]) {
      if (isKeywordThemeLayer(layer) && !themed.has(layer)) this.clear(layer);
    }
    this.paint(KEYWORD_LAYER, all);
    for (const [layer, ranges] of themed) this.paint(layer, ranges);
  }

  clear(layer?: string): void {
    this.checkAlive();
    const names = layer === undefined ? [...this.stored.keys()] : [layer];
    for (const name of names) {
      if (!this.stored.delete(name)) continue;
      this.layerChanged(name);
    }
  }

  setHidden(layer: string, hidden: boolean): void {
    this.checkAlive();
    if (hidden === this.hidden.has(layer)) return;
    if (hidden) this.hidden.add(layer);
    else this.hidden.delete(layer);
    this.layerChanged(layer);
    if (layer === KEYWORD_LAYER) {
      for (const name of this.stored.keys()) if (isKeywordThemeLayer(name)) this.layerChanged(name);
    }
  }

  isHidden(layer: string): boolean {
    return this.hidden.has(layer) || (isKeywordThemeLayer(layer) && this.hidden.has(KEYWORD_LAYER));
  }

  /** What should be on screen for this layer now: undefined when it is hidden or cleared. */
  protected visible(layer: string): Stored | undefined {
    return this.isHidden(layer) ? undefined : this.stored.get(layer);
  }

  layers(): string[] {
    return [...this.stored.keys()];
  }

  flash(range: PaintRange, ms: number = DEFAULT_FLASH_MS): void {
    this.checkAlive();
    const win = this.doc.defaultView;
    if (this.flashTimer !== null) (win ?? globalThis).clearTimeout(this.flashTimer);
    this.paint(FLASH_LAYER, [range]);
    this.flashTimer = (win ?? globalThis).setTimeout(() => {
      this.flashTimer = null;
      if (!this.destroyed) this.clear(FLASH_LAYER);
    }, ms);
  }

  setDarkPage(dark: boolean): void {
    this.checkAlive();
    const root = this.doc.documentElement;
    if (dark) {
      root.setAttribute(PALETTE_ATTRIBUTE, 'dark');
      this.paletteSet = true;
    } else if (this.paletteSet) {
      root.removeAttribute(PALETTE_ATTRIBUTE);
      this.paletteSet = false;
    }
  }

  flush(): void {
    // Nothing is deferred unless a subclass says so.
  }

  destroy(): void {
    if (this.destroyed) return;
    if (this.flashTimer !== null) (this.doc.defaultView ?? globalThis).clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.stored.clear();
    this.hidden.clear();
    this.teardown();
    this.style?.remove();
    this.style = null;
    if (this.paletteSet) this.doc.documentElement.removeAttribute(PALETTE_ATTRIBUTE);
    this.destroyed = true;
  }
}
