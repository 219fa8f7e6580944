/**
 * The side panel: five views of the active tab's report and of the user's saved work. This container
 * only wires: the page (useActiveReport: report, scrollTo, analyse) and the store (useCollections, live)
 * to the pure views in components/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CollectionsView } from '@/components/CollectionsView';
import { exportToDownload, fileErrorMessage, importIntoStore, planImportFromStore } from '@/components/collection-files';
import { CompareView } from '@/components/CompareView';
import { ExportMenu } from '@/components/ExportMenu';
import { ImportDialog } from '@/components/ImportDialog';
import { clipHref } from '@/components/clip-link';
import { KeywordChart } from '@/components/KeywordChart';
import { LayerToggles } from '@/components/LayerToggles';
import { OutlineTree } from '@/components/OutlineTree';
import { PageStatus } from '@/components/PageStatus';
import { t } from '@/components/t';
import { tabButtonId, tabPanelId, Tabs } from '@/components/Tabs';
import { TargetTable } from '@/components/TargetTable';
import { DEFAULT_LAYERS, type LayerSettings } from '@/lib/settings/layers';
import { buildTargetClip } from '@/lib/store/build-clip';
import { normalizeUrl } from '@/lib/store/clip-source';
import { layersItem, readLayers, watchLayers } from '@/lib/store/settings';
import type { Clip, ClipInput } from '@/lib/store/types';
import { clipSectionInTab, readClipPage } from './page-clipper';
import { useActiveReport } from './use-active-report';
import { useCollections } from './use-collections';

type TabId = 'targets' | 'keywords' | 'outline' | 'collections' | 'compare';
const ID = 'sp';

export function App() {
  const page = useActiveReport();
  const store = useCollections();
  const [tab, setTab] = useState<TabId>('targets');
  const [compareId, setCompareId] = useState<string | null>(null);
  const [layers, setLayers] = useState<LayerSettings>({ ...DEFAULT_LAYERS, themes: {} });

  useEffect(() => {
    void readLayers().then(setLayers);
    return watchLayers(setLayers);
  }, []);

  const report = page.report;
  const ready = page.phase === 'ready' && report !== null;
  const { clips, collections, currentId } = store.state;

  // What of this page is already saved, so its buttons say so.
  const pageClips = useMemo(() => {
    if (!report) return [];
    const url = safeNormalize(report.url);
    return clips.filter((c) => c.source.url === url);
  }, [clips, report]);
  const savedTargets = useMemo(() => {
    const saved = new Set<number>();
    if (!report) return saved;
    const spans = new Set(pageClips.filter((c) => c.kind === 'target').map((c) => `${c.selectors.position.start}:${c.selectors.position.end}`));
    report.targets.forEach((target, i) => {
      if (spans.has(`${target.start}:${target.end}`)) saved.add(i);
    });
    return saved;
  }, [pageClips, report]);
  const clipCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const clip of clips) counts[clip.collectionId] = (counts[clip.collectionId] ?? 0) + 1;
    return counts;
  }, [clips]);
  const clippedSections = useMemo(() => {
    const ids = new Set<number>();
    if (!report) return ids;
    for (const clip of pageClips) {
      if (clip.kind !== 'section') continue;
      const section = report.sections.find(
        (s) => s.title === clip.section && s.start <= clip.selectors.position.start && clip.selectors.position.end <= s.end,
      );
      if (section) ids.add(section.id);
    }
    return ids;
  }, [pageClips, report]);

  /** Build clips from the page's text (in the tab) and save them into the current collection. */
  const saveFromPage = async (build: (p: NonNullable<Awaited<ReturnType<typeof readClipPage>>>) => ClipInput[]) => {
    if (page.tabId === null) return;
    try {
      const clipPage = await readClipPage(page.tabId);
      if (!clipPage) {
        store.actions.showError(t('spClipNoPage'));
        return;
      }
      const inputs = build(clipPage);
      if (inputs.length > 0) await store.actions.addClips(inputs);
    } catch {
      store.actions.showError(t('spClipNoPage'));
    }
  };

  const saveTargets = (indices: readonly number[]) =>
    void saveFromPage((p) => {
      const spans = new Set<string>();
      return indices.flatMap((i) => {
        const wanted = report?.targets[i];
        // The same target in the tab's analysis (the report is a copy of it; match by span to be safe).
        const target = wanted && p.analysis.targets.find((x) => x.start === wanted.start && x.end === wanted.end);
        if (!target) return [];
        // Targets of one mention (分别增长8%、10%: two targets, one span) make one clip, which holds them
        // all; a clip per target would save the same passage twice (and an import would merge the twins).
        const span = `${target.start}:${target.end}`;
        if (spans.has(span)) return [];
        spans.add(span);
        return [buildTargetClip(p, target)];
      });
    });
  // One clip: the content script builds it from its own reading of the page and the background stores it
  // (the same path as the popup's and the hover card's 剪藏本节), so no copy of the page text comes here.
  const clipSection = async (sectionId: number) => {
    if (page.tabId === null) return;
    const result = await clipSectionInTab(page.tabId, sectionId);
    if (!result.ok) store.actions.showError(result.error);
  };

  const openClip = (clip: Clip, href = clipHref(clip)) => void browser.tabs.create({ url: href }).catch(() => undefined);

  const tabs: { id: TabId; label: string }[] = [
    { id: 'targets', label: t('spTabTargets') },
    { id: 'keywords', label: t('spTabKeywords') },
    { id: 'outline', label: t('spTabOutline') },
    { id: 'collections', label: t('spTabCollections') },
    { id: 'compare', label: t('spTabCompare') },
  ];
  const pageStatus = (
    <PageStatus phase={page.phase} reason={report?.reason ?? null} analyzing={page.analyzing} onAnalyze={() => void page.analyze()} />
  );

  return (
    <main class="sp">
      <header class="sp-header">
        <h1 class="sp-header__title">{ready && report.title ? report.title : t('extName')}</h1>
        {ready && (
          <p class="sp-header__counts">
            {t('spCounts', [
              report.targets.filter((x) => x.kind === 'target').length,
              report.targets.filter((x) => x.kind === 'result').length,
              report.keywords.length,
            ])}
          </p>
        )}
        {store.state.error && tab !== 'collections' && (
          <p class="sp-alert" role="alert">
            {store.state.error}
          </p>
        )}
      </header>
      <Tabs tabs={tabs} selected={tab} onSelect={(id) => setTab(id as TabId)} label={t('spTabsLabel')} idPrefix={ID} />
      {tabs.map(({ id }) => (
        <section key={id} role="tabpanel" id={tabPanelId(ID, id)} aria-labelledby={tabButtonId(ID, id)} hidden={id !== tab} tabIndex={0} class="sp-panel">
          {id === tab && id === 'targets' &&
            (ready ? (
              <TargetTable
                targets={report.targets}
                sections={report.sections}
                onJump={(index) => page.jump({ type: 'target', index })}
                onSave={(index) => saveTargets([index])}
                onSaveAll={() => saveTargets(report.targets.map((_, i) => i).filter((i) => !savedTargets.has(i)))}
                savedIndices={savedTargets}
              />
            ) : (
              pageStatus
            ))}
          {id === tab && id === 'keywords' &&
            (ready ? <KeywordChart hits={report.keywords} onJump={(index) => page.jump({ type: 'keyword', index })} /> : pageStatus)}
          {id === tab && id === 'outline' &&
            (ready ? (
              <OutlineTree
                sections={report.sections}
                targets={report.targets}
                headline={report.headline}
                onJump={(sectionId) => page.jump({ type: 'section', id: sectionId })}
                onJumpHeadline={(span) => page.jump({ type: 'span', ...span })}
                onClipSection={(sectionId) => void clipSection(sectionId)}
                clippedIds={clippedSections}
              />
            ) : (
              pageStatus
            ))}
          {id === tab && id === 'collections' && (
            <CollectionsView
              collections={collections}
              clips={clips}
              currentId={currentId}
              problems={store.state.problems}
              undo={store.state.undo}
              error={store.state.error}
              onCreate={store.actions.create}
              onRename={store.actions.rename}
              onDelete={(cid) => void store.actions.remove(cid)}
              onUndo={() => void store.actions.undo()}
              onSelectCurrent={store.actions.selectCurrent}
              onUpdateClip={store.actions.updateClip}
              onMoveClip={store.actions.moveClip}
              onDeleteClip={(clipId) => void store.actions.deleteClip(clipId)}
              onOpenClip={openClip}
            />
          )}
          {id === tab && id === 'collections' && store.state.loaded && (
            <section class="sp-files" aria-labelledby="sp-files-title">
              <h2 id="sp-files-title" class="sp-subtitle">
                {t('spFilesTitle')}
              </h2>
              <ExportMenu collections={collections} clipCounts={clipCounts} currentId={currentId} onExport={exportToDownload} />
              <ImportDialog plan={planImportFromStore} apply={importIntoStore} errorMessage={fileErrorMessage} />
            </section>
          )}
          {id === tab && id === 'compare' && (
            <CompareView
              collections={collections}
              clips={clips}
              collectionId={compareId ?? currentId}
              onSelectCollection={setCompareId}
              onOpenClip={(clipId) => {
                const clip = clips.find((c) => c.id === clipId);
                if (clip) openClip(clip);
              }}
            />
          )}
        </section>
      ))}
      <details class="sp-layers">
        <summary>{t('layersLegend')}</summary>
        <LayerToggles value={layers} onChange={(next) => void layersItem.setValue(next)} idPrefix="sp-layer" />
      </details>
    </main>
  );
}

function safeNormalize(url: string): string {
  try {
    return normalizeUrl(url);
  } catch {
    return url;
  }
}
