/**
 * Clip the selection of a tab on the user's request (context menu 剪藏到合集, keyboard command). The
 * content script builds the clip from its own reading of the page; where it does not run yet (a page off
 * the official sites, reached by the activeTab grant of the same gesture) it is injected first, and the
 * request is repeated until the fresh script answers.
 */
import { analyzeTab } from '../browser/analyze-tab';
import { sendMessage, type ClipResult } from './protocol';

/** How long to wait for a just-injected content script to start answering. */
const INJECT_WAIT_MS = 5000;
const RETRY_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function clipSelectionInTab(tabId: number, unreachable: string): Promise<ClipResult> {
  try {
    return await sendMessage('clipSelection', undefined, tabId);
  } catch {
    // No content script in this tab: inject it (it analyses the page as the user asked), then ask again.
  }
  try {
    await analyzeTab(tabId);
  } catch {
    return { ok: false, error: unreachable }; // a page scripts may not run on (browser pages, the store)
  }
  const deadline = Date.now() + INJECT_WAIT_MS;
  for (;;) {
    try {
      return await sendMessage('clipSelection', undefined, tabId);
    } catch {
      // The injected script registers its handlers after a few awaits: try again shortly.
      if (Date.now() > deadline) return { ok: false, error: unreachable };
      await sleep(RETRY_MS);
    }
  }
}
