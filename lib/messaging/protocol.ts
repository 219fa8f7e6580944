/**
 * Typed messages between the content script, the background and the extension pages (popup, side panel).
 * @webext-core/messaging gives one typed function per message; the payloads are plain data.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Analysis } from '../analysis-types';
import type { LayerSettings } from '../settings/layers';
import type { ItemRef, PageReport } from './page-report';

interface ProtocolMap {
  /** To a tab's content script: its current report (null while it has not looked yet). */
  getReport(): PageReport | null;
  /** To a tab's content script: analyse now, even if the page does not look like a report. */
  analyzeNow(): PageReport;
  /** To a tab's content script: scroll the item into view and flash it. */
  scrollTo(item: ItemRef): boolean;
  /** To a tab's content script: apply layer visibility (also persisted in storage by the sender). */
  applyLayers(settings: LayerSettings): void;
  /** From a content script: its report changed (views refresh). */
  reportChanged(report: PageReport): void;
  /**
   * From a content script to the background: analyse an article's text. The engine runs in the
   * background, where its code stays compiled and its keyword automaton built across pages, instead of
   * starting cold on every page's main thread.
   */
  analyzeText(text: string): Analysis;
  /** From a content script: open the side panel for this tab (badge button). */
  openSidePanel(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
