/**
 * Storage layout: one key per record, so that two tabs saving at the same moment each write their own key
 * and never a shared array (no read-modify-write of anything another tab could be writing).
 *   local:collection:<id>   a collection record
 *   local:clip:<id>         a clip record
 *   local:store-meta        { schemaVersion, currentCollectionId }
 * Keys here are without the area prefix, as browser.storage.onChanged and snapshots report them.
 */
export const COLLECTION_PREFIX = 'collection:';
export const CLIP_PREFIX = 'clip:';
export const META_KEY = 'store-meta';

export const collectionKey = (id: string) => `${COLLECTION_PREFIX}${id}`;
export const clipKey = (id: string) => `${CLIP_PREFIX}${id}`;

/** The same key with the area, as wxt/utils/storage wants it. */
export const local = (key: string) => `local:${key}` as const;

export type StoreKey = { type: 'collection' | 'clip'; id: string } | { type: 'meta' };

/** What a storage key belongs to, or null for keys that are not the store's (settings, caches). */
export function parseStoreKey(key: string): StoreKey | null {
  if (key === META_KEY) return { type: 'meta' };
  if (key.startsWith(CLIP_PREFIX) && key.length > CLIP_PREFIX.length) return { type: 'clip', id: key.slice(CLIP_PREFIX.length) };
  if (key.startsWith(COLLECTION_PREFIX) && key.length > COLLECTION_PREFIX.length) {
    return { type: 'collection', id: key.slice(COLLECTION_PREFIX.length) };
  }
  return null;
}
