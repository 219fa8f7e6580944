import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  clipSchema,
  clipSourceSchema,
  collectionExportSchema,
  collectionSchema,
  collectionSchemaFiles,
  targetExportRowSchema,
} from '../../lib/schema/collection-export';
import { collectTargetRows } from '../../lib/export/targets-json';
import type { Clip, ClipSource, Collection } from '../../lib/store/types';
import { sampleData } from '../export/collection-sample-clips';

// Compile-time: `tsc --noEmit` fails when the export schemas and the store's plain types drift apart.
type Both<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const collectionMatches: Both<z.infer<typeof collectionSchema>, Collection> = true;
const clipMatches: Both<z.infer<typeof clipSchema>, Clip> = true;
const sourceMatches: Both<z.infer<typeof clipSourceSchema>, ClipSource> = true;

function doc() {
  return { format: 'gov-report-collections', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', ...sampleData() };
}

describe('collection export schema', () => {
  it('has inferred types equal to the store types', () => {
    expect([collectionMatches, clipMatches, sourceMatches]).toEqual([true, true, true]);
    expectTypeOf<z.infer<typeof clipSchema>>().toEqualTypeOf<Clip>();
    expectTypeOf<z.infer<typeof collectionSchema>>().toEqualTypeOf<Collection>();
  });

  it('accepts real clips and returns them unchanged', () => {
    const d = doc();
    expect(d.clips.reduce((n, c) => n + c.targets.length, 0)).toBeGreaterThan(20);
    expect(collectionExportSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it('rejects records that break the contract', () => {
    const d = doc();
    const clip0 = d.clips[0]!;
    const withClip = (patch: Partial<Clip>) => ({ ...d, clips: [{ ...clip0, ...patch }, ...d.clips.slice(1)] });
    const ok = (x: unknown) => collectionExportSchema.safeParse(x).success;
    expect(ok(withClip({ kind: 'paragraph' as Clip['kind'] }))).toBe(false);
    expect(ok(withClip({ createdAt: '2026-11-02 09:20' }))).toBe(false);
    expect(ok(withClip({ createdAt: '2026-11-02T09:20:00+08:00' }))).toBe(true);
    expect(ok(withClip({ text: '' }))).toBe(false);
    expect(ok(withClip({ tags: [''] }))).toBe(false);
    // Target offsets are relative to the clip's text: one past its end is a wrongly built record.
    const t0 = clip0.targets[0]!;
    expect(ok(withClip({ targets: [{ ...t0, start: clip0.text.length, end: clip0.text.length + 3 }] }))).toBe(false);
    const pos = clip0.selectors.position;
    expect(ok(withClip({ selectors: { ...clip0.selectors, position: { ...pos, start: pos.end + 1 } } }))).toBe(false);
    expect(ok(withClip({ selectors: { ...clip0.selectors, quote: { ...clip0.selectors.quote, type: 'TextQuote' as 'TextQuoteSelector' } } }))).toBe(false);
    expect(ok({ ...d, collections: [{ ...d.collections[0]!, name: '  ' }, d.collections[1]] })).toBe(false);
    expect(ok({ ...d, format: 'gov-report-analysis' })).toBe(false);
    expect(ok({ ...d, version: 2 })).toBe(false);
  });

  it('rejects a clip without its collection and duplicate ids', () => {
    const d = doc();
    expect(collectionExportSchema.safeParse({ ...d, collections: d.collections.slice(0, 1) }).success).toBe(false);
    expect(collectionExportSchema.safeParse({ ...d, clips: [...d.clips, d.clips[2]] }).success).toBe(false);
    expect(collectionExportSchema.safeParse({ ...d, collections: [...d.collections, d.collections[0]] }).success).toBe(false);
  });

  it('describes the flat target rows that "export targets" writes', () => {
    const rows = collectTargetRows(sampleData());
    for (const row of rows) expect(targetExportRowSchema.parse(row)).toEqual(row);
  });
});

describe('published collection JSON Schemas', () => {
  it('are what `npm run schema` generates now (run it after changing lib/schema)', () => {
    const files = collectionSchemaFiles();
    expect(files.map((f) => f.path)).toEqual(['public/schemas/collection-export.schema.json', 'public/schemas/collection-targets.schema.json']);
    for (const file of files) expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.content);
  });

  it('describe the export: envelope, collection, clip, selectors and target definitions', () => {
    const json = JSON.parse(readFileSync('public/schemas/collection-export.schema.json', 'utf8'));
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json.required).toEqual(['format', 'version', 'exportedAt', 'collections', 'clips']);
    expect(json.properties.format.const).toBe('gov-report-collections');
    expect(json.properties.version.const).toBe(1);
    expect(json.$defs.Collection.required).toEqual(['id', 'name', 'createdAt', 'updatedAt']);
    expect(json.$defs.Clip.required).toEqual(
      expect.arrayContaining(['id', 'collectionId', 'kind', 'source', 'section', 'text', 'note', 'tags', 'targets', 'keywords', 'selectors']),
    );
    expect(json.$defs.Clip.properties.kind.enum).toEqual(['selection', 'section', 'target', 'keyword']);
    const clip = json.$defs.Clip.properties;
    expect(clip.source.required).toEqual(['url', 'pageTitle', 'site', 'reportTitle', 'region', 'year']);
    expect(clip.selectors.properties.quote.required).toEqual(['type', 'exact', 'prefix', 'suffix']);
    expect(clip.selectors.properties.quote.properties.type.const).toBe('TextQuoteSelector');
    expect(clip.selectors.properties.position.required).toEqual(['type', 'start', 'end']);
    expect(clip.targets.items.$ref).toBe('#/$defs/Target');
    expect(json.$defs.Target.properties.comparison.enum).toEqual(['about', 'atLeast', 'atMost', 'range', 'exact']);

    const rows = JSON.parse(readFileSync('public/schemas/collection-targets.schema.json', 'utf8'));
    expect(rows.type).toBe('array');
    expect(rows.$defs.TargetExportRow.required).toEqual(
      expect.arrayContaining(['url', 'reportTitle', 'region', 'year', 'section', 'indicator', 'value', 'unit', 'qualifier', 'kind', 'period', 'text']),
    );
  });
});
