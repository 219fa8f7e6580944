import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_COLLECTION_ID,
  DEFAULT_COLLECTION_NAME,
  addClip,
  addClips,
  clipsForUrl,
  createCollection,
  deleteClip,
  deleteCollection,
  exportAll,
  getCurrentCollectionId,
  importRecords,
  listClips,
  listCollections,
  moveClip,
  renameCollection,
  setCurrentCollection,
  undoDelete,
  updateClip,
  watchStore,
} from '../../lib/store/collections';
import { StoreError, writeError } from '../../lib/store/errors';
import type { StoreChange, UndoToken } from '../../lib/store/types';
import { buildTargetClip, type ClipPage } from '../../lib/store/build-clip';
import type { ClipInput } from '../../lib/store/types';
import { BEIJING, TIANMEN, clipOf, sentenceClips } from './sample-clips';

const area = () => fakeBrowser.storage.local.get() as Promise<Record<string, unknown>>;

async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-03-05T09:00:00.000Z'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('first use', () => {
  it('creates the default collection 未分类 once and makes it current', async () => {
    const { collections, clipCounts, problems } = await listCollections();
    expect(collections.map((c) => [c.id, c.name])).toEqual([[DEFAULT_COLLECTION_ID, DEFAULT_COLLECTION_NAME]]);
    expect(clipCounts).toEqual({ [DEFAULT_COLLECTION_ID]: 0 });
    expect(problems).toEqual([]);
    expect(await getCurrentCollectionId()).toBe(DEFAULT_COLLECTION_ID);
    expect((await listCollections()).collections).toHaveLength(1);
    expect((await area())['store-meta']).toEqual({ schemaVersion: 1, currentCollectionId: DEFAULT_COLLECTION_ID });
  });

  it('saves a first clip into 未分类 without any set-up', async () => {
    const clip = await addClip(clipOf(BEIJING, '地区生产总值增长5%左右'));
    expect(clip.collectionId).toBe(DEFAULT_COLLECTION_ID);
    expect((await listClips({ collectionId: DEFAULT_COLLECTION_ID })).clips).toEqual([clip]);
  });
});

