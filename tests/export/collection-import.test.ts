import { describe, expect, it } from 'vitest';
import { collectionsToJson } from '../../lib/export/collection-json';
import { applyImport, type ImportPlan, planImport } from '../../lib/export/import-collection';
import type { Clip, Collection } from '../../lib/store/types';
import { cities, clipOf, guangdong, hubei, provinces, sampleData, spanOf } from './collection-sample-clips';

const now = new Date('2026-11-21T10:00:00.000Z');

function fileOf(collections: Collection[], clips: Clip[]): string {
  return collectionsToJson({ collections, clips }, { now });
}

/** A valid file as an object, to break on purpose. */
function rawFile(): { format: string; version: number; exportedAt: string; collections: unknown[]; clips: unknown[] } {
  return JSON.parse(collectionsToJson(sampleData(), { now }));
}

function expectNothingWritten(existing: { collections: Collection[]; clips: Clip[] }, plan: ImportPlan): void {
  expect(plan.report.ok).toBe(false);
  expect(plan.add).toEqual({ collections: [], clips: [] });
  expect(plan.merge).toEqual({ collections: [], clips: [] });
  const applied = applyImport(existing, plan);
  expect(applied.write).toEqual({ collections: [], clips: [] });
  expect(applied.collections).toEqual(existing.collections);
  expect(applied.clips).toEqual(existing.clips);
  expect(plan.report.message).not.toMatch(/\n/);
  expect(plan.report.messageEn).not.toMatch(/\n/);
}

describe('planImport refuses an invalid file whole, with one clear line', () => {
  const existing = sampleData();

  it.each([
    ['an empty file', '', /文件是空的/, /empty/],
    ['text that is not JSON', '地区生产总值增长5%左右', /不是有效的 JSON/, /not a valid JSON/],
    ['a cut-off JSON file', collectionsToJson(sampleData(), { now }).slice(0, 500), /不是有效的 JSON/, /not a valid JSON/],
    ['a targets export (an array)', '[{"indicator":"地区生产总值","value":5}]', /数组/, /array/],
    ['a single report analysis', '{"format":"gov-report-analysis","version":1,"targets":[]}', /单篇报告的分析文件/, /analysis/],
    ['a Web Annotation file', '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}', /Web Annotation/, /Web Annotation/],
    ['another format', '{"format":"zotero","version":1}', /zotero.*gov-report-collections/, /zotero/],
    ['a JSON string', '"gov-report-collections"', /不是合集导出文件/, /not a collections export/],
  ])('%s', (_name, text, zh, en) => {
    const plan = planImport(existing, text);
    expectNothingWritten(existing, plan);
    expect(plan.report.message).toMatch(zh);
    expect(plan.report.messageEn).toMatch(en);
  });

  it('a file from a newer version, and one without a usable version', () => {
    const newer = { ...rawFile(), version: 2 };
    const plan = planImport(existing, JSON.stringify(newer));
    expectNothingWritten(existing, plan);
    expect(plan.report.message).toMatch(/更新的版本（格式版本 2）/);
    expect(plan.report.messageEn).toMatch(/newer version/);
    for (const version of ['1', 0, 1.5, null]) {
      const p = planImport(existing, JSON.stringify({ ...rawFile(), version }));
      expectNothingWritten(existing, p);
      expect(p.report.message).toMatch(/版本号无效/);
    }
    expectNothingWritten(existing, planImport(existing, JSON.stringify({ ...rawFile(), clips: undefined })));
  });

  it('a file with one bad record: nothing imported, every bad record listed with its index and field', () => {
    const file = rawFile();
    (file.clips[1] as Record<string, unknown>).kind = 'paragraph';
    delete (file.clips[4] as Record<string, unknown>).selectors;
    (file.collections[1] as Record<string, unknown>).createdAt = 'yesterday';
    const plan = planImport({ collections: [], clips: [] }, JSON.stringify(file));
    expectNothingWritten({ collections: [], clips: [] }, plan);
    expect(plan.rejected.map((r) => [r.record, r.index])).toEqual([
      ['collection', 1],
      ['clip', 1],
      ['clip', 4],
      // Clip 5 belongs to the rejected collection, so it has nowhere to go.
      ['clip', 5],
    ]);
    expect(plan.rejected[0]!.reason).toMatch(/^createdAt: /);
    expect(plan.rejected[1]!.reason).toMatch(/^kind: /);
    expect(plan.rejected[2]!.reason).toMatch(/^selectors: /);
    expect(plan.rejected[3]!.reason).toMatch(/collectionId/);
    expect(plan.report.rejected).toBe(4);
    expect(plan.report.message).toMatch(/^导入失败：4 条记录无效，未导入任何内容（第 2 条合集：createdAt/);
  });

  it('a target outside its clip text is a bad record (offsets must be relative to the clip)', () => {
    const file = rawFile();
    const clip = file.clips[0] as Clip;
    clip.targets[0] = { ...clip.targets[0]!, start: 500, end: 510 };
    const plan = planImport({ collections: [], clips: [] }, JSON.stringify(file));
    expect(plan.rejected).toEqual([{ index: 0, record: 'clip', reason: 'targets: a target lies outside the clip text' }]);
  });

  it('acceptValid imports the good records and still reports the bad ones', () => {
    const file = rawFile();
    (file.clips[2] as Record<string, unknown>).tags = '主要预期目标';
    const plan = planImport({ collections: [], clips: [] }, JSON.stringify(file), { acceptValid: true });
    expect(plan.report.ok).toBe(true);
    expect(plan.rejected).toEqual([{ index: 2, record: 'clip', reason: expect.stringMatching(/^tags: /) }]);
    expect(plan.add.clips.map((c) => c.id)).toEqual(sampleData().clips.filter((_, i) => i !== 2).map((c) => c.id));
    expect(plan.report.message).toMatch(/跳过无效记录 1 条/);
  });

  it('accepts a file saved with a BOM (Windows editors add one)', () => {
    const plan = planImport({ collections: [], clips: [] }, '\uFEFF' + collectionsToJson(sampleData(), { now }));
    expect(plan.report.ok).toBe(true);
    expect(plan.report.added).toEqual({ collections: 2, clips: 6 });
  });
});

