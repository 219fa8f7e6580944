/**
 * The page reader: finds the article, reads it with the engine, paints what it found, and keeps that true
 * while the page changes (late-loading articles, SPA navigation, edits of the article). One per tab.
 *
 * extract (findArticle + text index) → analyze (lib/analyze, run by the background, its answer in wire
 * form) → paint (lib/dom/painter, from the answer's paint plan) → the rest of the answer decoded into the
 * report: each stage is timed (User Timing, read by bench:page). A stage that ran
 * longer than TASK_SLICE_MS hands the main thread back to the page before the next one, so that no single
 * task of ours blocks the page for long; short stages share a task.
 */
import type { Analysis } from '@/lib/analysis-types';
import type { EngineAnswer, PaintPlan } from '@/lib/messaging/analysis-wire';
import { elementIsRendered, findArticle, indexArticle, type ArticleMatch } from '@/lib/dom/find-article';
import { createPainter, paintRangeMaker, type Painter, type PaintRange } from '@/lib/dom/painter';
import type { TextIndex } from '@/lib/dom/text-index';
import { emptyReport, type ClipPlacement, type PageReport } from '@/lib/messaging/page-report';
import { judgeReport } from '@/lib/report-cues';
import {
  HIGHLIGHT_CLIP,
  HIGHLIGHT_KEYWORD,
  HIGHLIGHT_RESULT,
  HIGHLIGHT_TARGET,
  type LayerSettings,
  isHighlightVisible,
  isThemeVisible,
} from '@/lib/settings/layers';

export type RunTrigger = 'auto' | 'manual' | 'always';

export interface ReaderState {
  report: PageReport;
  analysis: Analysis | null;
  article: ArticleMatch | null;
  index: TextIndex | null;
}

/** The layers this reader paints, with their visibility set by applyLayers even before they hold ranges. */
const READER_LAYERS = [HIGHLIGHT_TARGET, HIGHLIGHT_RESULT, HIGHLIGHT_KEYWORD, HIGHLIGHT_CLIP];

/** Work of ours that runs longer than this in one go yields to the page before going on. */
const TASK_SLICE_MS = 12;

/** Yields to the page between stages (scheduler.yield where the browser has it). */
function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** True when the article is shown light-on-dark (the painter then uses its dark palette). */
function isDark(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(bg);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue; // transparent: look further up
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}

/**
 * Runs the span → range path a few hundred times on spans spread over the text while the background
 * works, and throws the ranges away. The page's copy of our code starts cold on every load, and V8
 * compiles and optimises a function only once it has run; this wait is idle time on the page's main
 * thread, and afterwards the thousands of real spans are turned into ranges by compiled code
 * (measured on the 20k bench page: the span loop went from about 2.5 ms to about 1 ms).
 */
function warmRangePath(doc: Document, index: TextIndex): void {
  const toPaint = paintRangeMaker(doc);
  const length = index.text.length;
  const step = Math.max(1, Math.floor(length / 400));
  for (let at = 0; at + 4 <= length; at += step) {
    const bounds = index.toRangeBounds(at, at + 4);
    if (bounds) toPaint(bounds);
  }
}

export class PageReader {
  readonly painter: Painter;
  state: ReaderState;
  /**
   * The article text of the last completed run, so the same content is never analysed twice. Compared as a
   * whole: string equality is native and stops at the first difference, cheaper on a page's cold code
   * than hashing the text in JavaScript.
   */
  private lastText: string | null = null;
  private running: Promise<PageReport> | null = null;
  private layers: LayerSettings | null = null;
  private onChange: (state: ReaderState) => void;
  /** Wraps DOM-changing paint work (the change watcher pauses around it). */
  paintGuard: <T>(work: () => T) => T = (work) => work();

  constructor(
    private readonly doc: Document,
    onChange: (state: ReaderState) => void,
    /** The engine: in the extension, the background's, over a port (lib/messaging/engine-port.ts). */
    private readonly analyzeText: (text: string) => Promise<EngineAnswer>,
    options: { forcePainter?: 'highlight-api' | 'wrap' } = {},
  ) {
    this.painter = createPainter(doc, { force: options.forcePainter });
    this.state = { report: emptyReport(doc.location.href, 'pending', null), analysis: null, article: null, index: null };
    this.onChange = onChange;
  }

  /** Runs once at a time; a run asked for while one is under way waits for it and then runs again. */
  run(trigger: RunTrigger): Promise<PageReport> {
    const previous = this.running ?? Promise.resolve(this.state.report);
    const next = previous.then(() => this.runOnce(trigger));
    this.running = next.finally(() => {
      if (this.running === next) this.running = null;
    });
    return next;
  }