describe('collections', () => {
  it('creates, lists (oldest first, with clip counts) and renames', async () => {
    const a = await createCollection('  2025 各省目标 ');
    vi.setSystemTime(new Date('2025-03-05T09:01:00.000Z'));
    const b = await createCollection('湖北 地市');
    expect(a.name).toBe('2025 各省目标');
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    await addClip({ ...clipOf(BEIJING, '地区生产总值增长5%左右'), collectionId: a.id });
    await addClip({ ...clipOf(TIANMEN, '地区生产总值增长8%左右'), collectionId: b.id });
    await addClip({ ...clipOf(TIANMEN, '固定资产投资增长15%'), collectionId: b.id });
    const list = await listCollections();
    expect(list.collections.map((c) => c.name)).toEqual(['2025 各省目标', '湖北 地市']);
    expect(list.clipCounts).toEqual({ [a.id]: 1, [b.id]: 2 });

    vi.setSystemTime(new Date('2025-03-06T10:00:00.000Z'));
    const renamed = await renameCollection(b.id, '湖北各市 2022');
    expect(renamed).toEqual({ ...b, name: '湖北各市 2022', updatedAt: '2025-03-06T10:00:00.000Z' });
    expect((await listCollections()).collections[1]).toEqual(renamed);
  });

  it('refuses empty and overlong names and unknown ids with typed errors', async () => {
    expect((await storeError(createCollection('   '))).code).toBe('invalid');
    expect((await storeError(createCollection('目'.repeat(201)))).code).toBe('invalid');
    expect((await storeError(renameCollection('nope', '新名字'))).code).toBe('not-found');
    expect((await storeError(setCurrentCollection('nope'))).code).toBe('not-found');
    expect(Object.keys(await area())).toEqual([]);
  });

  it('switches the current collection, and new clips follow it', async () => {
    const c = await createCollection('2025 各省目标');
    await setCurrentCollection(c.id);
    expect(await getCurrentCollectionId()).toBe(c.id);
    const clip = await addClip(clipOf(BEIJING, '城镇调查失业率控制在5%以内'));
    expect(clip.collectionId).toBe(c.id);
  });

  it('deletes a collection with its clips only, and undo puts back exactly what was there', async () => {
    const keep = await createCollection('留下');
    const gone = await createCollection('删除');
    await setCurrentCollection(gone.id);
    const inGone = await Promise.all(sentenceClips(TIANMEN, 3).map((c) => addClip(c)));
    const inKeep = await addClip({ ...clipOf(BEIJING, '地区生产总值增长5%左右'), collectionId: keep.id });
    const before = await exportAll();

    const token = await deleteCollection(gone.id);
    expect(token.kind).toBe('collection');
    expect(token.kind === 'collection' && token.collection).toEqual(gone);
    expect(token.clips.map((c) => c.id).sort()).toEqual(inGone.map((c) => c.id).sort());
    expect((await listClips()).clips).toEqual([inKeep]);
    expect((await listCollections()).collections.map((c) => c.id)).not.toContain(gone.id);
    // The deleted collection was current: new clips go to the default again.
    expect(await getCurrentCollectionId()).toBe(DEFAULT_COLLECTION_ID);

    // The token survives a trip through JSON (a message, a reload of the side panel).
    await undoDelete(JSON.parse(JSON.stringify(token)) as UndoToken);
    const after = await exportAll();
    expect(after.clips).toEqual(before.clips);
    expect(after.collections.filter((c) => c.id !== DEFAULT_COLLECTION_ID)).toEqual(before.collections);
  });

  it('rejects a forged or damaged undo token without writing', async () => {
    const before = await area();
    const bad = { kind: 'collection', collection: { id: 'x', name: '' }, clips: [] } as unknown as UndoToken;
    expect((await storeError(undoDelete(bad))).code).toBe('invalid');
    expect(await area()).toEqual(before);
  });

  it('says not-found when deleting a collection that is already gone', async () => {
    expect((await storeError(deleteCollection('gone'))).code).toBe('not-found');
  });
});

