/**
 * Saved clips of this page, found again in the current article text and drawn on the `gov-clip` layer.
 *
 * The quote is the source of truth: lib/anchoring tries the stored position, then the exact quote with
 * agreeing context, then an approximate match accepted only with a good score and agreeing context.
 * Anything it cannot place safely is an orphan: listed (PageReport.clips) but never drawn, because a
 * clip drawn in the wrong place is worse than one reported missing.
 *
 * The clips come from the background (the store validates records with zod, which stays out of the
 * content script); this module only anchors and decides when to ask again.
 */
import { createAnchorer } from '@/lib/anchoring/anchor';
import type { ClipPlacement } from '@/lib/messaging/page-report';
import { urlMatchKey } from '@/lib/store/clip-source';
import { CLIP_PREFIX } from '@/lib/store/keys';
import type { Clip } from '@/lib/store/types';

/** Where each clip is in `text` (one placement per clip, in the order given). */
export function placeClips(text: string, clips: readonly Pick<Clip, 'id' | 'selectors'>[]): ClipPlacement[] {
  if (clips.length === 0) return [];
  const anchorer = createAnchorer(text); // folds the page text once for all clips
  return clips.map((clip) => {
    const found = anchorer.anchor(clip.selectors);
    return found.status === 'orphan'
      ? { id: clip.id, status: 'orphan' }
      : { id: clip.id, status: found.status, start: found.start, end: found.end };
  });
}

/** One entry of browser.storage.onChanged's `changes`. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/**
 * Whether a storage change can alter the clips of the page at `pageUrl`: a clip record of this page was
 * added, edited or removed. Judged from the records' raw URL fields (source.url; url in a v1 record) so
 * that other tabs' saves do not make every open report ask the background again; a clip record whose URL
 * cannot be read counts as concerning (better one needless refresh than a stale page).
 */
export function clipChangeConcerns(changes: Record<string, StorageChange>, pageUrl: string): boolean {
  let pageKey: string;
  try {
    pageKey = urlMatchKey(pageUrl);
  } catch {
    return true;
  }
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(CLIP_PREFIX)) continue;
    for (const value of [change.newValue, change.oldValue]) {
      if (value === undefined) continue;
      const url = rawClipUrl(value);
      if (url === null) return true;
      try {
        if (urlMatchKey(url) === pageKey) return true;
      } catch {
        return true;
      }
    }
  }
  return false;
}

function rawClipUrl(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { source?: { url?: unknown } | null; url?: unknown };
  const url = typeof record.source === 'object' && record.source !== null ? record.source.url : record.url;
  return typeof url === 'string' ? url : null;
}

export interface SavedClipsDeps {
  /** The reader's current index text and report (read at each refresh: a re-run replaces them). */
  current: () => { text: string | null; url: string; ready: boolean };
  /** The saved clips of a page (a message to the background). */
  fetch: (url: string) => Promise<Clip[]>;
  /** Paint the placements and put them into the report. */
  show: (placements: ClipPlacement[]) => void;
}

/**
 * Keeps the drawn clips in step with the store and the article: `refresh()` after every run that produced
 * a new text, and whenever a clip record of this page changes. Answers arrive out of order (a slow store
 * read, then a re-run of the page): only the newest refresh may paint, and only on the text it anchored on.
 */
export class SavedClipsLayer {
  private generation = 0;

  constructor(private readonly deps: SavedClipsDeps) {}

  async refresh(): Promise<ClipPlacement[] | null> {
    const generation = ++this.generation;
    const before = this.deps.current();
    if (!before.ready || before.text === null) return null;
    let clips: Clip[];
    try {
      clips = await this.deps.fetch(before.url);
    } catch {
      return null; // the background is gone (extension reloaded): keep what is drawn
    }
    const now = this.deps.current();
    if (generation !== this.generation || now.text !== before.text || now.url !== before.url) return null;
    const placements = placeClips(before.text, clips);
    this.deps.show(placements);
    return placements;
  }
}
