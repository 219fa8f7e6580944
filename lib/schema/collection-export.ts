/**
 * The collections export file: what "export a collection / everything as JSON" writes and what import
 * reads back. zod is used here because this data leaves the extension and comes back from anywhere (a
 * file a user edited, a file from a newer version). The record schemas are the store's (one definition of
 * what a valid record is); tests/schema/collection-export.test.ts checks them against the plain types.
 *
 * The JSON Schema in public/schemas/collection-export.schema.json is generated from these schemas.
 */
import { z } from 'zod';
import {
  clipSchema as storeClipSchema,
  clipSourceSchema,
  collectionSchema as storeCollectionSchema,
} from '../store/schemas';
import { targetSchema } from './analysis';
import type { SchemaFile } from './json-schema';

export const COLLECTIONS_FORMAT = 'gov-report-collections';
export const COLLECTIONS_VERSION = 1;

/** ISO 8601 date-time as written by Date.toISOString(); an offset (+08:00) is accepted on import too. */
const isoDateTime = z.iso.datetime({ offset: true });
const id = z.string().min(1);

/*
 * The records are the store's own schemas (lib/store/schemas.ts), so that a file this module accepts is
 * exactly what the store accepts and writes; `.meta` returns a copy, so the ids below only name the
 * definitions of the published JSON Schema and do not change the store's schemas.
 */
export const collectionSchema = storeCollectionSchema.meta({ id: 'Collection', description: 'A named group of clips' });
export const clipSchema = storeClipSchema.meta({
  id: 'Clip',
  description:
    'A saved passage, section, target or keyword: its source page, section, text, note, tags, the targets inside ' +
    '(offsets relative to text) and W3C TextQuote/TextPosition selectors in the page article text',
});
export { clipSourceSchema };

export const collectionExportSchema = z
  .object({
    format: z.literal(COLLECTIONS_FORMAT),
    version: z.literal(COLLECTIONS_VERSION),
    exportedAt: isoDateTime,
    collections: z.array(collectionSchema),
    clips: z.array(clipSchema),
  })
  .superRefine((doc, ctx) => {
    // Cross-record rules that a per-record schema cannot state: unique ids, no clip without its collection.
    const collectionIds = new Set<string>();
    doc.collections.forEach((c, i) => {
      if (collectionIds.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate collection id ${c.id}`, path: ['collections', i, 'id'] });
      collectionIds.add(c.id);
    });
    const clipIds = new Set<string>();
    doc.clips.forEach((c, i) => {
      if (clipIds.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate clip id ${c.id}`, path: ['clips', i, 'id'] });
      clipIds.add(c.id);
      if (!collectionIds.has(c.collectionId)) {
        ctx.addIssue({ code: 'custom', message: `clip's collection ${c.collectionId} is not in the file`, path: ['clips', i, 'collectionId'] });
      }
    });
  })
  .meta({
    title: 'Government work report collections',
    description:
      'Collections of clips saved from Chinese government work reports (政府工作报告): quotes with notes, tags, ' +
      'the targets found inside them and W3C selectors to find them again on the page.',
  });

export type CollectionExport = z.infer<typeof collectionExportSchema>;

/** One row of "export targets": a target flattened together with where it came from. */
export const targetExportRowSchema = z
  .object({
    collection: z.string(),
    clipId: id,
    url: z.string(),
    reportTitle: z.string().nullable(),
    region: z.string().nullable(),
    year: z.number().int().nullable(),
    section: z.string().nullable(),
    indicator: z.string(),
    direction: z.string().nullable(),
    value: z.number().nullable(),
    valueMax: z.number().nullable(),
    unit: z.string(),
    qualifier: z.string().nullable(),
    comparison: targetSchema.shape.comparison,
    kind: targetSchema.shape.kind,
    masked: z.boolean(),
    period: z.string().nullable(),
    text: z.string(),
  })
  .meta({ id: 'TargetExportRow', description: 'A target of a saved clip with its source, flat for spreadsheets and scripts' });

export const targetsExportSchema = z.array(targetExportRowSchema).meta({
  title: 'Government work report targets of a collection',
  description: 'A flat list of the targets and results inside the clips of a collection, each with its source report.',
});

export type TargetExportRow = z.infer<typeof targetExportRowSchema>;

/**
 * The published JSON Schemas of the two collection exports (written by `npm run schema` next to the
 * analysis schema; a test fails when a committed file is stale).
 */
export function collectionSchemaFiles(): SchemaFile[] {
  const file = (path: string, schema: z.ZodType): SchemaFile => ({
    path,
    content: JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12' }), null, 2) + '\n',
  });
  return [
    file('public/schemas/collection-export.schema.json', collectionExportSchema),
    file('public/schemas/collection-targets.schema.json', targetsExportSchema),
  ];
}
