/**
 * The report of the active tab of this window, kept current: asked for when the panel opens, when the
 * user switches tabs, when the tab finishes loading, and pushed by the content script (reportChanged).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PagePhase } from '@/components/PageStatus';
import type { ItemRef, PageReport } from '@/lib/messaging/page-report';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';

export interface ActiveReport {
  tabId: number | null;
  report: PageReport | null;
  phase: PagePhase;
  analyzing: boolean;
  analyze: () => Promise<void>;
  jump: (item: ItemRef) => void;
}

/**
 * The tab this page itself is in when sidepanel.html is opened as an ordinary tab (a pinned tab, the e2e
 * tests); null in a real side panel, which is no tab.
 */
let ownTab: Promise<number | null> | undefined;
function ownTabId(): Promise<number | null> {
  ownTab ??= browser.tabs
    .getCurrent()
    .then((tab) => tab?.id ?? null)
    .catch(() => null);
  return ownTab;
}

/**
 * The tab whose report to show: the active tab of this window or, when that is this page itself, the tab
 * the user was on before it (a panel describing itself would only say "not a report").
 */
async function activeTabId(): Promise<number | null> {
  const self = await ownTabId();
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  if (self === null || tab.id !== self) return tab.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== undefined && t.id !== self);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

export function useActiveReport(): ActiveReport {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<PageReport | null>(null);
  const [phase, setPhase] = useState<PagePhase>('loading');
  const [analyzing, setAnalyzing] = useState(false);
  // The tab asked about last: answers for a tab the user has left are dropped.
  const current = useRef<number | null>(null);

  const ask = useCallback(async () => {
    const id = await activeTabId().catch(() => null);
    current.current = id;
    setTabId(id);
    if (id === null) {
      setReport(null);
      setPhase('unreachable');
      return;
    }
    try {
      const answer = await sendMessage('getReport', undefined, id);
      if (current.current !== id) return;
      setReport(answer);
      setPhase(answer ? answer.status : 'loading');
    } catch {
      if (current.current !== id) return;
      setReport(null);
      setPhase('unreachable');
    }
  }, []);

  useEffect(() => {
    void ask();
    const onActivated = ({ tabId: id }: { tabId: number }) => {
      // Switching to this page (opened as a tab) keeps showing the report of the tab the user came from.
      void ownTabId().then((self) => {
        if (id !== self) void ask();
      });
    };
    const onUpdated = (id: number, info: { status?: string; url?: string }) => {
      if (id === current.current && (info.status === 'complete' || info.url !== undefined)) void ask();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    const stop = onMessage('reportChanged', ({ sender }) => {
      if (sender.tab?.id === current.current) void ask();
    });
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      stop();
    };
  }, [ask]);

  const analyze = useCallback(async () => {
    const id = current.current;
    if (id === null) return;
    setAnalyzing(true);
    try {
      const answer = await sendMessage('analyzeNow', undefined, id);
      setReport(answer);
      setPhase(answer.status);
    } catch {
      // No content script in the tab: inject it as the context menu does (the background's path).
      try {
        await browser.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            (globalThis as { __govReportManual?: boolean }).__govReportManual = true;
          },
        });
        await browser.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
        setPhase('pending');
      } catch {
        setPhase('unreachable');
      }
    } finally {
      setAnalyzing(false);
    }
  }, []);

  const jump = useCallback((item: ItemRef) => {
    const id = current.current;
    if (id !== null) void sendMessage('scrollTo', item, id).catch(() => undefined);
  }, []);

  return { tabId, report, phase, analyzing, analyze, jump };
}
