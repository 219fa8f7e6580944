/**
 * Background: runs the engine for the content scripts (warm across pages), the context menu and keyboard
 * commands, analysing a page on request where the content script does not run by itself, and opening
 * the side panel.
 */
import { t } from '@/components/t';
import { analyze } from '@/lib/analyze';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { layersItem, readLayers } from '@/lib/store/settings';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

const MENU_ANALYZE = 'gov-analyze';

/**
 * Analyse the tab now: ask its content script, or inject it first (activeTab grants the tab for this user
 * gesture). The flag tells the injected script that the user asked, so it runs even on non-report pages.
 */
export async function analyzeTab(tabId: number): Promise<void> {
  try {
    await sendMessage('analyzeNow', undefined, tabId);
    return;
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
}

async function openSidePanel(tabId: number | undefined, windowId: number | undefined): Promise<void> {
  const chromeSide = (browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } }).sidePanel;
  if (chromeSide) await chromeSide.open(tabId !== undefined ? { tabId } : { windowId });
  else await (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ANALYZE, title: t('menuAnalyze'), contexts: ['page'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ANALYZE && tab?.id !== undefined) void analyzeTab(tab.id);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'analyze-page' && tab?.id !== undefined) await analyzeTab(tab.id);
    if (command === 'toggle-highlights') {
      const layers = await readLayers();
      await layersItem.setValue({ ...layers, enabled: !layers.enabled });
    }
  });

  onMessage('analyzeText', ({ data }) => {
    const t0 = performance.now();
    const analysis = analyze(data);
    performance.measure('gov-report:engine', { start: t0, end: performance.now() });
    return analysis;
  });
  onMessage('openSidePanel', ({ sender }) => openSidePanel(sender.tab?.id, sender.tab?.windowId));
});
