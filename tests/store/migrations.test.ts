import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  exportAll,
  listClips,
  listCollections,
  updateClip,
  upgradeStoredRecords,
} from '../../lib/store/collections';
import { CLIP_VERSION, readClipRecord, readCollectionRecord } from '../../lib/store/migrations';

/** Records exactly as the first release (v1) stored them: url and page fields at the top level, no tags. */
const V1: Record<string, Record<string, unknown>> = JSON.parse(readFileSync('tests/store/fixtures/v1-records.json', 'utf8'));
const HEADLINE_KEY = 'clip:0f6c1d2e-8b7a-4c3d-9e1f-2a3b4c5d6e7f';
const SENTENCE_KEY = 'clip:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const COLLECTION_ID = '5b0e7f4c-2d7e-4a57-9a53-0f3f3c9e2a11';

const area = () => fakeBrowser.storage.local.get() as Promise<Record<string, unknown>>;

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(structuredClone(V1));
});

describe('v1 → v2 clips', () => {
  it('moves the page fields into source, normalises the URL and reads region and year from the titles', async () => {
    const { clips, problems } = await listClips();
    expect(problems).toEqual([]);
    const headline = clips.find((c) => `clip:${c.id}` === HEADLINE_KEY)!;
    const old = V1[HEADLINE_KEY]!;
    expect(headline.source).toEqual({
      url: 'http://www.tianmen.gov.cn/zwgk/zfgzbg/202201/t20220117_3966221.shtml',
      pageTitle: '2022年天门市政府工作报告_天门市人民政府',
      site: 'www.tianmen.gov.cn',
      reportTitle: '2022年天门市政府工作报告',
      region: '天门市',
      year: 2022,
    });
    expect(headline).toMatchObject({
      collectionId: COLLECTION_ID,
      createdAt: old.createdAt,
      updatedAt: old.createdAt,
      kind: 'selection',
      section: '2022年主要工作安排',
      text: old.text,
      note: '主要预期目标',
      tags: [],
      targets: old.targets,
      keywords: old.keywords,
      selectors: old.selectors,
    });
    expect(Object.keys(headline)).not.toContain('url');
    expect(Object.keys(headline)).not.toContain('v');
  });

  it('fills what a v1 record lacked: site from the URL, region from the page title, an empty note', async () => {
    const { clips } = await listClips();
    const sentence = clips.find((c) => `clip:${c.id}` === SENTENCE_KEY)!;
    expect(sentence.source).toEqual({
      url: 'https://www.tianmen.gov.cn/zwgk/zfgzbg/202201/t20220117_3966221.shtml?id=3966221',
      pageTitle: '政府工作报告_天门市人民政府',
      site: 'www.tianmen.gov.cn',
      reportTitle: null,
      region: '天门市',
      year: null,
    });
    expect([sentence.note, sentence.tags, sentence.keywords]).toEqual(['', [], [{ term: '营商环境', theme: 'reform' }]]);
  });

  it('keeps the targets usable: every one still points at its text in the clip', async () => {
    const { clips } = await listClips();
    const headline = clips.find((c) => `clip:${c.id}` === HEADLINE_KEY)!;
    expect(headline.targets.map((t) => t.indicator)).toEqual([
      '地区生产总值',
      '一般公共预算收入',
      '固定资产投资',
      '规上工业增加值',
      '社会消费品零售总额',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
    for (const t of headline.targets) expect(headline.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('upgrades in memory only: reading leaves the stored v1 records as they were', async () => {
    await listClips();
    await listCollections();
    await exportAll();
    expect(await area()).toEqual(V1);
  });

  it('writes the current version when a v1 clip is edited', async () => {
    const id = HEADLINE_KEY.slice('clip:'.length);
    await updateClip(id, { tags: ['天门'] });
    const stored = (await area())[HEADLINE_KEY] as Record<string, unknown>;
    expect(stored.v).toBe(CLIP_VERSION);
    expect(stored.url).toBeUndefined();
    expect(stored.tags).toEqual(['天门']);
    expect((await area())[SENTENCE_KEY]).toEqual(V1[SENTENCE_KEY]);
  });

  it('upgradeStoredRecords rewrites only the old records, once, and reads give the same clips after', async () => {
    const before = await listClips();
    expect(await upgradeStoredRecords()).toBe(2);
    const stored = await area();
    expect((stored[HEADLINE_KEY] as { v: number }).v).toBe(2);
    expect((stored[SENTENCE_KEY] as { v: number }).v).toBe(2);
    expect(stored[`collection:${COLLECTION_ID}`]).toEqual(V1[`collection:${COLLECTION_ID}`]);
    expect(await listClips()).toEqual(before);
    expect(await upgradeStoredRecords()).toBe(0);
  });
});

describe('records that cannot be upgraded', () => {
  it('report the version and the field, and are never removed', async () => {
    const broken: Record<string, unknown> = { ...V1[HEADLINE_KEY]!, id: 'no-url' };
    delete broken.url;
    await fakeBrowser.storage.local.set({ 'clip:no-url': broken, 'clip:no-version': { ...V1[SENTENCE_KEY]!, v: undefined, id: 'no-version' } });
    const { clips, problems } = await listClips();
    expect(clips).toHaveLength(2);
    expect(problems).toEqual([
      { key: 'clip:no-url', reason: expect.stringMatching(/^v1 record: url: /) },
      { key: 'clip:no-version', reason: 'missing or bad version field v' },
    ]);
    expect(await upgradeStoredRecords()).toBe(2);
    expect((await area())['clip:no-url']).toEqual(broken);
  });

  it('readClipRecord and readCollectionRecord never throw on any input', () => {
    const inputs: unknown[] = [undefined, null, 0, 'x', [], [1], {}, { v: 'one' }, { v: 1 }, { v: 1.5 }, { v: 0 }, { v: 3 }, { v: 2, id: 5 }];
    for (const input of inputs) {
      expect(readClipRecord(input).ok).toBe(false);
      expect(readCollectionRecord(input).ok).toBe(false);
    }
    expect(readCollectionRecord(V1[`collection:${COLLECTION_ID}`]).ok).toBe(true);
  });
});
