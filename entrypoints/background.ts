/**
 * Background: runs the engine for the content scripts (warm across pages), the context menu and keyboard
 * commands, analysing a page on request where the content script does not run by itself, and opening
 * the side panel.
 */
import { t } from '@/components/t';
import { analyze } from '@/lib/analyze';
import { analyzeTab, openSidePanel } from '@/lib/browser/analyze-tab';
import { onMessage } from '@/lib/messaging/protocol';
import { upgradeStoredRecords } from '@/lib/store/collections';
import { layersItem, readLayers } from '@/lib/store/settings';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

const MENU_ANALYZE = 'gov-analyze';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Records written by an older version are upgraded once, after an update (reads upgrade them anyway).
    if (reason === 'update') void upgradeStoredRecords();
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

  // For the browser tests (and the curious in DevTools): the same action as the popup's button.
  (globalThis as { govReport?: object }).govReport = { analyzeTab };

  onMessage('analyzeText', ({ data }) => {
    const t0 = performance.now();
    const analysis = analyze(data);
    performance.measure('gov-report:engine', { start: t0, end: performance.now() });
    return analysis;
  });
  onMessage('openSidePanel', ({ sender }) => openSidePanel(sender.tab?.id, sender.tab?.windowId));
});