  /** The article root, when one was found (the change watcher looks inside it). */
  get articleRoot(): Element | null {
    return this.state.article?.root ?? null;
  }

  applyLayers(settings: LayerSettings): void {
    const themesChanged = JSON.stringify(settings.themes) !== JSON.stringify(this.layers?.themes ?? {});
    this.layers = settings;
    // gov-keyword holds every keyword range; a theme switched off must leave it too, so repaint it.
    if (themesChanged && this.keywordRanges.size > 0) this.paintGuard(() => this.paintKeywordLayers());
    // The painter keeps a layer's hidden flag whether or not the layer holds ranges yet, so the layers this
    // reader paints are set once here, before or after painting, and paints need not repeat it. (Theme
    // layers follow gov-keyword, and a theme switched off is not painted at all: paintKeywordLayers.)
    for (const layer of new Set([...READER_LAYERS, ...this.painter.layers()])) {
      this.painter.setHidden(layer, !isHighlightVisible(settings, layer));
    }
  }

  /** Keyword ranges by theme from the last paint (bounds in the text index's original nodes). */
  private keywordRanges = new Map<string, PaintRange[]>();

  private paintKeywordLayers(): void {
    const shown = new Map<string, PaintRange[]>();
    for (const [theme, ranges] of this.keywordRanges) {
      if (!this.layers || isThemeVisible(this.layers, theme)) shown.set(theme, ranges);
    }
    this.painter.paintKeywords(shown);
    this.painter.flush();
  }

  private async runOnce(trigger: RunTrigger): Promise<PageReport> {
    const url = this.doc.location.href;
    try {
      const t0 = performance.now();
      // One task keeps going while it is short; past TASK_SLICE_MS it yields to the page (a long report:
      // finding the article, indexing it and painting each get a task of their own).
      let sliceStart = t0;
      const breather = async () => {
        if (performance.now() - sliceStart > TASK_SLICE_MS) await yieldToPage();
        sliceStart = performance.now();
      };
      // Asked by the user on a page without a recognisable article (a list, a portal page): read the body.
      const article =
        findArticle(this.doc, { isRendered: elementIsRendered }) ??
        (trigger !== 'auto' && this.doc.body ? { root: this.doc.body, title: this.doc.title, method: 'density' as const, readerable: false, exclude: [] } : null);
      if (!article) return this.finish(emptyReport(url, 'none', 'no article found'), null, null, null, true);
      const tFound = performance.now();
      await breather();
      const tIndex = performance.now();
      const index = indexArticle(article);
      if (index.text === this.lastText && this.state.report.status !== 'pending' && trigger === 'auto') {
        return this.state.report; // the same content as last time: nothing to do
      }
      // Straight to the engine: the page gets the main thread back while the background works.
      const t1 = performance.now();
      const pending = this.analyzeText(index.text);
      warmRangePath(this.doc, index);
      const answer = await pending;
      const { plan } = answer;
      const t3 = performance.now();
      sliceStart = t3;
      if (trigger === 'auto') {
        const verdict = judgeReport(article.title, index.text, { figures: plan.figures.length / 3, sections: plan.sections, bodyCues: plan.bodyCues });
        if (!verdict.isReport) {
          this.lastText = index.text;
          return this.finish({ ...emptyReport(url, 'none', verdict.reason), title: article.title }, null, null, null, true);
        }
      }
      await breather();

      // Targets and results first, then keywords (a long report has thousands of them).
      const t4 = performance.now();
      const keywordsByTheme = this.paintGuard(() => this.paintFigures(index, plan));
      const t4b = performance.now();
      await breather();
      const t4c = performance.now();
      this.paintGuard(() => this.paintKeywordsOf(keywordsByTheme, index));
      const t5 = performance.now();
      const paintMs = t4b - t4 + (t5 - t4c);
      // The highlights are up: now the rest of the answer, for the report (side panel, hover card, clips).
      await breather();
      const t5b = performance.now();
      const analysis = await answer.analysis();
      const t6 = performance.now();
      this.lastText = index.text;
      const report: PageReport = {
        url,
        title: analysis.title ?? article.title,
        status: 'ready',
        reason: null,
        method: article.method,
        year: analysis.year,
        textLength: index.text.length,
        sections: analysis.sections,
        headline: analysis.headline,
        targets: analysis.targets,
        keywords: analysis.keywords,
        clips: [], // painter.clear() removed them: the content script draws them again (showClips)
        timings: { extract: tFound - t0 + (t1 - tIndex), analyze: t3 - t1, paint: paintMs },
      };
      // User Timing entries on the page's timeline, for profilers and the page benchmark. `total` ends when
      // the highlights are registered; `decode` is the rest of the answer, after that.
      performance.measure('gov-report:extract', { start: t0, duration: tFound - t0 + (t1 - tIndex) });
      performance.measure('gov-report:find', { start: t0, end: tFound });
      performance.measure('gov-report:index', { start: tIndex, end: t1 });
      performance.measure('gov-report:analyze', { start: t1, end: t3 });
      performance.measure('gov-report:paint', { start: t4, duration: paintMs });
      performance.measure('gov-report:total', { start: t0, end: t5 });
      performance.measure('gov-report:decode', { start: t5b, end: t6 });
      return this.finish(report, analysis, article, index, false);
    } catch (error) {
      console.error('[gov-report] analysis failed', error);
      const reason = error instanceof Error ? error.message : String(error);
      return this.finish(emptyReport(url, 'error', reason), null, null, null, true);
    }
  }

