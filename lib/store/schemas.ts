/**
 * zod schemas of the store's records, matching ./types.ts exactly (a test checks both directions). Every
 * read from storage and every record handed in from outside (imports, undo tokens) goes through them; the
 * exporter reuses them for its file format.
 */
import { z } from 'zod';
import { targetSchema } from '../schema/analysis';
import type { Clip, ClipInput, ClipSource, Collection, UndoToken } from './types';

/** ISO 8601 time as written by Date.prototype.toISOString (other offsets accepted from imports). */
const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

export const collectionSchema = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const clipSourceSchema = z.object({
  url: z.string().min(1),
  pageTitle: z.string(),
  site: z.string(),
  reportTitle: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().int().min(1900).max(2200).nullable(),
});

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((p) => p.start < p.end, { message: 'position start must be before end' });

export const clipSelectorsSchema = z.object({ quote: textQuoteSelectorSchema, position: textPositionSelectorSchema });

export const clipKindSchema = z.enum(['selection', 'section', 'target', 'keyword']);

export const clipKeywordSchema = z.object({ term: z.string().min(1), theme: z.string() });

const clipBody = {
  kind: clipKindSchema,
  source: clipSourceSchema,
  section: z.string().nullable(),
  text: z.string().min(1),
  targets: z.array(targetSchema),
  keywords: z.array(clipKeywordSchema),
  selectors: clipSelectorsSchema,
};

/** Targets point into the clip's own text; one pointing past its end would paint garbage. */
function targetsInsideText(c: { text: string; targets: ReadonlyArray<{ end: number; valueEnd: number }> }): boolean {
  return c.targets.every((t) => t.end <= c.text.length && t.valueEnd <= c.text.length);
}
const TARGETS_INSIDE = { message: 'a target lies outside the clip text', path: ['targets'] };

export const clipSchema = z
  .object({
    id,
    collectionId: id,
    createdAt: isoTime,
    updatedAt: isoTime,
    ...clipBody,
    note: z.string(),
    tags: z.array(z.string().min(1)),
  })
  .refine(targetsInsideText, TARGETS_INSIDE);

export const clipInputSchema = z
  .object({
    ...clipBody,
    note: z.string().optional(),
    tags: z.array(z.string()).optional(),
    collectionId: id.optional(),
  })
  .refine(targetsInsideText, TARGETS_INSIDE);

export const undoTokenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('collection'), collection: collectionSchema, clips: z.array(clipSchema) }),
  z.object({ kind: z.literal('clip'), clips: z.array(clipSchema) }),
]);

export const storeMetaSchema = z.object({
  schemaVersion: z.number().int().positive(),
  currentCollectionId: z.string().min(1).nullable(),
});
export type StoreMeta = z.infer<typeof storeMetaSchema>;

/** One line for a problem list: the first issue with its path (source.url: expected string …). */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.map(String).join('.');
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : '';
  return `${path ? `${path}: ` : ''}${issue.message}${more}`;
}

// Compile-time checks that the schemas and the plain types of ./types.ts agree in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(value: T) => value;
agree<Same<z.infer<typeof collectionSchema>, Collection>>(true);
agree<Same<z.infer<typeof clipSourceSchema>, ClipSource>>(true);
agree<Same<z.infer<typeof clipSchema>, Clip>>(true);
agree<Same<z.infer<typeof undoTokenSchema>, UndoToken>>(true);
agree<Same<z.output<typeof clipInputSchema>, ClipInput>>(true);
