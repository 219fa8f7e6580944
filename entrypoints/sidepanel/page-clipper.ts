/**
 * What clipping from the side panel needs from the page, asked of the tab's content script by message:
 * - `readClipPage`: the article text exactly as the engine read it (every offset of the report refers to
 *   it) and the analysis, for building several clips at once in the panel ("save all targets");
 * - `clipSectionInTab` / `clipSpanInTab`: the content script builds one clip from its own state and has
 *   the background store it; the answer is the saved clip or one line saying why not.
 * A tab without our content script (not a report site, not analysed) answers nothing: null / an error.
 */
import { t } from '@/components/t';
import { sendMessage, type ClipResult, type ClipSpanRequest } from '@/lib/messaging/protocol';
import type { ClipPage } from '@/lib/store/build-clip';

export async function readClipPage(tabId: number): Promise<ClipPage | null> {
  try {
    return await sendMessage('getClipPage', undefined, tabId);
  } catch {
    return null; // no content script in the tab
  }
}

export async function clipSectionInTab(tabId: number, sectionId: number): Promise<ClipResult> {
  try {
    return await sendMessage('clipSection', sectionId, tabId);
  } catch {
    return { ok: false, error: t('spClipNoPage') };
  }
}

export async function clipSpanInTab(tabId: number, request: ClipSpanRequest): Promise<ClipResult> {
  try {
    return await sendMessage('clipSpan', request, tabId);
  } catch {
    return { ok: false, error: t('spClipNoPage') };
  }
}