describe('clips', () => {
  it('saves what buildClip made, with id, times, cleaned note and tags', async () => {
    const input = { ...clipOf(BEIJING, '一般公共预算收入增长4%左右'), note: '  对比去年 ', tags: ['#财政', '财政', ' 北京 ', ''] };
    const clip = await addClip(input);
    expect(clip.id).toMatch(/^[0-9a-f-]{36}$/);
    expect([clip.createdAt, clip.updatedAt]).toEqual(['2025-03-05T09:00:00.000Z', '2025-03-05T09:00:00.000Z']);
    expect([clip.note, clip.tags]).toEqual(['对比去年', ['财政', '北京']]);
    expect(clip.targets.map((t) => t.indicator)).toContain('一般公共预算收入');
    expect((await area())[`clip:${clip.id}`]).toEqual({ v: 2, ...clip });
  });

  it('refuses a clip input that is not valid, or a collection that does not exist, and writes nothing', async () => {
    await getCurrentCollectionId();
    const before = await area();
    const input = clipOf(BEIJING, '一般公共预算收入增长4%左右');
    expect((await storeError(addClip({ ...input, text: '' }))).code).toBe('invalid');
    const broken = { ...input, targets: [{ ...input.targets[0]!, end: input.text.length + 5 }] };
    const e = await storeError(addClip(broken));
    expect([e.code, e.message]).toEqual(['invalid', expect.stringContaining('outside the clip text')]);
    expect((await storeError(addClip({ ...input, collectionId: 'missing' }))).code).toBe('not-found');
    expect(await area()).toEqual(before);
  });

  it('edits note, tags and section; bumps updatedAt only', async () => {
    const clip = await addClip(clipOf(TIANMEN, '一般公共预算收入增长12%'));
    vi.setSystemTime(new Date('2025-03-07T12:00:00.000Z'));
    const updated = await updateClip(clip.id, { note: '天门 2022', tags: ['财政', '#湖北'], section: '  主要预期目标 ' });
    expect(updated).toEqual({
      ...clip,
      note: '天门 2022',
      tags: ['财政', '湖北'],
      section: '主要预期目标',
      updatedAt: '2025-03-07T12:00:00.000Z',
    });
    expect((await updateClip(clip.id, { section: '  ' })).section).toBeNull();
    expect((await storeError(updateClip('nope', { note: 'x' }))).code).toBe('not-found');
  });

  it('moves a clip between collections', async () => {
    const from = await createCollection('甲');
    const to = await createCollection('乙');
    const clip = await addClip({ ...clipOf(TIANMEN, '地区生产总值增长8%左右'), collectionId: from.id });
    const moved = await moveClip(clip.id, to.id);
    expect(moved.collectionId).toBe(to.id);
    expect((await listClips({ collectionId: from.id })).clips).toEqual([]);
    expect((await listClips({ collectionId: to.id })).clips).toEqual([moved]);
    expect((await storeError(moveClip(clip.id, 'nowhere'))).code).toBe('not-found');
  });

  it('deletes a clip with undo; deleting a missing clip is null', async () => {
    const a = await addClip(clipOf(TIANMEN, '地区生产总值增长8%左右'));
    const b = await addClip(clipOf(BEIJING, '地区生产总值增长5%左右'));
    const token = await deleteClip(a.id);
    expect(token).toEqual({ kind: 'clip', clips: [a] });
    expect((await listClips()).clips).toEqual([b]);
    await undoDelete(token!);
    expect((await listClips()).clips.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(await deleteClip('missing')).toBeNull();
  });

  it('puts an undone clip into the current collection when its own collection is gone', async () => {
    const c = await createCollection('临时');
    const clip = await addClip({ ...clipOf(TIANMEN, '地区生产总值增长8%左右'), collectionId: c.id });
    const token = await deleteClip(clip.id);
    await deleteCollection(c.id);
    await undoDelete(token!);
    expect((await listClips()).clips.map((x) => [x.id, x.collectionId])).toEqual([[clip.id, DEFAULT_COLLECTION_ID]]);
  });
});

describe('finding clips by page', () => {
  it('matches the page URL after normalisation (hash, tracking, http/https, www)', async () => {
    const bj = await addClip(clipOf(BEIJING, '地区生产总值增长5%左右'));
    await addClip(clipOf(TIANMEN, '地区生产总值增长8%左右'));
    const variants = [
      'https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_3994004.html',
      'http://beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_3994004.html#mulu',
      'https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_3994004.html?utm_source=wechat&spm=1.2',
    ];
    for (const url of variants) expect(await clipsForUrl(url)).toEqual([bj]);
    expect(await clipsForUrl('https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_0000000.html')).toEqual([]);
    expect((await listClips({ url: variants[1]!, collectionId: 'other' })).clips).toEqual([]);
  });

  it('stores every URL normalised, also from a caller or an import that did not normalise it', async () => {
    const input = clipOf(BEIJING, '地区生产总值增长5%左右');
    const raw = 'HTTPS://www.beijing.gov.cn/zfgzbg.html?utm_source=x&id=7#top';
    const saved = await addClip({ ...input, source: { ...input.source, url: raw } });
    expect(saved.source.url).toBe('https://www.beijing.gov.cn/zfgzbg.html?id=7');
    await importRecords({ collections: [], clips: [{ ...saved, id: 'imported', source: { ...saved.source, url: raw } }] });
    expect((await clipsForUrl('http://beijing.gov.cn/zfgzbg.html?id=7')).map((c) => c.id).sort()).toEqual(['imported', saved.id].sort());
  });

  it('reports unreadable records a page lookup could select, and skips validating the clips it rules out', async () => {
    const bj = await addClip(clipOf(BEIJING, '地区生产总值增长5%左右'));
    const tm = await addClip(clipOf(TIANMEN, '地区生产总值增长8%左右'));
    await fakeBrowser.storage.local.set({
      'clip:no-source': { v: 2, id: 'no-source', text: '地区生产总值' },
      // Readable URL of another page: not this page's business.
      'clip:other-page-broken': { v: 2, id: 'other-page-broken', source: { url: tm.source.url }, text: 7 },
    });
    const { clips, problems } = await listClips({ url: bj.source.url });
    expect(clips).toEqual([bj]);
    expect(problems.map((p) => p.key)).toEqual(['clip:no-source']);
    expect((await listClips()).problems.map((p) => p.key)).toEqual(['clip:no-source', 'clip:other-page-broken']);
  });
});

describe('concurrent saves', () => {
  it('keeps all 100 clips of two bursts of 50 saved at the same moment, into one default collection', async () => {
    const burstA = sentenceClips(BEIJING, 50);
    const burstB = sentenceClips(TIANMEN, 50);
    expect([burstA.length, burstB.length]).toEqual([50, 50]);
    const saved = await Promise.all([Promise.all(burstA.map((c) => addClip(c))), Promise.all(burstB.map((c) => addClip(c)))]);
    const { clips, problems } = await listClips();
    expect(problems).toEqual([]);
    expect(clips).toHaveLength(100);
    expect(new Set(clips.map((c) => c.id)).size).toBe(100);
    expect(clips.map((c) => c.id).sort()).toEqual(saved.flat().map((c) => c.id).sort());
    expect((await listCollections()).collections.map((c) => c.name)).toEqual([DEFAULT_COLLECTION_NAME]);
  });

  it('keeps both a clip saved and a collection renamed at the same time', async () => {
    const c = await createCollection('旧名');
    await Promise.all([
      renameCollection(c.id, '新名'),
      ...sentenceClips(TIANMEN, 10).map((x) => addClip({ ...x, collectionId: c.id })),
    ]);
    const list = await listCollections();
    expect(list.collections.find((x) => x.id === c.id)!.name).toBe('新名');
    expect(list.clipCounts[c.id]).toBe(10);
  });
});

/** What the side panel's "save all targets of this page" hands to addClips: one clip per target mention. */
function saveAllInputs(page: ClipPage): ClipInput[] {
  const seen = new Set<string>();
  return page.analysis.targets.flatMap((t) => {
    const span = `${t.start}:${t.end}`;
    if (seen.has(span)) return [];
    seen.add(span);
    return [buildTargetClip(page, t)];
  });
}

/** The storage.set calls that wrote clip records, and the clip keys of each. */
function clipWrites(spy: { mock: { calls: unknown[][] } }): string[][] {
  return spy.mock.calls
    .map((call) => Object.keys(call[0] as Record<string, unknown>).filter((k) => k.startsWith('clip:')))
    .filter((keys) => keys.length > 0);
}

describe('addClips (many clips in one write)', () => {
  it('stores every target of a real report in ONE storage.set, one key per clip, in the order given', async () => {
    const c = await createCollection('2025 各省目标');
    await setCurrentCollection(c.id);
    const inputs = saveAllInputs(BEIJING);
    expect(inputs.length).toBeGreaterThan(40);
    const changes: StoreChange[] = [];
    const stop = watchStore((change) => changes.push(change));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');

    const saved = await addClips(inputs);
    stop();
    const writes = clipWrites(set);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.sort()).toEqual(saved.map((clip) => `clip:${clip.id}`).sort());
    // Watchers (the side panel, every report tab) hear of the whole save once.
    expect(changes).toHaveLength(1);
    expect(changes[0]!.clips).toHaveLength(inputs.length);

    expect(saved.map((clip) => clip.text)).toEqual(inputs.map((i) => i.text));
    expect(saved.every((clip) => clip.collectionId === c.id && clip.kind === 'target')).toBe(true);
    expect(new Set(saved.map((clip) => clip.id)).size).toBe(inputs.length);
    const gdp = saved.find((clip) => clip.targets.some((t) => t.indicator?.includes('生产总值')));
    expect(gdp?.source).toMatchObject({ region: '北京市', year: 2025, site: 'www.beijing.gov.cn' });
    // Listed back in page order (the clips' createdAt follow the input order).
    const { clips, problems } = await listClips({ collectionId: c.id });
    expect(problems).toEqual([]);
    expect(clips.map((clip) => clip.id)).toEqual(saved.map((clip) => clip.id));
    expect(clips.map((clip) => clip.selectors.position.start)).toEqual([...clips.map((clip) => clip.selectors.position.start)].sort((a, b) => a - b));
  });

  it('gives clips without a collection the current one (created on first use) and checks the named ones once', async () => {
    const named = await createCollection('天门');
    const [a, b, d] = sentenceClips(TIANMEN, 3);
    const saved = await addClips([{ ...a!, collectionId: named.id }, b!, { ...d!, collectionId: named.id, note: '  基数  ', tags: ['#GDP', 'GDP'] }]);
    expect(saved.map((clip) => clip.collectionId)).toEqual([named.id, DEFAULT_COLLECTION_ID, named.id]);
    expect(saved[2]).toMatchObject({ note: '基数', tags: ['GDP'] });
    expect((await listCollections()).clipCounts).toEqual({ [named.id]: 2, [DEFAULT_COLLECTION_ID]: 1 });
  });

  it('writes nothing when any input is invalid or any named collection is missing, and says which', async () => {
    const c = await createCollection('甲');
    await addClip({ ...clipOf(BEIJING, '地区生产总值增长5%左右'), collectionId: c.id });
    const before = await area();
    const inputs = sentenceClips(BEIJING, 5);
    const broken = [...inputs.slice(0, 2), { ...inputs[2]!, text: 42 } as unknown as ClipInput, ...inputs.slice(3)];
    const e = await storeError(addClips(broken));
    expect(e.code).toBe('invalid');
    expect(e.message).toMatch(/^clip 3 of 5: /);
    const missing = await storeError(addClips([{ ...inputs[0]!, collectionId: c.id }, { ...inputs[1]!, collectionId: 'gone' }]));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('gone');
    expect(await area()).toEqual(before);
  });

  it('writes nothing for an empty list', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await addClips([])).toEqual([]);
    expect(set).not.toHaveBeenCalled();
  });

  it('on a full store throws a quota StoreError and leaves every stored record as it was (none of the new clips)', async () => {
    const c = await createCollection('2025 各省目标');
    await setCurrentCollection(c.id);
    await addClips(sentenceClips(TIANMEN, 10));
    const before = await area();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));

    const e = await storeError(addClips(saveAllInputs(BEIJING)));
    expect(e.code).toBe('quota');
    expect(e.message).toMatch(/^save \d+ clips: storage quota exceeded/);
    expect(e.userMessage('zh')).toBe('存储空间已满，未能保存；已保存的内容未受影响。');
    vi.restoreAllMocks();
    expect(await area()).toEqual(before);
    expect((await listClips()).clips).toHaveLength(10);
  });

  it('keeps everything when two tabs save all targets of their pages at the same moment', async () => {
    const beijing = saveAllInputs(BEIJING);
    const tianmen = saveAllInputs(TIANMEN);
    const [a, b] = await Promise.all([addClips(beijing), addClips(tianmen)]);
    const { clips, problems } = await listClips();
    expect(problems).toEqual([]);
    expect(clips).toHaveLength(beijing.length + tianmen.length);
    expect(clips.map((clip) => clip.id).sort()).toEqual([...a, ...b].map((clip) => clip.id).sort());
    expect(new Set(clips.map((clip) => clip.source.region))).toEqual(new Set(['北京市', '天门市']));
    // Both found no current collection and settled on the same 未分类.
    expect((await listCollections()).collections.map((c) => c.name)).toEqual([DEFAULT_COLLECTION_NAME]);
  });
});