describe('planImport merges duplicates', () => {
  it('by id: the newer record wins, tags are kept from both, the first creation time stays', () => {
    const existing = sampleData();
    const mine = existing.clips[0]!;
    const theirs: Clip = { ...mine, note: '湖北目标：6%左右（已核对）', tags: ['GDP', '湖北'], updatedAt: '2026-11-20T08:00:00.000Z', createdAt: '2026-11-10T00:00:00.000Z' };
    const plan = planImport(existing, fileOf([provinces], [theirs]));
    expect(plan.report.ok).toBe(true);
    expect(plan.add.clips).toEqual([]);
    expect(plan.merge.clips).toEqual([
      { ...mine, note: '湖北目标：6%左右（已核对）', tags: ['GDP', '就业', '主要预期目标', '湖北'], updatedAt: '2026-11-20T08:00:00.000Z' },
    ]);
    expect(plan.report.merged).toEqual({ collections: 0, clips: 1 });
    expect(plan.report.unchanged).toEqual({ collections: 1, clips: 0 });
    // An older copy cannot overwrite a newer note, but its extra tags are still kept.
    const stale: Clip = { ...mine, note: '旧笔记', tags: ['旧标签'], updatedAt: '2026-11-01T00:00:00.000Z' };
    const second = planImport(existing, fileOf([provinces], [stale]));
    expect(second.merge.clips).toEqual([{ ...mine, tags: [...mine.tags, '旧标签'] }]);
  });

  it('by content: same page (another address form), same quote, same-named collection, other ids', () => {
    const existing = sampleData();
    const mine = existing.clips[1]!; // 广东 headline targets in 2025各省目标
    const otherProfile: Collection = { ...provinces, id: 'f0000000-0000-4000-8000-00000000000f', createdAt: '2026-10-01T00:00:00.000Z' };
    const same: Clip = {
      ...mine,
      id: 'f0000000-0000-4000-8000-000000000001',
      collectionId: otherProfile.id,
      source: { ...mine.source, url: 'http://gd.gov.cn/gkmlpt/content/4/4612/post_4612345.html?id=88&utm_source=wechat' },
      tags: ['广东'],
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    const plan = planImport(existing, fileOf([otherProfile], [same]));
    expect(plan.report.ok).toBe(true);
    expect(plan.add).toEqual({ collections: [], clips: [] });
    // The collection is the same by name: it keeps its id and takes the earlier creation time.
    expect(plan.merge.collections).toEqual([{ ...provinces, createdAt: '2026-10-01T00:00:00.000Z' }]);
    expect(plan.merge.clips).toEqual([{ ...mine, tags: ['主要预期目标', '广东'] }]);
    const applied = applyImport(existing, plan);
    expect(applied.clips).toHaveLength(6);
    expect(applied.collections).toHaveLength(2);
  });

  it('is not fooled: another occurrence, another collection or another page is a new clip', () => {
    const existing = sampleData();
    const mine = existing.clips[0]!;
    const elsewhere = clipOf(hubei, spanOf(hubei, '城镇新增就业', '以上'), { id: 'n1', collectionId: provinces.id, kind: 'selection', createdAt: '2026-11-05T00:00:00.000Z' });
    const otherCollection: Collection = { id: 'n-col', name: '就业目标', createdAt: '2026-11-05T00:00:00.000Z', updatedAt: '2026-11-05T00:00:00.000Z' };
    const copyElsewhere: Clip = { ...mine, id: 'n2', collectionId: otherCollection.id };
    const otherPage: Clip = { ...mine, id: 'n3', source: { ...guangdong.source } };
    const plan = planImport(existing, fileOf([provinces, otherCollection], [elsewhere, copyElsewhere, otherPage]));
    expect(plan.add.collections).toEqual([otherCollection]);
    expect(plan.add.clips.map((c) => c.id)).toEqual(['n1', 'n2', 'n3']);
    expect(plan.merge).toEqual({ collections: [], clips: [] });
  });

  it('a renamed collection (same id, newer) takes the new name', () => {
    const existing = sampleData();
    const renamed: Collection = { ...cities, name: '2022 市县目标（整理后）', updatedAt: '2026-11-20T00:00:00.000Z' };
    const plan = planImport(existing, fileOf([renamed], []));
    expect(plan.merge.collections).toEqual([renamed]);
    expect(applyImport(existing, plan).collections.map((c) => c.name)).toEqual(['2025各省目标', '2022 市县目标（整理后）']);
  });

  it('duplicates inside one file become one record', () => {
    const data = sampleData();
    const clip = data.clips[4]!;
    const later: Clip = { ...clip, note: '第二次剪藏', updatedAt: '2026-11-06T00:00:00.000Z' };
    const twin: Clip = { ...clip, id: 'twin-id' };
    const plan = planImport({ collections: [], clips: [] }, JSON.stringify({ ...rawFile(), collections: [cities], clips: [clip, later, twin] }));
    expect(plan.report.ok).toBe(true);
    expect(plan.add.clips).toEqual([{ ...later, createdAt: clip.createdAt }]);
    expect(plan.report.added).toEqual({ collections: 1, clips: 1 });
    expect(plan.report.merged.clips + plan.report.unchanged.clips).toBe(2);
  });

  it('a clip may go into a collection that exists already but is not in the file', () => {
    const existing = sampleData();
    const fresh = clipOf(guangdong, spanOf(guangdong, '城镇新增就业110万人以上'), { id: 'gd-jobs', collectionId: provinces.id, kind: 'target', createdAt: '2026-11-21T01:00:00.000Z' });
    const text = JSON.stringify({ ...rawFile(), collections: [], clips: [fresh] });
    const plan = planImport(existing, text);
    expect(plan.report.ok).toBe(true);
    expect(plan.add.clips).toEqual([fresh]);
    expect(fresh.targets.map((t) => [t.indicator, t.value, t.unit, t.qualifier])).toEqual([['城镇新增就业', 110, '万人', '以上']]);
    const applied = applyImport(existing, plan);
    expect(applied.clips.at(-1)).toEqual(fresh);
    expect(applied.write.clips).toEqual([fresh]);
    expect(plan.report.message).toBe('导入完成：新增 0 个合集、1 条剪藏；合并 0 个合集、0 条剪藏；已存在 0 个合集、0 条剪藏');
  });
});
