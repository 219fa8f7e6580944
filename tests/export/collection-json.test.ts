import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCollectionExport,
  collectionsToJson,
  ExportValidationError,
  selectCollection,
} from '../../lib/export/collection-json';
import { applyImport, planImport } from '../../lib/export/import-collection';
import { collectionExportSchema } from '../../lib/schema/collection-export';
import { cities, provinces, sampleData } from './collection-sample-clips';

const now = new Date('2026-11-21T10:00:00.000Z');

describe('collectionsToJson', () => {
  it('writes a versioned document with every collection and clip, in the given order', () => {
    const data = sampleData();
    const doc = JSON.parse(collectionsToJson(data, { now }));
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'collections', 'clips']);
    expect(doc.format).toBe('gov-report-collections');
    expect(doc.version).toBe(1);
    expect(doc.exportedAt).toBe('2026-11-21T10:00:00.000Z');
    expect(doc.collections).toEqual(data.collections);
    expect(doc.clips).toEqual(data.clips);
    expect(collectionExportSchema.safeParse(doc).success).toBe(true);
  });

  it('puts each record on a line of its own, so that a line diff shows which clips changed', () => {
    const data = sampleData();
    const text = collectionsToJson(data, { now });
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['{', '  "format": "gov-report-collections",', '  "version": 1,', '  "exportedAt": "2026-11-21T10:00:00.000Z",', '  "collections": [']);
    expect(lines.filter((l) => l.startsWith('    {"id":')).map((l) => JSON.parse(l.replace(/,$/, '')).id)).toEqual([
      ...data.collections.map((c) => c.id),
      ...data.clips.map((c) => c.id),
    ]);
    expect(JSON.parse(text)).toEqual(buildCollectionExport(data, { now }));
    const empty = collectionsToJson({ collections: [cities], clips: [] }, { now });
    expect(empty).toContain('  "clips": []\n}\n');
    expect(JSON.parse(empty).clips).toEqual([]);
  });

  it('exports one collection with only its clips', () => {
    const doc = buildCollectionExport(sampleData(), { collectionId: cities.id, now });
    expect(doc.collections).toEqual([cities]);
    expect(doc.clips.map((c) => c.source.region)).toEqual(['天门市', null]);
    expect(doc.clips.every((c) => c.collectionId === cities.id)).toBe(true);
  });

  it('keeps masked targets as null values (never 0) and Chinese text as is', () => {
    const json = collectionsToJson(sampleData(), { collectionId: cities.id, now });
    const masked = JSON.parse(json).clips[1].targets[0];
    expect(masked).toMatchObject({ indicator: 'GDP', value: null, masked: true, qualifier: '左右', text: 'GDP增长X%左右' });
    expect(json).toContain('全市经济社会发展的主要预期目标为');
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('refuses to write an invalid export, with a one-line message naming the field', () => {
    const data = sampleData();
    const clip = data.clips[0]!;
    const broken = { ...data, clips: [{ ...clip, selectors: { ...clip.selectors, position: { type: 'TextPositionSelector' as const, start: 9, end: 3 } } }] };
    expect(() => buildCollectionExport(broken, { now })).toThrow(ExportValidationError);
    expect(() => buildCollectionExport(broken, { now })).toThrow(/clips\.0\.selectors\.position/);
    try {
      buildCollectionExport(broken, { now });
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
    // A clip whose collection is not part of the export would be an orphan in the file.
    expect(() => buildCollectionExport({ collections: [cities], clips: data.clips }, { now })).toThrow(/is not in the file/);
  });

  it('does not pass extra keys of stored records (storage bookkeeping) into the file', () => {
    const data = sampleData();
    const stored = { ...data, clips: data.clips.map((c) => ({ ...c, v: 2 })) };
    const doc = buildCollectionExport(stored, { now });
    expect(doc.clips.every((c) => !('v' in c))).toBe(true);
    expect(doc.clips).toEqual(data.clips);
  });

  it('selectCollection: an unknown id is an error, not an empty file', () => {
    expect(() => selectCollection(sampleData(), 'no-such-id')).toThrow(ExportValidationError);
    expect(selectCollection(sampleData(), provinces.id).clips).toHaveLength(4);
    expect(selectCollection(sampleData(), null).clips).toHaveLength(6);
  });
});

describe('round trip: export → import into empty storage → identical', () => {
  it('gives back deep-equal collections and clips', () => {
    const data = sampleData();
    const text = collectionsToJson(data, { now });
    const empty = { collections: [], clips: [] };
    const plan = planImport(empty, text);
    expect(plan.report.ok).toBe(true);
    expect(plan.rejected).toEqual([]);
    expect(plan.report.added).toEqual({ collections: 2, clips: 6 });
    const applied = applyImport(empty, plan);
    expect(applied.collections).toEqual(data.collections);
    expect(applied.clips).toEqual(data.clips);
    expect(applied.write).toEqual({ collections: data.collections, clips: data.clips });
  });

  it('exporting the imported records again gives the same file', () => {
    const text = collectionsToJson(sampleData(), { now });
    const applied = applyImport({ collections: [], clips: [] }, planImport({ collections: [], clips: [] }, text));
    expect(collectionsToJson(applied, { now })).toBe(text);
  });

  it('importing the same file twice changes nothing the second time', () => {
    const data = sampleData();
    const text = collectionsToJson(data, { now });
    const plan = planImport(data, text);
    expect(plan.report.ok).toBe(true);
    expect(plan.add).toEqual({ collections: [], clips: [] });
    expect(plan.merge).toEqual({ collections: [], clips: [] });
    expect(plan.report.unchanged).toEqual({ collections: 2, clips: 6 });
    expect(applyImport(data, plan).write).toEqual({ collections: [], clips: [] });
  });
});

describe('round trip with any note, tag and name a user can type', () => {
  // Characters that break naive writers: quotes of both widths, commas, CR/LF, tabs, emoji, Markdown and CSV markup.
  const piece = fc.constantFrom('，', ',', '"', '“', '”', '\n', '\r\n', '\t', '=', '+', '#', '*', '|', '左右', '6.5%', '😀', '𠀀', ' ', '\\', '</script>');
  const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(''));
  const tag = text.filter((t) => t.length > 0);
  const name = text.filter((t) => t.trim().length > 0).map((t) => t.trim());

  it('export → import into empty → the same records', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 6, maxLength: 6 }), fc.array(fc.uniqueArray(tag, { maxLength: 4 }), { minLength: 6, maxLength: 6 }), name, name, (notes, tags, n1, n2) => {
        fc.pre(n1 !== n2);
        const data = sampleData();
        data.collections[0]!.name = n1;
        data.collections[1]!.name = n2;
        data.clips.forEach((c, i) => {
          c.note = notes[i]!;
          c.tags = tags[i]!;
        });
        const empty = { collections: [], clips: [] };
        const plan = planImport(empty, collectionsToJson(data, { now }));
        expect(plan.report.ok).toBe(true);
        const applied = applyImport(empty, plan);
        expect(applied.collections).toEqual(data.collections);
        expect(applied.clips).toEqual(data.clips);
      }),
      { numRuns: 60 },
    );
  });
});
