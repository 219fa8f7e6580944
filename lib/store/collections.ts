/**
 * Collections and clips in extension storage (browser.storage.local through wxt/utils/storage).
 *
 * Rules every operation keeps:
 * - One key per record (see ./keys.ts). Adding clips writes only those clips' keys, so any number of tabs
 *   can save at once without losing each other's clips; nothing is a read-modify-write of a shared list.
 * - Every read is validated (./migrations.ts upgrades old records first). An unreadable record is
 *   returned in `problems` with its key and the reason, and skipped; it is never deleted or overwritten.
 * - Every write is one storage call (one `set` or one `remove` with all keys), so it happens entirely or
 *   not at all; a failure (quota …) throws a StoreError and leaves what was stored as it was.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { normalizeUrl, urlMatchKey } from './clip-source';
import { StoreError, writeError } from './errors';
import { COLLECTION_PREFIX, META_KEY, clipKey, collectionKey, local, parseStoreKey } from './keys';
import {
  STORE_SCHEMA_VERSION,
  clipRecord,
  collectionRecord,
  readClipRecord,
  readCollectionRecord,
} from './migrations';
import {
  clipInputSchema,
  clipSchema,
  collectionSchema,
  describeZodError,
  storeMetaSchema,
  undoTokenSchema,
  type StoreMeta,
} from './schemas';
import type {
  Clip,
  ClipInput,
  ClipList,
  ClipPatch,
  Collection,
  CollectionList,
  StoreChange,
  StoreProblem,
  StoreRecords,
  UndoToken,
} from './types';

/**
 * The collection clips go to until the user picks another. Its id is fixed rather than random so that
 * two tabs creating it at the same moment on first use write the same record instead of two 未分类.
 */
export const DEFAULT_COLLECTION_ID = 'default';
export const DEFAULT_COLLECTION_NAME = '未分类';
const NAME_MAX = 200;

const now = () => new Date().toISOString();
const newId = () => crypto.randomUUID();

// ------------------------------------------------------------------------------------------ raw access

async function readKeys(keys: string[]): Promise<Map<string, unknown>> {
  try {
    const values = await storage.getItems(keys.map(local));
    return new Map(values.map(({ key, value }) => [key.slice('local:'.length), value]));
  } catch (error) {
    throw new StoreError('read-failed', `reading ${keys.join(', ')}: ${messageOf(error)}`, { cause: error });
  }
}

async function readKey(key: string): Promise<unknown> {
  return (await readKeys([key])).get(key) ?? null;
}

/** All of the store's records, validated; unreadable ones reported. */
interface StoreContents {
  collections: Map<string, Collection>;
  clips: Clip[];
  problems: StoreProblem[];
  meta: StoreMeta | null;
  /** Keys of records read through a migration (their stored form is older than the current one). */
  upgraded: string[];
}

/**
 * Everything in the local area, filtered to the store's keys. Listing needs the keys, and storage has no
 * portable "keys with this prefix" call (getKeys is Chrome 130+ only), so the area is read whole.
 */
async function readStore(selectClip?: (raw: unknown) => boolean | undefined): Promise<StoreContents> {
  let area: Record<string, unknown>;
  try {
    area = await storage.snapshot('local');
  } catch (error) {
    throw new StoreError('read-failed', `reading storage: ${messageOf(error)}`, { cause: error });
  }
  const contents: StoreContents = { collections: new Map(), clips: [], problems: [], meta: null, upgraded: [] };
  for (const [key, raw] of Object.entries(area)) {
    const parsed = parseStoreKey(key);
    if (!parsed) continue;
    if (parsed.type === 'meta') {
      contents.meta = readMeta(raw, contents.problems);
      continue;
    }
    // Validation is the expensive part of a read (tens of microseconds a clip); a clip the filter
    // rules out from its raw fields is not validated. Undefined means "cannot tell": validate.
    if (parsed.type === 'clip' && selectClip?.(raw) === false) continue;
    const result = parsed.type === 'clip' ? readClipRecord(raw) : readCollectionRecord(raw);
    if (!result.ok) {
      contents.problems.push({ key, reason: result.reason });
      continue;
    }
    if (result.value.id !== parsed.id) {
      contents.problems.push({ key, reason: `record id ${result.value.id} does not match its key` });
      continue;
    }
    if (result.upgradedFrom !== null) contents.upgraded.push(key);
    if (parsed.type === 'clip') contents.clips.push(result.value as Clip);
    else contents.collections.set(parsed.id, result.value as Collection);
  }
  contents.problems.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return contents;
}

