/**
 * Analyse a tab now, on the user's request: ask its content script, or inject it first. activeTab grants
 * the tab for the user's gesture (popup button, context menu, keyboard command), so no host permission
 * beyond the official sites is needed. The flag tells the injected script that the user asked, so it runs
 * even where the page does not look like a report.
 */
import { browser } from 'wxt/browser';
import type { PageReport } from '../messaging/page-report';
import { sendMessage } from '../messaging/protocol';

export async function analyzeTab(tabId: number): Promise<PageReport | null> {
  try {
    return await sendMessage('analyzeNow', undefined, tabId);
  } catch {
    // No content script in this tab yet.
  }
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as { __govReportManual?: boolean }).__govReportManual = true;
    },
  });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  return null;
}

/** The report of a tab's content script, or null when none runs there. */
export async function reportOf(tabId: number): Promise<PageReport | null> {
  try {
    return await sendMessage('getReport', undefined, tabId);
  } catch {
    return null;
  }
}

/** Open the side panel (Chrome) or sidebar (Firefox) from a user gesture. */
export async function openSidePanel(tabId: number | undefined, windowId: number | undefined): Promise<void> {
  const chromeSide = (browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } }).sidePanel;
  if (chromeSide) await chromeSide.open(tabId !== undefined ? { tabId } : { windowId });
  else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
}