describe('unreadable records', () => {
  async function seedCorrupt() {
    const good = await addClip(clipOf(BEIJING, '地区生产总值增长5%左右'));
    await fakeBrowser.storage.local.set({
      'clip:bad-shape': { v: 2, id: 'bad-shape', text: 42 },
      'clip:not-object': 'hello',
      'clip:future': { v: 9, id: 'future' },
      'clip:wrong-id': { v: 2, ...good, id: 'someone-else' },
      'collection:broken': { v: 1, id: 'broken', name: '' },
      layers: { enabled: true },
    });
    return good;
  }

  it('are reported with key and reason and skipped; the good ones still list', async () => {
    const good = await seedCorrupt();
    const { clips, problems } = await listClips();
    expect(clips).toEqual([good]);
    expect(problems.map((p) => p.key)).toEqual(['clip:bad-shape', 'clip:future', 'clip:not-object', 'clip:wrong-id', 'collection:broken']);
    const reason = Object.fromEntries(problems.map((p) => [p.key, p.reason]));
    expect(reason['clip:future']).toMatch(/newer version/);
    expect(reason['clip:not-object']).toMatch(/not a clip record/);
    expect(reason['clip:wrong-id']).toMatch(/does not match its key/);
    expect(reason['collection:broken']).toMatch(/^name:/);
    for (const p of problems) expect(p.reason).not.toMatch(/\n/);
    expect((await listCollections()).problems.map((p) => p.key)).toContain('collection:broken');
  });

  it('are never deleted or changed by other operations', async () => {
    const good = await seedCorrupt();
    const keys = ['clip:bad-shape', 'clip:not-object', 'clip:future', 'clip:wrong-id', 'collection:broken', 'layers'];
    const stored = await area();
    const corrupt = Object.fromEntries(keys.map((k) => [k, stored[k]]));
    const c = await createCollection('另一个');
    await moveClip(good.id, c.id);
    await deleteCollection(DEFAULT_COLLECTION_ID);
    await deleteCollection(c.id);
    await exportAll();
    const now = await area();
    for (const [key, value] of Object.entries(corrupt)) expect([key, now[key]]).toEqual([key, value]);
    expect(now[`clip:${good.id}`]).toBeUndefined();
  });

  it('leave a corrupt default collection alone and give clips a fresh 未分类', async () => {
    await fakeBrowser.storage.local.set({ [`collection:${DEFAULT_COLLECTION_ID}`]: { v: 1, id: DEFAULT_COLLECTION_ID } });
    const id = await getCurrentCollectionId();
    expect(id).not.toBe(DEFAULT_COLLECTION_ID);
    const { collections, problems } = await listCollections();
    expect(collections.map((c) => [c.id, c.name])).toEqual([[id, DEFAULT_COLLECTION_NAME]]);
    expect(problems.map((p) => p.key)).toEqual([`collection:${DEFAULT_COLLECTION_ID}`]);
    expect((await area())[`collection:${DEFAULT_COLLECTION_ID}`]).toEqual({ v: 1, id: DEFAULT_COLLECTION_ID });
  });

  it('include a damaged store-meta record; the current collection falls back to 未分类', async () => {
    await fakeBrowser.storage.local.set({ 'store-meta': { schemaVersion: 'one', currentCollectionId: 5 } });
    expect((await listClips()).problems.map((p) => p.key)).toEqual(['store-meta']);
    expect(await getCurrentCollectionId()).toBe(DEFAULT_COLLECTION_ID);
  });

  it('report clips whose collection was deleted meanwhile, and keep them', async () => {
    const c = await createCollection('甲');
    const clip = await addClip({ ...clipOf(TIANMEN, '地区生产总值增长8%左右'), collectionId: c.id });
    await fakeBrowser.storage.local.remove(`collection:${c.id}`);
    const { problems } = await listCollections();
    expect(problems).toEqual([{ key: `clip:${clip.id}`, reason: `its collection ${c.id} no longer exists` }]);
    expect((await listClips()).clips).toEqual([clip]);
  });
});