function readMeta(raw: unknown, problems?: StoreProblem[]): StoreMeta | null {
  if (raw === null || raw === undefined) return null;
  const parsed = storeMetaSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems?.push({ key: META_KEY, reason: describeZodError(parsed.error) });
  return null;
}

/** One clip or collection by id: the record, or why it cannot be used. */
async function readOne<T extends Clip | Collection>(type: 'clip' | 'collection', id: string): Promise<T> {
  const key = type === 'clip' ? clipKey(id) : collectionKey(id);
  const raw = await readKey(key);
  const what = type === 'clip' ? 'clip' : 'collection';
  if (raw === null) throw new StoreError('not-found', `${what} ${id} does not exist`);
  const result = type === 'clip' ? readClipRecord(raw) : readCollectionRecord(raw);
  if (!result.ok) throw new StoreError('invalid', `${what} ${id} cannot be read: ${result.reason}`);
  return result.value as T;
}

/** Write records in one storage call: all of them are stored, or (on failure) none. */
async function write(action: string, records: Record<string, unknown>): Promise<void> {
  try {
    await storage.setItems(Object.entries(records).map(([key, value]) => ({ key: local(key), value })));
  } catch (error) {
    throw writeError(action, error);
  }
}

async function remove(action: string, keys: string[]): Promise<void> {
  try {
    await storage.removeItems(keys.map(local));
  } catch (error) {
    throw writeError(action, error);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function byCreated<T extends { createdAt: string; id: string }>(a: T, b: T): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function cleanName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean.length === 0) throw new StoreError('invalid', 'a collection needs a name');
  if (clean.length > NAME_MAX) throw new StoreError('invalid', `a collection name has at most ${NAME_MAX} characters`);
  return clean;
}

/** Tags as the user means them: trimmed, without a leading #, no empty or repeated ones. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const t = tag.replace(/^[#＃]+/, '').replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

// ----------------------------------------------------------------------------------------- collections

/**
 * All collections (oldest first) with their clip counts. On first use, when the store holds no
 * collection at all, the default 未分类 is created so that there is always somewhere to save.
 * Problems include unreadable records and clips whose collection no longer exists (a clip saved into a
 * collection while another tab deleted it); those clips stay stored and can be moved.
 */
export async function listCollections(): Promise<CollectionList> {
  let contents = await readStore();
  const hasCollectionRecords = contents.problems.some((p) => p.key.startsWith(COLLECTION_PREFIX));
  if (contents.collections.size === 0 && !hasCollectionRecords) {
    await ensureDefaultCollection();
    contents = await readStore();
  }
  const clipCounts: Record<string, number> = {};
  for (const id of contents.collections.keys()) clipCounts[id] = 0;
  const problems = [...contents.problems];
  for (const clip of contents.clips) {
    if (clip.collectionId in clipCounts) clipCounts[clip.collectionId]! += 1;
    else problems.push({ key: clipKey(clip.id), reason: `its collection ${clip.collectionId} no longer exists` });
  }
  return { collections: [...contents.collections.values()].sort(byCreated), clipCounts, problems };
}

export async function createCollection(name: string): Promise<Collection> {
  const time = now();
  const collection: Collection = { id: newId(), name: cleanName(name), createdAt: time, updatedAt: time };
  await write('create collection', { [collectionKey(collection.id)]: collectionRecord(collection) });
  return collection;
}

