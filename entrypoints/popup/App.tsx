/**
 * The popup: what the extension made of this page (report found? counts), "analyse this page" where it
 * did not run, 剪藏本节 (clip this section) where it did, the per-site switch, the layer toggles, the way to
 * the side panel, and the quick export of the current collection.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLIP_SECTION_CSS, ClipSectionButton } from '@/components/ClipSectionButton';
import { exportToDownload, fileErrorMessage } from '@/components/collection-files';
import type { ExportKind } from '@/components/export-files';
import { LAYER_TOGGLES_CSS, LayerToggles } from '@/components/LayerToggles';
import { t } from '@/components/t';
import { analyzeTab, openSidePanel, reportOf } from '@/lib/browser/analyze-tab';
import type { PageReport } from '@/lib/messaging/page-report';
import { sendMessage, type ClipResult } from '@/lib/messaging/protocol';
import { DEFAULT_LAYERS, type LayerSettings } from '@/lib/settings/layers';
import { getCurrentCollectionId, listCollections } from '@/lib/store/collections';
import { getSiteMode, layersItem, readLayers, setSiteMode, type SiteMode, watchLayers } from '@/lib/store/settings';

interface ActiveTab {
  id: number;
  windowId: number;
  host: string | null;
}

function countsOf(report: PageReport) {
  return {
    t: report.targets.filter((x) => x.kind === 'target').length,
    r: report.targets.filter((x) => x.kind === 'result').length,
    k: report.keywords.length,
  };
}

export function App() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [report, setReport] = useState<PageReport | null | 'loading'>('loading');
  const [layers, setLayers] = useState<LayerSettings>({ ...DEFAULT_LAYERS, themes: {} });
  const [siteMode, setMode] = useState<SiteMode>('auto');
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState<{ id: string; name: string; clips: number } | null>(null);
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined) return setReport(null);
      let host: string | null = null;
      try {
        host = new URL(active.url ?? '').hostname || null;
      } catch {
        host = null;
      }
      setTab({ id: active.id, windowId: active.windowId, host });
      if (host) setMode(await getSiteMode(host));
      setReport(await reportOf(active.id));
    })();
    void readLayers().then(setLayers);
    // The current collection, for the quick export (a store that cannot be read just hides it).
    void Promise.all([getCurrentCollectionId(), listCollections()])
      .then(([id, list]) => {
        const collection = list.collections.find((c) => c.id === id);
        if (collection) setCurrent({ id, name: collection.name, clips: list.clipCounts[id] ?? 0 });
      })
      .catch(() => undefined);
    return watchLayers(setLayers);
  }, []);

  const quickExport = async (kind: ExportKind) => {
    if (!current) return;
    try {
      setExported({ ok: true, text: t('popupExportDone', await exportToDownload(kind, current.id)) });
    } catch (e) {
      setExported({ ok: false, text: t('popupExportFailed', fileErrorMessage(e)) });
    }
  };

  const analyse = async () => {
    if (!tab) return;
    setError(null);
    setReport('loading');
    try {
      const direct = await analyzeTab(tab.id);
      // Injected now: the script reports once it is done; ask again shortly.
      setReport(direct ?? (await new Promise<PageReport | null>((resolve) => setTimeout(() => void reportOf(tab.id).then(resolve), 800))));
    } catch {
      setError(t('popupCannotRun'));
      setReport(null);
    }
  };

  /** 剪藏本节: the page clips its current section; the quick export's count follows. */
  const clipSection = async (): Promise<ClipResult> => {
    if (!tab) return { ok: false, error: t('spClipNoPage') };
    const result = await sendMessage('clipCurrentSection', undefined, tab.id);
    if (result.ok) setCurrent((c) => (c && c.id === result.clip.collectionId ? { ...c, clips: c.clips + 1 } : c));
    return result;
  };

  const changeMode = async (mode: SiteMode) => {
    if (!tab?.host) return;
    setMode(mode);
    await setSiteMode(tab.host, mode);
  };

  let status: string;
  if (report === 'loading') status = t('popupStatusPending');
  else if (!report) status = t('popupStatusNoScript');
  else if (report.status === 'ready') status = t('popupStatusReady', report.title || report.url);
  else if (report.status === 'error') status = t('popupStatusError', report.reason ?? '');
  else status = t('popupStatusNone');
  const ready = report !== 'loading' && report?.status === 'ready';
  const counts = ready ? countsOf(report) : null;

  return (
    <main class="popup" aria-labelledby="popup-title">
      <style>{POPUP_CSS + LAYER_TOGGLES_CSS + CLIP_SECTION_CSS}</style>
      <h1 id="popup-title">{t('popupTitle')}</h1>
      <p class="popup__status" role="status">
        {status}
      </p>
      {counts && <p class="popup__counts">{t('popupCounts', [counts.t, counts.r, counts.k])}</p>}
      {error && (
        <p class="popup__error" role="alert">
          {error}
        </p>
      )}
      <div class="popup__actions">
        {!ready && (
          <button type="button" onClick={analyse} disabled={!tab || report === 'loading'}>
            {report && report !== 'loading' && report.status === 'none' ? t('popupAnalyzeAnyway') : t('popupAnalyze')}
          </button>
        )}
        <button type="button" onClick={() => void openSidePanel(tab?.id, tab?.windowId).then(() => window.close())} disabled={!tab}>
          {t('popupOpenPanel')}
        </button>
      </div>
      {ready && <ClipSectionButton clip={clipSection} disabled={!tab} />}
      {tab?.host && (
        <label class="popup__site">
          {t('popupSiteMode')}
          <select value={siteMode} onChange={(e) => void changeMode((e.currentTarget as HTMLSelectElement).value as SiteMode)}>
            <option value="auto">{t('popupSiteAuto')}</option>
            <option value="always">{t('popupSiteAlways')}</option>
            <option value="never">{t('popupSiteNever')}</option>
          </select>
        </label>
      )}
      <LayerToggles value={layers} onChange={(next) => void layersItem.setValue(next)} />
      {current && (
        <section class="popup__export" aria-labelledby="popup-export-title">
          <h2 id="popup-export-title">{t('popupQuickExport', current.name)}</h2>
          <p class="popup__counts">{t('spCollectionClips', current.clips)}</p>
          <div class="popup__actions">
            <button type="button" onClick={() => void quickExport('csv')}>
              {t('popupExportCsv')}
            </button>
            <button type="button" onClick={() => void quickExport('collection-json')}>
              {t('popupExportJson')}
            </button>
          </div>
          {exported && (
            <p class={exported.ok ? 'popup__counts' : 'popup__error'} role={exported.ok ? 'status' : 'alert'}>
              {exported.text}
            </p>
          )}
        </section>
      )}
    </main>
  );
}

const POPUP_CSS = `
body { margin: 0; }
.popup { width: 320px; padding: 12px 14px; font: 13px/1.5 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f2328; }
.popup h1 { font-size: 15px; margin: 0 0 6px; }
.popup__status { margin: 0 0 4px; }
.popup__counts { margin: 0 0 8px; color: #57606a; }
.popup__error { color: #b42318; margin: 0 0 8px; }
.popup__actions { display: flex; gap: 8px; margin: 8px 0; }
.popup button { font: inherit; padding: 4px 10px; border: 1px solid #c9ccd1; border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.popup button:disabled { cursor: default; opacity: 0.6; }
.popup button:focus-visible, .popup select:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.popup__site { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.popup__export { margin-top: 10px; padding-top: 6px; border-top: 1px solid #d0d7de; }
.popup__export h2 { font-size: 13px; margin: 0; overflow-wrap: anywhere; }
`;
