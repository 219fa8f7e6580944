/**
 * The collections export file: what "export a collection / everything as JSON" writes and what import
 * reads back. zod is used here because this data leaves the extension and comes back from anywhere (a
 * file a user edited, a file from a newer version). The record schemas match the store's plain types
 * (lib/store/types.ts) field for field; tests/schema/collection-export.test.ts checks both directions.
 *
 * The JSON Schema in public/schemas/collection-export.schema.json is generated from these schemas.
 */
import { z } from 'zod';
import { targetSchema } from './analysis';
import type { SchemaFile } from './json-schema';

export const COLLECTIONS_FORMAT = 'gov-report-collections';
export const COLLECTIONS_VERSION = 1;

/** ISO 8601 date-time as written by Date.toISOString(); an offset (+08:00) is accepted on import too. */
const isoDateTime = z.iso.datetime({ offset: true });
const offset = z.number().int().nonnegative();
const id = z.string().min(1);

export const textQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  })
  .meta({ id: 'TextQuoteSelector', description: 'W3C Web Annotation TextQuoteSelector: the quote and up to 32 characters either side' });

export const textPositionSelectorSchema = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((s) => s.start <= s.end, { message: 'start must not be after end' })
  .meta({ id: 'TextPositionSelector', description: "W3C Web Annotation TextPositionSelector: UTF-16 offsets in the page's article text" });

export const collectionSchema = z
  .object({
    id,
    name: z.string().regex(/\S/, 'name is empty').describe('Shown to the user: 2024各省目标 …'),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .meta({ id: 'Collection', description: 'A named group of clips' });

export const clipSourceSchema = z
  .object({
    url: z.string().min(1).describe('Normalised page address: no hash, no utm_* / spm / from / share tracking parameters'),
    pageTitle: z.string(),
    site: z.string().describe('Host name'),
    reportTitle: z.string().nullable(),
    region: z.string().nullable().describe('北京市, 湖北省, 天门市, 东丽区 … or null'),
    year: z.number().int().nullable(),
  })
  .meta({ id: 'ClipSource', description: 'The page and report a clip was taken from' });

export const clipKindSchema = z.enum(['selection', 'section', 'target', 'keyword']);

export const clipKeywordSchema = z.object({ term: z.string().min(1), theme: z.string() });

export const clipSchema = z
  .object({
    id,
    collectionId: id,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    kind: clipKindSchema,
    source: clipSourceSchema,
    section: z.string().nullable().describe('Title of the section the clip is in'),
    text: z.string().min(1).describe('The clipped text as read'),
    note: z.string(),
    tags: z.array(z.string().min(1)),
    targets: z.array(targetSchema).describe('Engine targets inside the clip; offsets are relative to `text`'),
    keywords: z.array(clipKeywordSchema),
    selectors: z.object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema }),
  })
  // Offsets relative to the clip's own text: a target outside it means the record was built wrongly.
  .refine((c) => c.targets.every((t) => t.end <= c.text.length && t.valueEnd <= c.text.length), {
    message: 'a target lies outside the clip text',
    path: ['targets'],
  })
  .meta({ id: 'Clip', description: 'A saved passage, section, target or keyword with its note, tags, targets and W3C selectors' });

/** The envelope alone: read first on import so that a wrong or newer file gets its own clear message. */
export const collectionExportEnvelopeSchema = z.object({
  format: z.literal(COLLECTIONS_FORMAT),
  version: z.literal(COLLECTIONS_VERSION),
  exportedAt: isoDateTime,
  collections: z.array(z.unknown()),
  clips: z.array(z.unknown()),
});

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