export async function renameCollection(id: string, name: string): Promise<Collection> {
  const clean = cleanName(name);
  const old = await readOne<Collection>('collection', id);
  const renamed: Collection = { ...old, name: clean, updatedAt: now() };
  await write('rename collection', { [collectionKey(id)]: collectionRecord(renamed) });
  return renamed;
}

/**
 * Delete a collection and every clip in it, in one storage call. Returns what was removed, for
 * `undoDelete`. When it was the current collection, the current one falls back to the default.
 */
export async function deleteCollection(id: string): Promise<UndoToken> {
  const collection = await readOne<Collection>('collection', id);
  const contents = await readStore();
  const clips = contents.clips.filter((c) => c.collectionId === id).sort(byCreated);
  await remove('delete collection', [collectionKey(id), ...clips.map((c) => clipKey(c.id))]);
  if (contents.meta?.currentCollectionId === id) {
    // The collection is gone already; a failure here only leaves a dangling pointer, which
    // getCurrentCollectionId repairs, so it must not turn a successful delete into an error.
    await write('reset current collection', { [META_KEY]: metaRecord(null) }).catch(() => undefined);
  }
  return { kind: 'collection', collection, clips };
}

/**
 * Put back what a delete removed. A clip whose collection has meanwhile disappeared goes to the current
 * collection. The token is validated first (it may have travelled through a message or a page reload).
 */
export async function undoDelete(token: UndoToken): Promise<void> {
  const parsed = undoTokenSchema.safeParse(token);
  if (!parsed.success) throw new StoreError('invalid', `undo: ${describeZodError(parsed.error)}`);
  const t = parsed.data;
  const records: Record<string, unknown> = {};
  if (t.kind === 'collection') {
    records[collectionKey(t.collection.id)] = collectionRecord(t.collection);
    for (const clip of t.clips) records[clipKey(clip.id)] = clipRecord({ ...clip, collectionId: t.collection.id });
  } else {
    const ids = [...new Set(t.clips.map((c) => c.collectionId))];
    const existing = await readKeys(ids.map(collectionKey));
    let fallback: string | undefined;
    for (const clip of t.clips) {
      let collectionId = clip.collectionId;
      if (!readCollectionRecord(existing.get(collectionKey(collectionId)) ?? null).ok) {
        collectionId = fallback ??= await getCurrentCollectionId();
      }
      records[clipKey(clip.id)] = clipRecord({ ...clip, collectionId });
    }
  }
  await write('undo delete', records);
}

function metaRecord(currentCollectionId: string | null): StoreMeta {
  return { schemaVersion: STORE_SCHEMA_VERSION, currentCollectionId };
}

/**
 * The collection new clips go to: the one the user picked, or the default 未分类 (created here on first
 * use, or again after the picked one was deleted).
 */
export async function getCurrentCollectionId(): Promise<string> {
  const values = await readKeys([META_KEY, collectionKey(DEFAULT_COLLECTION_ID)]);
  const current = readMeta(values.get(META_KEY))?.currentCollectionId ?? null;
  if (current !== null) {
    const record = current === DEFAULT_COLLECTION_ID ? values.get(collectionKey(current)) : await readKey(collectionKey(current));
    if (readCollectionRecord(record ?? null).ok) return current;
  }
  const id = await ensureDefaultCollection(values.get(collectionKey(DEFAULT_COLLECTION_ID)) ?? null);
  await write('set current collection', { [META_KEY]: metaRecord(id) });
  return id;
}

export async function setCurrentCollection(id: string): Promise<void> {
  await readOne<Collection>('collection', id);
  await write('set current collection', { [META_KEY]: metaRecord(id) });
}

/**
 * The id of a usable 未分类 collection, created when missing. When the default key holds an unreadable
 * record, that record is left alone (it is reported by the lists) and a new 未分类 gets a fresh id.
 */
