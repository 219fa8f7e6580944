/**
 * Re-runs the reader when the article changes: SPA navigation (WXT's `wxt:locationchange`), an article
 * that arrives after document_idle, and large edits inside the article. Our own DOM work (overlay, wrap
 * painter) is ignored; bursts of changes are debounced into one run.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 400;
/** Characters of text added or removed before a change counts as "large". */
const LARGE_CHANGE = 200;

function isOurs(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return !!el?.closest('[data-gov-ui]');
}

function textSize(nodes: NodeList): number {
  let n = 0;
  for (const node of nodes) if (!isOurs(node)) n += node.textContent?.length ?? 0;
  return n;
}

export interface ChangeWatcher {
  /** Stop reacting while `work` changes the DOM itself (wrap painter). */
  quietly<T>(work: () => T): T;
  stop(): void;
}

export function watchArticleChanges(
  ctx: ContentScriptContext,
  doc: Document,
  articleRoot: () => Element | null,
  rerun: (why: 'navigation' | 'content') => void,
): ChangeWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let why: 'navigation' | 'content' = 'content';
  const schedule = (reason: 'navigation' | 'content') => {
    if (reason === 'navigation') why = 'navigation';
    clearTimeout(timer);
    timer = setTimeout(() => {
      const r = why;
      why = 'content';
      rerun(r);
    }, DEBOUNCE_MS);
  };

  const observer = new MutationObserver((records) => {
    const root = articleRoot();
    let changed = 0;
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (root && !root.isConnected) {
        changed = LARGE_CHANGE; // the article was replaced
        break;
      }
      // Without an article yet, growth anywhere counts (a late article); with one, only inside it.
      if (root && !root.contains(r.target)) continue;
      if (r.type === 'characterData') changed += Math.abs((r.target.textContent?.length ?? 0) - (r.oldValue?.length ?? 0)) + 1;
      else changed += textSize(r.addedNodes) + textSize(r.removedNodes);
    }
    if (changed >= LARGE_CHANGE) schedule('content');
  });
  const start = () => observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  start();
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule('navigation'));
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });

  return {
    quietly(work) {
      observer.disconnect();
      try {
        return work();
      } finally {
        observer.takeRecords();
        start();
      }
    },
    stop() {
      observer.disconnect();
      clearTimeout(timer);
    },
  };
}
