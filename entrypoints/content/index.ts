/**
 * Content script: wires the page reader to the browser. Runs by itself on official sites (host match),
 * and is injected by the background on any other page when the user asks (activeTab + scripting).
 */
import { render } from 'preact';
import { h } from 'preact';
import { BADGE_CSS } from '@/components/Badge';
import { HOVER_CARD_CSS } from '@/components/HoverCard';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { anyLayerVisible, type LayerSettings } from '@/lib/settings/layers';
import { getSiteMode, layersItem, painterModeItem, readLayers, watchLayers } from '@/lib/store/settings';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HoverTracker } from './hover';
import { Overlay, type OverlayState } from './Overlay';
import { PageReader, type RunTrigger } from './reader';
import { REPORT_HOSTS } from './hosts';
import { watchArticleChanges } from './watch';

/** Set by the background before it injects this script on the user's request. */
const MANUAL_FLAG = '__govReportManual';
const READER_KEY = '__govReportReader';

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

    const host = location.hostname;
    const mode = await getSiteMode(host);
    if (mode === 'never' && !manual) {
      document.documentElement.setAttribute('data-gov-report', 'none');
      return;
    }
    let trigger: RunTrigger = manual ? 'manual' : mode === 'always' ? 'always' : 'auto';

    let overlay: OverlayState = { counts: null, highlightsVisible: true, card: null };
    let layers: LayerSettings = await readLayers();
    const ui = await createShadowRootUi(ctx, {
      name: 'gov-report-overlay',
      position: 'inline',
      anchor: 'body',
      css: BADGE_CSS + HOVER_CARD_CSS,
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
    const update = (next: Partial<OverlayState>) => {
      overlay = { ...overlay, ...next };
      draw();
    };
    const actions = {
      onToggleAll: (visible: boolean) => void layersItem.setValue({ ...layers, enabled: visible }),
      onOpenPanel: () => void sendMessage('openSidePanel', undefined).catch(() => undefined),
      onCloseCard: () => update({ card: null }),
    };

    const painterMode = await painterModeItem.getValue();
    const reader = new PageReader(document, (state) => {
      const { report } = state;
      const counts =
        report.status === 'ready'
          ? {
              target: report.targets.filter((t) => t.kind === 'target').length,
              result: report.targets.filter((t) => t.kind === 'result').length,
              keyword: report.keywords.length,
            }
          : null;
      if (counts && !ui.mounted) ui.mount();
      update({ counts, card: null });
      hover.setState(state);
      void sendMessage('reportChanged', report).catch(() => undefined);
    }, (text) => sendMessage('analyzeText', text), { forcePainter: painterMode === 'wrap' ? 'wrap' : undefined });
    g[READER_KEY] = reader;
    const hover = new HoverTracker(ctx, document, reader, (card) => update({ card }));

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

    const watcher = watchArticleChanges(ctx, document, () => reader.articleRoot, () => void reader.run(trigger));
    reader.paintGuard = (work) => watcher.quietly(work);
    ctx.onInvalidated(() => {
      unwatch();
      watcher.stop();
      reader.destroy();
      ui.remove();
      delete g[READER_KEY];
    });

    await reader.run(trigger);
  },
});