async function ensureDefaultCollection(known?: unknown): Promise<string> {
  const raw = known !== undefined ? known : await readKey(collectionKey(DEFAULT_COLLECTION_ID));
  if (raw !== null && readCollectionRecord(raw).ok) return DEFAULT_COLLECTION_ID;
  const id = raw === null ? DEFAULT_COLLECTION_ID : newId();
  const time = now();
  const collection: Collection = { id, name: DEFAULT_COLLECTION_NAME, createdAt: time, updatedAt: time };
  await write('create the default collection', { [collectionKey(id)]: collectionRecord(collection) });
  return id;
}

// ----------------------------------------------------------------------------------------------- clips

/** Save a clip (from buildClip) into its collection, or the current one. Writes only the clip's own key. */
export async function addClip(input: ClipInput): Promise<Clip> {
  const [clip] = await addClips([input]);
  return clip!;
}

/**
 * Save many clips (the side panel's "save all targets of this page") in ONE storage call: every view and
 * tab that watches storage gets one change event instead of one per clip, and the clips are stored all
 * together or (on a failure such as a full store) not at all. Still one key per clip, so a bulk save in
 * another tab at the same moment loses nothing. Every input is validated, and every collection named
 * checked, before anything is written; the first bad input throws a StoreError naming its index.
 * Returns the clips as stored, in the order of `inputs`.
 */
export async function addClips(inputs: readonly ClipInput[]): Promise<Clip[]> {
  const valid: ClipInput[] = [];
  for (const [i, input] of inputs.entries()) {
    const parsed = clipInputSchema.safeParse(input);
    if (!parsed.success) {
      const where = inputs.length === 1 ? 'clip' : `clip ${i + 1} of ${inputs.length}`;
      throw new StoreError('invalid', `${where}: ${describeZodError(parsed.error)}`);
    }
    valid.push(parsed.data);
  }
  if (valid.length === 0) return [];

  // Each named collection is read once, whatever the number of clips going into it.
  const named = [...new Set(valid.flatMap((d) => (d.collectionId !== undefined ? [d.collectionId] : [])))];
  if (named.length === 1) await readOne<Collection>('collection', named[0]!);
  else if (named.length > 1) {
    const stored = await readKeys(named.map(collectionKey));
    for (const id of named) {
      const raw = stored.get(collectionKey(id)) ?? null;
      if (raw === null) throw new StoreError('not-found', `collection ${id} does not exist`);
      const result = readCollectionRecord(raw);
      if (!result.ok) throw new StoreError('invalid', `collection ${id} cannot be read: ${result.reason}`);
    }
  }
  const current = valid.some((d) => d.collectionId === undefined) ? await getCurrentCollectionId() : null;

  // Lists order clips by createdAt (then id, which is random): one millisecond apart keeps a bulk save in
  // the order it was given (page order for "save all") instead of a shuffle of equal times.
  const base = Date.now();
  const clips = valid.map((data, i) => newClip(data, data.collectionId ?? current!, new Date(base + i).toISOString()));
  const records: Record<string, unknown> = {};
  for (const clip of clips) records[clipKey(clip.id)] = clipRecord(clip);
  await write(clips.length === 1 ? 'save clip' : `save ${clips.length} clips`, records);
  return clips;
}

function newClip(data: ClipInput, collectionId: string, time: string): Clip {
  return {
    id: newId(),
    collectionId,
    createdAt: time,
    updatedAt: time,
    kind: data.kind,
    // Stored URLs are always normalised: page lookups compare them without parsing each one again.
    source: { ...data.source, url: normalizeUrl(data.source.url) },
    section: data.section,
    text: data.text,
    note: data.note?.trim() ?? '',
    tags: cleanTags(data.tags ?? []),
    targets: data.targets,
    keywords: data.keywords,
    selectors: data.selectors,
  };
}

