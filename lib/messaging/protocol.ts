/**
 * Typed messages between the content script, the background and the extension pages (popup, side panel).
 * @webext-core/messaging gives one typed function per message; the payloads are plain data.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LayerSettings } from '../settings/layers';
import type { ClipPage } from '../store/build-clip';
import type { Clip, ClipInput, ClipKind } from '../store/types';
import type { ItemRef, PageReport, ReportStatus } from './page-report';

/** What reportChanged says: which page, and how far its report is. */
export interface ReportNotice {
  url: string;
  status: ReportStatus;
}

/**
 * The answer to every "save a clip" message: the clip as stored, or one line for the user (why nothing
 * was saved: no selection, a full store …). A plain union rather than a thrown error, so the sentence
 * arrives as written whatever the messaging library does with exceptions.
 */
export type ClipResult = { ok: true; clip: Clip } | { ok: false; error: string };

/** A span of the tab's article text (offsets as in its PageReport) to save as a clip. */
export interface ClipSpanRequest {
  start: number;
  end: number;
  kind: ClipKind;
  note?: string;
  tags?: string[];
}

interface ProtocolMap {
  /** To a tab's content script: its current report (null while it has not looked yet). */
  getReport(): PageReport | null;
  /** To a tab's content script: analyse now, even if the page does not look like a report. */
  analyzeNow(): PageReport;
  /** To a tab's content script: scroll the item into view and flash it. */
  scrollTo(item: ItemRef): boolean;
  /** To a tab's content script: apply layer visibility (also persisted in storage by the sender). */
  applyLayers(settings: LayerSettings): void;
  /**
   * From a content script: its report changed. Only a notice: the whole report (thousands of items) would be
   * serialised on the page's main thread after every run, mostly for nobody; an open side panel asks for
   * it with getReport.
   */
  reportChanged(notice: ReportNotice): void;
  /** From a content script: open the side panel for this tab (badge button). */
  openSidePanel(): void;

  // --- clips (issue 4). The content script never loads the store (its zod schemas cost start-up time on
  // every page): it builds clips from its own reader state and asks the background to store and read them.

  /** From a content script to the background: store a clip built on the page (addClip). */
  saveClip(input: ClipInput): ClipResult;
  /** From a content script to the background: the saved clips of this page (any collection). */
  clipsForPage(url: string): Clip[];
  /** To a tab's content script: clip a span of its article text into the current collection. */
  clipSpan(request: ClipSpanRequest): ClipResult;
  /** To a tab's content script: clip a whole section (PageReport section id) into the current collection. */
  clipSection(sectionId: number): ClipResult;
  /** To a tab's content script: clip what the user has selected on the page (context menu, command). */
  clipSelection(): ClipResult;
  /**
   * To a tab's content script: clip the section the reader is at (the popup's 剪藏本节): the section where
   * the selection starts or, with nothing selected, the one at the top of the text in view.
   */
  clipCurrentSection(): ClipResult;
  /**
   * To a tab's content script: the article text exactly as analysed and the analysis, for views that build
   * several clips at once (the side panel's "save all targets"); null before a successful run.
   */
  getClipPage(): ClipPage | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
