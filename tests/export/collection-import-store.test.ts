/**
 * The import plan applied by the real store (lib/store/collections.ts on WXT's fake browser storage): the
 * store writes `applyImport(...).write` as given, and the user's data ends up as planned.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectionsToJson } from '../../lib/export/collection-json';
import { applyImport, planImport } from '../../lib/export/import-collection';
import { exportAll, importRecords } from '../../lib/store/collections';
import { sampleData } from './collection-sample-clips';

const now = new Date('2026-11-21T10:00:00.000Z');

/** What the side panel does: read the store, plan, and write only when the plan is good. */
async function importFile(text: string) {
  const { collections, clips } = await exportAll();
  const plan = planImport({ collections, clips }, text);
  const applied = applyImport({ collections, clips }, plan);
  if (plan.report.ok) await importRecords(applied.write);
  return { plan, applied };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('import into the store', () => {
  it('export → import into empty storage → the store exports the same file', async () => {
    const data = sampleData();
    const text = collectionsToJson(data, { now });
    const { plan } = await importFile(text);
    expect(plan.report.added).toEqual({ collections: 2, clips: 6 });
    const stored = await exportAll();
    expect(stored.problems).toEqual([]);
    expect(stored.collections).toEqual(data.collections);
    expect(stored.clips).toEqual(data.clips);
    expect(collectionsToJson(stored, { now })).toBe(text);
  });

  it('importing the same file again writes nothing', async () => {
    const text = collectionsToJson(sampleData(), { now });
    await importFile(text);
    const before = await fakeBrowser.storage.local.get();
    const { plan, applied } = await importFile(text);
    expect(plan.report.unchanged).toEqual({ collections: 2, clips: 6 });
    expect(applied.write).toEqual({ collections: [], clips: [] });
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });

  it('an invalid file leaves storage exactly as it was', async () => {
    await importFile(collectionsToJson(sampleData(), { now }));
    const before = await fakeBrowser.storage.local.get();
    const broken = JSON.parse(collectionsToJson(sampleData(), { now }));
    broken.clips[3].selectors.quote.exact = '';
    broken.clips[0].note = '改过的笔记';
    const { plan } = await importFile(JSON.stringify(broken));
    expect(plan.report.ok).toBe(false);
    expect(plan.rejected).toEqual([{ index: 3, record: 'clip', reason: expect.stringMatching(/^selectors\.quote\.exact: /) }]);
    expect(await fakeBrowser.storage.local.get()).toEqual(before);
  });
});