/** Edit a clip's note, tags or section title. The record is rewritten in the current version. */
export async function updateClip(id: string, patch: ClipPatch): Promise<Clip> {
  const old = await readOne<Clip>('clip', id);
  const updated: Clip = {
    ...old,
    ...(patch.note !== undefined ? { note: patch.note.trim() } : {}),
    ...(patch.tags !== undefined ? { tags: cleanTags(patch.tags) } : {}),
    ...(patch.section !== undefined ? { section: patch.section?.trim() || null } : {}),
    updatedAt: now(),
  };
  const checked = clipSchema.safeParse(updated);
  if (!checked.success) throw new StoreError('invalid', `clip ${id}: ${describeZodError(checked.error)}`);
  await write('update clip', { [clipKey(id)]: clipRecord(checked.data) });
  return checked.data;
}

export async function moveClip(id: string, collectionId: string): Promise<Clip> {
  await readOne<Collection>('collection', collectionId);
  const old = await readOne<Clip>('clip', id);
  if (old.collectionId === collectionId) return old;
  const moved: Clip = { ...old, collectionId, updatedAt: now() };
  await write('move clip', { [clipKey(id)]: clipRecord(moved) });
  return moved;
}

/** Delete one clip; returns what `undoDelete` needs, or null when there was no such clip. */
export async function deleteClip(id: string): Promise<UndoToken | null> {
  let clip: Clip;
  try {
    clip = await readOne<Clip>('clip', id);
  } catch (error) {
    if (error instanceof StoreError && error.code === 'not-found') return null;
    throw error;
  }
  await remove('delete clip', [clipKey(id)]);
  return { kind: 'clip', clips: [clip] };
}

export interface ClipFilter {
  collectionId?: string;
  /** Any form of the page URL: compared after normalizeUrl, ignoring http/https and www. */
  url?: string;
}

/**
 * Clips (oldest first) matching the filter, and the unreadable records among those the filter could
 * select (all of them without a filter; a filtered list does not validate clips its filter rules out).
 */
export async function listClips(filter: ClipFilter = {}): Promise<ClipList> {
  const urlKey = filter.url !== undefined ? urlMatchKey(filter.url) : null;
  const contents = await readStore(
    filter.collectionId === undefined && urlKey === null ? undefined : (raw) => rawClipMatches(raw, filter.collectionId, urlKey),
  );
  const clips = contents.clips.filter(
    (c) =>
      (filter.collectionId === undefined || c.collectionId === filter.collectionId) &&
      (urlKey === null || urlMatchKey(c.source.url) === urlKey),
  );
  return { clips: clips.sort(byCreated), problems: contents.problems };
}

/**
 * Whether a stored clip record can match the filter, judged from its raw fields (source.url, or url in a
 * v1 record; collectionId); undefined when those fields are unreadable, so that the record is validated
 * and reported.
 */
function rawClipMatches(raw: unknown, collectionId: string | undefined, urlKey: string | null): boolean | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as { collectionId?: unknown; url?: unknown; source?: { url?: unknown } | null };
  if (collectionId !== undefined) {
    if (typeof r.collectionId !== 'string') return undefined;
    if (r.collectionId !== collectionId) return false;
  }
  if (urlKey !== null) {
    const current = typeof r.source === 'object' && r.source !== null;
    const url = current ? r.source!.url : r.url;
    if (typeof url !== 'string') return undefined;
    // Current records store the URL normalised already: only scheme and www. remain to strip (a full
    // parse per record is most of the cost of looking up a page's clips). v1 URLs were stored raw.
    if ((current ? storedUrlKey(url) : urlMatchKey(url)) !== urlKey) return false;
  }
  return true;
}

function storedUrlKey(normalizedUrl: string): string {
  return normalizedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
}

/** The clips saved from this page (in any collection), to draw them again. */
export async function clipsForUrl(url: string): Promise<Clip[]> {
  return (await listClips({ url })).clips;
}

// ------------------------------------------------------------------------------------------- watching

