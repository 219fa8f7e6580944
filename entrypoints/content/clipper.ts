/**
 * Clipping on the page: turns what the user points at (a selection, a section, a hovered target or
 * keyword, a span the side panel names) into a clip built from the reader's own state — the article text
 * exactly as analysed and the engine's analysis — and hands it to the background to store.
 *
 * Building happens here because only the page has the text and the DOM selection; storing happens in the
 * background because the store validates with zod, which must not load on every page.
 * Every action answers with a ClipResult: the saved clip, or one line saying why nothing was saved.
 */
import type { HoverItem } from '@/components/HoverCard';
import { t } from '@/components/t';
import type { ClipResult, ClipSpanRequest } from '@/lib/messaging/protocol';
import {
  buildClip,
  buildKeywordClip,
  buildSectionClip,
  buildTargetClip,
  sectionToClip,
  type ClipPage,
} from '@/lib/store/build-clip';
import type { TextIndex } from '@/lib/dom/text-index';
import type { ClipInput } from '@/lib/store/types';
import type { ReaderState } from './reader';
import { selectedSpan, type TextSpan } from './selection-span';

export interface ClipperDeps {
  doc: Document;
  /** The reader's current state (read at each action: a re-run replaces it). */
  state: () => ReaderState;
  /** Store a clip (a message to the background). */
  save: (input: ClipInput) => Promise<ClipResult>;
  /** Analyse the page now, on the user's request (clipping a selection is such a request). */
  analyseNow: () => Promise<unknown>;
  /** The span of article text in view (./visible-span.ts over the window), for "clip this section". */
  inView: (index: TextIndex) => TextSpan | null;
}

/** The clip page of a reader state, or null when the last run did not produce an analysis. */
export function clipPageOf(state: ReaderState, pageTitle: string): ClipPage | null {
  const { index, analysis, report } = state;
  if (!index || !analysis || report.status !== 'ready') return null;
  return {
    text: index.text,
    analysis,
    url: report.url,
    pageTitle,
    reportTitle: report.title || analysis.title || null,
  };
}

const fail = (error: string): ClipResult => ({ ok: false, error });

export class PageClipper {
  constructor(private readonly deps: ClipperDeps) {}

  page(): ClipPage | null {
    return clipPageOf(this.deps.state(), this.deps.doc.title);
  }

  /** A span of the article text (offsets as in the PageReport), as the side panel names it. */
  clipSpan(request: ClipSpanRequest): Promise<ClipResult> {
    const page = this.page();
    if (!page) return Promise.resolve(fail(t('clipNotReady')));
    const extras = { note: request.note, tags: request.tags };
    return this.build(() => buildClip(page, { start: request.start, end: request.end }, request.kind, extras));
  }

  /** A whole section, by the id the PageReport gives it. */
  clipSection(sectionId: number): Promise<ClipResult> {
    const page = this.page();
    if (!page) return Promise.resolve(fail(t('clipNotReady')));
    const section = page.analysis.sections.find((s) => s.id === sectionId);
    if (!section) return Promise.resolve(fail(t('clipNoSection')));
    return this.build(() => buildSectionClip(page, section));
  }

  /** A hovered target or keyword (the card's 保存 button). */
  clipItem(item: HoverItem): Promise<ClipResult> {
    const page = this.page();
    if (!page) return Promise.resolve(fail(t('clipNotReady')));
    return this.build(() => (item.type === 'target' ? buildTargetClip(page, item.target) : buildKeywordClip(page, item.hit)));
  }

  /** The section around a hovered target or keyword (the card's 剪藏本节 button). */
  clipItemSection(item: HoverItem): Promise<ClipResult> {
    const start = item.type === 'target' ? item.target.start : item.hit.start;
    return this.clipSectionAround({ start, end: start + 1 }, false);
  }

  /**
   * "Clip this section" from the popup: the section where the selection starts or, with nothing of the
   * article selected, the section the reader is looking at (at the top of the text in view).
   */
  clipCurrentSection(): Promise<ClipResult> {
    const { index } = this.deps.state();
    if (!this.page() || !index) return Promise.resolve(fail(t('clipNotReady')));
    const selected = selectedSpan(this.deps.doc, index);
    if (selected) return this.clipSectionAround(selected, false);
    const view = this.deps.inView(index);
    if (!view) return Promise.resolve(fail(t('clipNoSectionHere')));
    return this.clipSectionAround(view, true);
  }

  /**
   * The section (sectionToClip) at `span.start`; with `inView`, the span is what the reader sees, and a
   * view that starts in the opening takes the first section whose heading is in view.
   */
  private clipSectionAround(span: TextSpan, inView: boolean): Promise<ClipResult> {
    const page = this.page();
    if (!page) return Promise.resolve(fail(t('clipNotReady')));
    const section = sectionToClip(page.analysis.sections, span.start, inView ? span.end : undefined);
    if (!section) return Promise.resolve(fail(t('clipNoSectionHere')));
    return this.build(() => buildSectionClip(page, section));
  }

  /**
   * What the user selected. On a page that was not analysed (not recognised as a report, or a run that
   * failed) the user's request to clip is a request to analyse: run first, then map the selection.
   */
  async clipSelection(): Promise<ClipResult> {
    const selection = this.deps.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return fail(t('clipNoSelection'));
    if (!this.page()) {
      await this.deps.analyseNow();
      if (!this.page()) return fail(t('clipNotReady'));
    }
    const state = this.deps.state();
    const page = clipPageOf(state, this.deps.doc.title);
    if (!page || !state.index) return fail(t('clipNotReady'));
    const span = selectedSpan(this.deps.doc, state.index);
    if (!span) return fail(t('clipOutsideArticle'));
    return this.build(() => buildClip(page, span, 'selection'));
  }

  private async build(make: () => ClipInput): Promise<ClipResult> {
    let input: ClipInput;
    try {
      input = make();
    } catch {
      // buildClip's RangeError: a span outside the text or one of only white space.
      return fail(t('clipOutsideArticle'));
    }
    try {
      return await this.deps.save(input);
    } catch {
      // No background to answer: the extension was updated or reloaded under this page.
      return fail(t('clipUnreachable'));
    }
  }
}
