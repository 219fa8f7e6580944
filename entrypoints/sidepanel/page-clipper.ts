/**
 * What clipping needs from the page: the article text exactly as the engine read it (every offset of
 * the report refers to it) and the engine's analysis. The PageReport the side panel receives carries
 * offsets but not the text, so the text is read from the content script's reader in the tab.
 *
 * executeScript in the default ISOLATED world runs beside the extension's content script and sees its
 * globals (the content script keeps its reader at globalThis.__govReportReader). The tab is already
 * granted: the content script runs there by host match or by an activeTab grant. A dedicated message
 * (getArticleText) in lib/messaging/protocol.ts would be the cleaner path once the protocol has one.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '@/lib/analysis-types';
import type { ClipPage } from '@/lib/store/build-clip';

interface PageSnapshot {
  text: string;
  analysis: Analysis;
  url: string;
  pageTitle: string;
  reportTitle: string | null;
}

/** Runs inside the tab: must not reference anything outside itself (it is serialised). */
function snapshotOfReader(): PageSnapshot | null {
  const reader = (globalThis as unknown as {
    __govReportReader?: { state?: { index?: { text?: string } | null; analysis?: Analysis | null; report?: { title?: string } } };
  }).__govReportReader;
  const state = reader?.state;
  const text = state?.index?.text;
  if (!state || typeof text !== 'string' || !state.analysis) return null;
  return {
    text,
    analysis: state.analysis,
    url: location.href,
    pageTitle: document.title,
    reportTitle: state.report?.title || state.analysis.title || null,
  };
}

export async function readClipPage(tabId: number): Promise<ClipPage | null> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotOfReader });
  const snapshot = (first?.result ?? null) as PageSnapshot | null;
  if (!snapshot) return null;
  return {
    text: snapshot.text,
    analysis: snapshot.analysis,
    url: snapshot.url,
    pageTitle: snapshot.pageTitle,
    reportTitle: snapshot.reportTitle,
  };
}