  private finish(
    report: PageReport,
    analysis: Analysis | null,
    article: ArticleMatch | null,
    index: TextIndex | null,
    clear: boolean,
  ): PageReport {
    if (clear) this.paintGuard(() => this.painter.clear());
    this.state = { report, analysis, article, index };
    this.doc.documentElement.setAttribute('data-gov-report', report.status === 'pending' ? 'none' : report.status);
    this.onChange(this.state);
    return report;
  }

  /**
   * Paints targets and results from the answer's plan; returns the keyword ranges by theme for the next
   * task. Every span becomes a range before anything is painted (the wrap painter splits text nodes).
   */
  private paintFigures(index: TextIndex, plan: PaintPlan): Map<string, PaintRange[]> {
    const targets: PaintRange[] = [];
    const results: PaintRange[] = [];
    const seen = new Set<number>();
    const toPaint = paintRangeMaker(this.doc);
    const { figures, hits, themes } = plan;
    for (let f = 0; f < figures.length; f += 3) {
      const start = figures[f]!;
      const end = figures[f + 1]!;
      // Values shared out over several indicators (分别) have one span: paint it once.
      const key = start * 0x4000000 + end; // exact below 2^26 characters, far beyond any page
      if (seen.has(key)) continue;
      seen.add(key);
      const bounds = index.toRangeBounds(start, end);
      if (bounds) (figures[f + 2] === 1 ? targets : results).push(toPaint(bounds));
    }
    const byTheme = new Map<string, PaintRange[]>();
    for (let h = 0; h < hits.length; h += 3) {
      const bounds = index.toRangeBounds(hits[h]!, hits[h + 1]!);
      if (!bounds) continue;
      const range = toPaint(bounds);
      const theme = themes[hits[h + 2]!]!;
      const list = byTheme.get(theme);
      if (list) list.push(range);
      else byTheme.set(theme, [range]);
    }
    this.painter.clear();
    this.keywordRanges = new Map(); // the last run's bounds belong to the last index
    this.painter.paint(HIGHLIGHT_TARGET, targets);
    this.painter.paint(HIGHLIGHT_RESULT, results);
    return byTheme;
  }

  private paintKeywordsOf(byTheme: Map<string, PaintRange[]>, index: TextIndex): void {
    this.keywordRanges = byTheme;
    this.paintKeywordLayers();
    // Reading computed colours forces a style recalculation: do it after the page has settled, not in the
    // task that paints (the light palette is right for nearly every government site meanwhile).
    const probe = index.nodeSpans[0]?.node.parentElement ?? this.doc.body;
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
    idle(() => this.painter.setDarkPage(isDark(probe)));
  }

  /**
   * Draws saved clips found on the current text (placements from saved-clips.ts, offsets into this
   * index's text) on the `gov-clip` layer and lists every clip, orphans included, in the report.
   */
  showClips(placements: ClipPlacement[]): void {
    const index = this.state.index;
    if (!index) return;
    const ranges: PaintRange[] = [];
    for (const p of placements) {
      if (p.status === 'orphan' || p.start === undefined || p.end === undefined) continue;
      const bounds = index.toRangeBounds(p.start, p.end);
      if (bounds) ranges.push(bounds);
    }
    this.paintGuard(() => {
      this.painter.paint(HIGHLIGHT_CLIP, ranges);
      this.painter.flush();
    });
    this.state = { ...this.state, report: { ...this.state.report, clips: placements } };
    this.onChange(this.state);
  }

  destroy(): void {
    this.painter.destroy();
  }
}