describe('failed writes', () => {
  const QUOTA = () => new Error('Resource::kQuotaBytes quota exceeded');

  it('throw a quota StoreError with a user message and leave everything stored as it was', async () => {
    const c = await createCollection('2025 各省目标');
    const clip = await addClip({ ...clipOf(BEIJING, '地区生产总值增长5%左右'), collectionId: c.id });
    const before = await area();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(QUOTA());

    const e = await storeError(addClip(clipOf(TIANMEN, '地区生产总值增长8%左右')));
    expect(e.code).toBe('quota');
    expect(e.userMessage('zh')).toBe('存储空间已满，未能保存；已保存的内容未受影响。');
    expect(e.userMessage('en')).toMatch(/^Storage is full/);
    expect(e.cause).toBeInstanceOf(Error);
    expect((await storeError(updateClip(clip.id, { note: '新笔记' }))).code).toBe('quota');
    expect((await storeError(renameCollection(c.id, '新名'))).code).toBe('quota');
    expect((await storeError(createCollection('新合集'))).code).toBe('quota');
    expect((await storeError(importRecords({ collections: [], clips: [{ ...clip, id: 'copy' }] }))).code).toBe('quota');
    expect(await area()).toEqual(before);
  });

  it('throw write-failed for other storage errors, also on delete', async () => {
    const c = await createCollection('甲');
    await addClip({ ...clipOf(BEIJING, '地区生产总值增长5%左右'), collectionId: c.id });
    const before = await area();
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('IO error: disk'));
    const e = await storeError(deleteCollection(c.id));
    expect([e.code, e.message]).toEqual(['write-failed', 'delete collection: IO error: disk']);
    expect(await area()).toEqual(before);
  });

  it('recognise quota errors as Chrome, Firefox and Safari word them', () => {
    const firefox = new Error('The quota has been exceeded.');
    firefox.name = 'QuotaExceededError';
    for (const e of [new Error('QUOTA_BYTES quota exceeded'), firefox, new Error('Exceeded storage quota')]) {
      expect(writeError('save clip', e).code).toBe('quota');
    }
    expect(writeError('save clip', new Error('Extension context invalidated.')).code).toBe('write-failed');
  });

  it('throw read-failed when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expect((await storeError(listClips())).code).toBe('read-failed');
  });
});