/**
 * Call `callback` whenever a store record changes in local storage, from this page or any other
 * extension page (side panel, popup, content scripts of other tabs). Other keys (settings) are ignored.
 * Returns the function that stops watching.
 */
export function watchStore(callback: (change: StoreChange) => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'local') return;
    const change: StoreChange = { collections: [], clips: [], meta: false };
    for (const key of Object.keys(changes)) {
      const parsed = parseStoreKey(key);
      if (!parsed) continue;
      if (parsed.type === 'meta') change.meta = true;
      else if (parsed.type === 'clip') change.clips.push(parsed.id);
      else change.collections.push(parsed.id);
    }
    if (change.meta || change.clips.length > 0 || change.collections.length > 0) callback(change);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// ---------------------------------------------------------------------------------- export and import

/** Every readable record, current shapes, for the exporter; problems as in listClips. */
export async function exportAll(): Promise<StoreRecords & { problems: StoreProblem[] }> {
  const contents = await readStore();
  return {
    collections: [...contents.collections.values()].sort(byCreated),
    clips: contents.clips.sort(byCreated),
    problems: contents.problems,
  };
}

/**
 * Write records as given (the exporter has decided what to add and what to merge; only source URLs are
 * normalised, as for every stored clip). All of them are
 * validated before anything is written, and every clip must belong to a collection that is imported with
 * it or already stored; then they are written in one storage call. Existing records with the same ids are
 * replaced.
 */
export async function importRecords(records: StoreRecords): Promise<{ collections: number; clips: number }> {
  const collections: Collection[] = [];
  const clips: Clip[] = [];
  for (const [i, c] of (records.collections ?? []).entries()) {
    const parsed = collectionSchema.safeParse(c);
    if (!parsed.success) throw new StoreError('invalid', `collections[${i}]: ${describeZodError(parsed.error)}`);
    collections.push(parsed.data);
  }
  for (const [i, c] of (records.clips ?? []).entries()) {
    const parsed = clipSchema.safeParse(c);
    if (!parsed.success) throw new StoreError('invalid', `clips[${i}]: ${describeZodError(parsed.error)}`);
    clips.push({ ...parsed.data, source: { ...parsed.data.source, url: normalizeUrl(parsed.data.source.url) } });
  }
  const imported = new Set(collections.map((c) => c.id));
  const missing = [...new Set(clips.map((c) => c.collectionId))].filter((id) => !imported.has(id));
  if (missing.length > 0) {
    const stored = await readKeys(missing.map(collectionKey));
    const absent = missing.filter((id) => !readCollectionRecord(stored.get(collectionKey(id)) ?? null).ok);
    if (absent.length > 0) throw new StoreError('invalid', `clips refer to a collection that does not exist: ${absent.join(', ')}`);
  }
  const out: Record<string, unknown> = {};
  for (const c of collections) out[collectionKey(c.id)] = collectionRecord(c);
  for (const c of clips) out[clipKey(c.id)] = clipRecord(c);
  if (Object.keys(out).length > 0) await write('import', out);
  return { collections: collections.length, clips: clips.length };
}

/**
 * Rewrite records stored in an older version in the current one (run after an extension update, e.g. from
 * runtime.onInstalled). Reads already upgrade in memory; this only saves the work of doing it every time.
 * Returns the number of records rewritten.
 */
export async function upgradeStoredRecords(): Promise<number> {
  const contents = await readStore();
  if (contents.upgraded.length === 0) return 0;
  const upgraded = new Set(contents.upgraded);
  const out: Record<string, unknown> = {};
  for (const c of contents.collections.values()) {
    if (upgraded.has(collectionKey(c.id))) out[collectionKey(c.id)] = collectionRecord(c);
  }
  for (const c of contents.clips) if (upgraded.has(clipKey(c.id))) out[clipKey(c.id)] = clipRecord(c);
  await write('upgrade stored records', out);
  return Object.keys(out).length;
}
