/**
 * What the document_start script (entrypoints/warmup.content.ts) needs of the painters, on every page of
 * the matched sites: whether the Highlight API is there, and the painter's one style element. Its own small
 * module, so that script does not load the painters.
 */
import type { PainterMode } from './painter';

/** The parts of a window the Highlight API painter uses (the standard names). */
export interface HighlightWindow {
  Highlight?: new (...ranges: AbstractRange[]) => Highlight;
  CSS?: { highlights?: HighlightRegistry };
}

export function highlightWindow(doc: Document): HighlightWindow | null {
  return (doc.defaultView as unknown as HighlightWindow | null) ?? null;
}

export function supportsHighlightApi(doc: Document): boolean {
  const win = highlightWindow(doc);
  return typeof win?.Highlight === 'function' && typeof win.CSS?.highlights?.set === 'function';
}

/**
 * The painter's <style data-gov-ui data-gov-painter=mode>: the one already in the document when its text is
 * the same (put there at document_start by entrypoints/warmup.content.ts, so that the page's first style
 * calculation includes it), else a new one. Adding a style sheet to a laid-out page makes the browser
 * recalculate the style of the whole document: some 4–8 ms on a 50,000-character report.
 */
export function ensurePainterStyle(doc: Document, mode: PainterMode, css: string): HTMLStyleElement {
  const existing = doc.querySelector<HTMLStyleElement>(`style[data-gov-ui][data-gov-painter="${mode}"]`);
  if (existing && existing.textContent === css) return existing;
  const style = doc.createElement('style');
  style.setAttribute('data-gov-ui', '');
  style.setAttribute('data-gov-painter', mode);
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}
