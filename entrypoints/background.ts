/**
 * Background: runs the engine for the content scripts (warm across pages), stores and reads clips for
 * them (the store and its zod schemas live here, not in every page), the context menus and keyboard
 * commands, analysing a page on request where the content script does not run by itself, and opening
 * the side panel.
 */
import { t, uiLanguage } from '@/components/t';
import { analyze } from '@/lib/analyze';
import { ENGINE_PORT, serveEngine } from '@/lib/messaging/engine-port';
import { engineService } from '@/lib/engine-service';
import { warmEngine } from '@/lib/engine-warmup';
import { isWarmMessage } from '@/lib/messaging/warm-message';
import { analyzeTab, openSidePanel, reportOf } from '@/lib/browser/analyze-tab';
import { clipSelectionInTab } from '@/lib/messaging/clip-tab';
import { onMessage, sendMessage, type ClipResult, type ClipSpanRequest } from '@/lib/messaging/protocol';
import { addClip, clipsForUrl, upgradeStoredRecords } from '@/lib/store/collections';
import { writeError } from '@/lib/store/errors';
import { layersItem, readLayers } from '@/lib/store/settings';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

const MENU_ANALYZE = 'gov-analyze';
const MENU_CLIP = 'gov-clip';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Records written by an older version are upgraded once, after an update (reads upgrade them anyway).
    if (reason === 'update') void upgradeStoredRecords();
    browser.contextMenus.create({ id: MENU_ANALYZE, title: t('menuAnalyze'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_CLIP, title: t('menuClip'), contexts: ['selection'] });
  });

  const clipSelection = (tabId: number) => clipSelectionInTab(tabId, t('clipUnreachable'));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_ANALYZE) void analyzeTab(tab.id);
    if (info.menuItemId === MENU_CLIP) void clipSelection(tab.id);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'analyze-page' && tab?.id !== undefined) await analyzeTab(tab.id);
    if (command === 'clip-selection' && tab?.id !== undefined) await clipSelection(tab.id);
    if (command === 'toggle-highlights') {
      const layers = await readLayers();
      await layersItem.setValue({ ...layers, enabled: !layers.enabled });
    }
  });

  // For the browser tests (and the curious in DevTools): the same actions as the popup's buttons, the
  // clip command and context menu, and the side panel's clip messages, for a given tab.
  (globalThis as { govReport?: object }).govReport = {
    analyzeTab,
    reportOf,
    clipSelection,
    clipSection: (tabId: number, sectionId: number) => sendMessage('clipSection', sectionId, tabId),
    clipSpan: (tabId: number, request: ClipSpanRequest) => sendMessage('clipSpan', request, tabId),
    clipCurrentSection: (tabId: number) => sendMessage('clipCurrentSection', undefined, tabId),
  };

  // A report site started loading (entrypoints/warmup.content.ts): warm the engine while it loads. Plain
  // runtime messaging, so that script stays tiny; @webext-core's listeners ignore this shape.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isWarmMessage(message)) {
      const t0 = performance.now();
      void warmEngine().then((done) => {
        if (done) performance.measure('gov-report:warmup', { start: t0, end: performance.now(), detail: done });
      });
    }
    return undefined;
  });

  // The engine, for the pages' readers: one port per page (see engine-port.ts), from our own scripts only.
  const serve = engineService((text) => {
    const t0 = performance.now();
    const analysis = analyze(text);
    performance.measure('gov-report:engine', { start: t0, end: performance.now() });
    return analysis;
  });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === ENGINE_PORT && port.sender?.id === browser.runtime.id) serveEngine(port, serve);
  });
  onMessage('openSidePanel', ({ sender }) => openSidePanel(sender.tab?.id, sender.tab?.windowId));

  onMessage('saveClip', async ({ data }): Promise<ClipResult> => {
    try {
      return { ok: true, clip: await addClip(data) };
    } catch (error) {
      // StoreError (quota, invalid …) or anything else as a failed write: one line, nothing lost.
      return { ok: false, error: writeError('saveClip', error).userMessage(uiLanguage()) };
    }
  });
  onMessage('clipsForPage', ({ data }) => clipsForUrl(data));
});