describe('watchStore', () => {
  it('reports changes of store records from any writer, ignores other keys, and stops when asked', async () => {
    const seen: StoreChange[] = [];
    const stop = watchStore((change) => seen.push(change));
    const c = await createCollection('甲');
    const clip = await addClip({ ...clipOf(TIANMEN, '地区生产总值增长8%左右'), collectionId: c.id });
    await setCurrentCollection(c.id);
    await fakeBrowser.storage.local.set({ layers: { enabled: false } });
    await fakeBrowser.storage.session.set({ [`clip:${clip.id}`]: 1 });
    expect(seen).toEqual([
      { collections: [c.id], clips: [], meta: false },
      { collections: [], clips: [clip.id], meta: false },
      { collections: [], clips: [], meta: true },
    ]);
    stop();
    await deleteClip(clip.id);
    expect(seen).toHaveLength(3);
  });
});

describe('export and import primitives', () => {
  it('round-trip: export, import into empty storage, export again gives the same records', async () => {
    await listCollections();
    const c = await createCollection('2025 各省目标');
    for (const input of sentenceClips(BEIJING, 5)) await addClip({ ...input, collectionId: c.id });
    for (const input of sentenceClips(TIANMEN, 5)) await addClip(input);
    await updateClip((await listClips()).clips[0]!.id, { note: '重点', tags: ['GDP'] });
    const exported = await exportAll();
    expect(exported.clips).toHaveLength(10);

    fakeBrowser.reset();
    const written = await importRecords(JSON.parse(JSON.stringify({ collections: exported.collections, clips: exported.clips })));
    expect(written).toEqual({ collections: 2, clips: 10 });
    expect(await exportAll()).toEqual(exported);
  });

  it('validates every record before writing any', async () => {
    const exported = await (async () => {
      await addClip(clipOf(BEIJING, '地区生产总值增长5%左右'));
      return exportAll();
    })();
    fakeBrowser.reset();
    const clip = exported.clips[0]!;
    const bad = { ...clip, id: 'second', source: { ...clip.source, url: '' } };
    const e = await storeError(importRecords({ collections: exported.collections, clips: [clip, bad] }));
    expect([e.code, e.message]).toEqual(['invalid', expect.stringMatching(/^clips\[1\]: source\.url/)]);
    const orphan = await storeError(importRecords({ collections: [], clips: [clip] }));
    expect(orphan.message).toMatch(/collection that does not exist: default/);
    expect(await area()).toEqual({});
  });
});
