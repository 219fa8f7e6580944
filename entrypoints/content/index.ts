/**
 * Content script: wires the page reader to the browser. Runs by itself on official sites (host match),
 * and is injected by the background on any other page when the user asks (activeTab + scripting).
 */
import { render } from 'preact';
import { h } from 'preact';
import { browser } from 'wxt/browser';
import { BADGE_CSS } from '@/components/Badge';
import { HOVER_CARD_CSS, type HoverItem } from '@/components/HoverCard';
import { SELECTION_ADDER_CSS } from '@/components/SelectionAdder';
import { t } from '@/components/t';
import { onMessage, sendMessage, type ClipResult } from '@/lib/messaging/protocol';
import { readAnswer } from '@/lib/messaging/analysis-wire';
import { createEngineClient, ENGINE_PORT } from '@/lib/messaging/engine-port';
import { anyLayerVisible, type LayerSettings } from '@/lib/settings/layers';
import { getSiteMode, layersItem, painterModeItem, readLayers, watchLayers } from '@/lib/store/settings';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageClipper } from './clipper';
import { HoverTracker } from './hover';
import { NOTICE_CSS, Overlay, type OverlayState } from './Overlay';
import { PageReader, type RunTrigger } from './reader';
import { REPORT_HOSTS } from './hosts';
import { SelectionAdderWatcher } from './selection-adder';
import { clipChangeConcerns, SavedClipsLayer, type StorageChange } from './saved-clips';
import { visibleSpan } from './visible-span';
import { watchArticleChanges } from './watch';

/** Set by the background before it injects this script on the user's request. */
const MANUAL_FLAG = '__govReportManual';
const READER_KEY = '__govReportReader';
/** How long the clip notice stays on the page. */
const NOTICE_MS = 3000;
/** Store changes arriving together (a "save all" of many clips) cause one refresh. */
const CLIP_REFRESH_MS = 100;

type Globals = typeof globalThis & { [MANUAL_FLAG]?: boolean; [READER_KEY]?: PageReader };

export default defineContentScript({
  matches: REPORT_HOSTS,
  runAt: 'document_idle',
  async main(ctx) {
    const g = globalThis as Globals;
    const manual = g[MANUAL_FLAG] === true;
    g[MANUAL_FLAG] = false;
    // Injected again into a page where it already runs: analyse now instead of starting twice.
    if (g[READER_KEY]) {
      if (manual) await g[READER_KEY].run('manual');
      return;
    }

    // The engine's port, opened now so that it is ready when the article is (the settings are read first).
    const engine = createEngineClient(() => browser.runtime.connect({ name: ENGINE_PORT }));
    engine.open();
    const host = location.hostname;
    const mode = await getSiteMode(host);
    if (mode === 'never' && !manual) {
      engine.close();
      document.documentElement.setAttribute('data-gov-report', 'none');
      return;
    }
    let trigger: RunTrigger = manual ? 'manual' : mode === 'always' ? 'always' : 'auto';

    let overlay: OverlayState = { counts: null, highlightsVisible: true, card: null, notice: null, adder: null };
    let layers: LayerSettings = await readLayers();
    const ui = await createShadowRootUi(ctx, {
      name: 'gov-report-overlay',
      position: 'inline',
      anchor: 'body',
      css: BADGE_CSS + HOVER_CARD_CSS + NOTICE_CSS + SELECTION_ADDER_CSS,
      isolateEvents: true,
      onMount(container, _shadow, host) {
        host.setAttribute('data-gov-ui', '');
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });

    const draw = () => {
      if (ui.mounted) render(h(Overlay, { state: overlay, actions }), ui.mounted);
    };
    let drawLater: ReturnType<typeof setTimeout> | undefined;
    /**
     * `later`: draw in a task of its own. After a run, the badge's first render (Preact, cold on every page)
     * would otherwise lengthen the task that registered the highlights, before the page can show them.
     */
    const update = (next: Partial<OverlayState>, later = false) => {
      overlay = { ...overlay, ...next };
      clearTimeout(drawLater);
      if (later) drawLater = setTimeout(draw, 0);
      else draw();
    };
    let noticeTimer: ReturnType<typeof setTimeout> | undefined;
    /** Says on the page what a clip action did (the user may have used the menu or a key: no other echo). */
    const announce = (result: ClipResult): ClipResult => {
      if (!ui.mounted) ui.mount();
      clearTimeout(noticeTimer);
      update({ notice: result.ok ? { text: t('clipSaved'), tone: 'ok' } : { text: result.error, tone: 'error' } });
      noticeTimer = setTimeout(() => update({ notice: null }), NOTICE_MS);
      return result;
    };
    const actions = {
      onToggleAll: (visible: boolean) => void layersItem.setValue({ ...layers, enabled: visible }),
      onOpenPanel: () => void sendMessage('openSidePanel', undefined).catch(() => undefined),
      onCloseCard: () => update({ card: null }),
      onSaveItem: (item: HoverItem) => void clipper.clipItem(item).then(announce),
      onClipItemSection: (item: HoverItem) => void clipper.clipItemSection(item).then(announce),
      onDismissNotice: () => {
        clearTimeout(noticeTimer);
        update({ notice: null });
      },
      onClipSelection: () => {
        adderWatcher.hide();
        void clipper.clipSelection().then(announce);
      },
    };

    const painterMode = await painterModeItem.getValue();
    // The engine runs in the background; the answer comes back in wire form (see analysis-wire.ts).
    const analyzeInBackground = async (text: string) => {
      const { head, body } = await engine.analyze(text);
      return readAnswer(head, () => body, text);
    };
    let lastAnalysis: unknown = undefined;
    let lastText: string | null | undefined = undefined;
    const reader = new PageReader(document, (state) => {
      const { report } = state;
      // A new run (new analysis or text) resets the card and the hover lookup and draws the saved clips
      // again; a change of the clips alone (showClips) only tells the views.
      const text = state.index?.text ?? null;
      if (state.analysis !== lastAnalysis || text !== lastText) {
        lastAnalysis = state.analysis;
        lastText = text;
        const counts =
          report.status === 'ready'
            ? {
                target: report.targets.filter((x) => x.kind === 'target').length,
                result: report.targets.filter((x) => x.kind === 'result').length,
                keyword: report.keywords.length,
              }
            : null;
        if (counts && !ui.mounted) ui.mount();
        update({ counts, card: null }, true);
        hover.setState(state);
        if (report.status === 'ready') void savedClips.refresh();
      }
      void sendMessage('reportChanged', { url: report.url, status: report.status }).catch(() => undefined);
    }, analyzeInBackground, { forcePainter: painterMode === 'wrap' ? 'wrap' : undefined });
    g[READER_KEY] = reader;
    const hover = new HoverTracker(ctx, document, reader, (card) => update({ card }));
    const adderWatcher = new SelectionAdderWatcher(ctx, document, () => reader.state, (adder) => {
      if (adder && !ui.mounted) ui.mount();
      update({ adder });
    });
    const savedClips = new SavedClipsLayer({
      current: () => ({ text: reader.state.index?.text ?? null, url: reader.state.report.url, ready: reader.state.report.status === 'ready' }),
      fetch: (url) => sendMessage('clipsForPage', url),
      show: (placements) => reader.showClips(placements),
    });
    const clipper = new PageClipper({
      doc: document,
      state: () => reader.state,
      save: (input) => sendMessage('saveClip', input),
      analyseNow: () => {
        trigger = 'manual';
        return reader.run('manual');
      },
      inView: (index) => visibleSpan(document, index, 0, window.innerHeight),
    });

    // Clips saved, edited or deleted anywhere (this tab, the side panel, another tab): draw them again.
    // Raw storage events, filtered by key and URL here; the store's own watcher would bring zod along.
    let clipTimer: ReturnType<typeof setTimeout> | undefined;
    const onStorage = (changes: Record<string, StorageChange>, area: string) => {
      if (area !== 'local' || reader.state.report.status !== 'ready') return;
      if (!clipChangeConcerns(changes, reader.state.report.url)) return;
      clearTimeout(clipTimer);
      clipTimer = setTimeout(() => void savedClips.refresh(), CLIP_REFRESH_MS);
    };
    browser.storage.onChanged.addListener(onStorage);

    reader.applyLayers(layers);
    update({ highlightsVisible: anyLayerVisible(layers) });
    const unwatch = watchLayers((next) => {
      layers = next;
      reader.applyLayers(next);
      update({ highlightsVisible: anyLayerVisible(next) });
    });

    onMessage('getReport', () => reader.state.report);
    onMessage('analyzeNow', () => {
      trigger = 'manual';
      return reader.run('manual');
    });
    onMessage('scrollTo', ({ data }) => hover.scrollTo(data));
    onMessage('applyLayers', ({ data }) => {
      layers = data;
      reader.applyLayers(data);
    });
    onMessage('getClipPage', () => clipper.page());
    onMessage('clipSpan', ({ data }) => clipper.clipSpan(data).then(announce));
    onMessage('clipSection', ({ data }) => clipper.clipSection(data).then(announce));
    onMessage('clipSelection', () => clipper.clipSelection().then(announce));
    onMessage('clipCurrentSection', () => clipper.clipCurrentSection().then(announce));

    const watcher = watchArticleChanges(ctx, document, () => reader.articleRoot, () => void reader.run(trigger));
    reader.paintGuard = (work) => watcher.quietly(work);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      clearTimeout(clipTimer);
      clearTimeout(noticeTimer);
      unwatch();
      watcher.stop();
      engine.close();
      reader.destroy();
      ui.remove();
      delete g[READER_KEY];
    });

    await reader.run(trigger);
  },
});
