/**
 * Record versions and the migration table. Every stored record carries `v`; reading upgrades it step by
 * step (v1 → v2 → …) in memory and validates the result, so a view never sees an old shape. Upgraded
 * records are written back by the next edit of that record or by `upgradeStoredRecords` (run once after
 * an extension update), never as a side effect of a read: a read that wrote could overwrite an edit
 * another tab made in between.
 *
 * To change a record's shape: bump its version, add a `from` schema of the old shape and a step here,
 * keep a fixture of an old record in tests/store/fixtures/, and test the upgrade.
 */
import { z } from 'zod';
import { targetSchema } from '../schema/analysis';
import { clipSourceOf } from './clip-source';
import { clipKeywordSchema, clipSchema, clipSelectorsSchema, collectionSchema, describeZodError } from './schemas';
import type { Clip, Collection } from './types';

export const CLIP_VERSION = 2;
export const COLLECTION_VERSION = 1;
/** Version of the layout as a whole (key scheme, meta record); stored in store-meta. */
export const STORE_SCHEMA_VERSION = 1;

/**
 * v1 clips (the first release): the page fields sat at the top level (url, pageTitle, site, reportTitle),
 * there were no tags, no region or year, and no updatedAt.
 */
const clipV1Schema = z.object({
  v: z.literal(1),
  id: z.string().min(1),
  collectionId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  kind: z.enum(['selection', 'section', 'target', 'keyword']),
  url: z.string().min(1),
  pageTitle: z.string(),
  site: z.string().optional(),
  reportTitle: z.string().nullable(),
  section: z.string().nullable(),
  text: z.string().min(1),
  note: z.string().default(''),
  targets: z.array(targetSchema),
  keywords: z.array(clipKeywordSchema),
  selectors: clipSelectorsSchema,
});

/** v1 → v2: the source block (URL normalised, region and year read from the titles), tags, updatedAt. */
function clipV1toV2(old: z.infer<typeof clipV1Schema>): Record<string, unknown> {
  const source = clipSourceOf({ url: old.url, pageTitle: old.pageTitle, reportTitle: old.reportTitle });
  return {
    v: 2,
    id: old.id,
    collectionId: old.collectionId,
    createdAt: old.createdAt,
    updatedAt: old.createdAt,
    kind: old.kind,
    // A v1 record that stored a site name keeps it (it came from the live page).
    source: old.site ? { ...source, site: old.site } : source,
    section: old.section,
    text: old.text,
    note: old.note,
    tags: [],
    targets: old.targets,
    keywords: old.keywords,
    selectors: old.selectors,
  };
}

/** One upgrade step: the schema of the version it starts from, and the step to the next version. */
interface Step {
  from: z.ZodType;
  up: (value: never) => Record<string, unknown>;
}

/** steps[n] upgrades a record of version n to version n + 1. */
const CLIP_STEPS: Record<number, Step> = {
  1: { from: clipV1Schema, up: clipV1toV2 as (value: never) => Record<string, unknown> },
};
const COLLECTION_STEPS: Record<number, Step> = {};

export type RecordKind = 'clip' | 'collection';

export type ReadResult<T> = { ok: true; value: T; upgradedFrom: number | null } | { ok: false; reason: string };

const TABLES = {
  clip: { version: CLIP_VERSION, steps: CLIP_STEPS, schema: clipSchema },
  collection: { version: COLLECTION_VERSION, steps: COLLECTION_STEPS, schema: collectionSchema },
} as const;

export function readClipRecord(raw: unknown): ReadResult<Clip> {
  return readRecord('clip', raw) as ReadResult<Clip>;
}

export function readCollectionRecord(raw: unknown): ReadResult<Collection> {
  return readRecord('collection', raw) as ReadResult<Collection>;
}

/**
 * A stored record as the current type: upgraded through the migration table and validated. Never
 * throws: anything unreadable comes back with a one-line reason.
 */
function readRecord(kind: RecordKind, raw: unknown): ReadResult<Clip | Collection> {
  const table = TABLES[kind];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: `not a ${kind} record (${raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw})` };
  }
  const v = (raw as { v?: unknown }).v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, reason: 'missing or bad version field v' };
  if (v > table.version) {
    return { ok: false, reason: `written by a newer version of the extension (v${v}, this one reads up to v${table.version})` };
  }
  let value: unknown = raw;
  for (let at = v; at < table.version; at++) {
    const step = table.steps[at];
    if (!step) return { ok: false, reason: `no migration from v${at}` };
    const parsed = step.from.safeParse(value);
    if (!parsed.success) return { ok: false, reason: `v${at} record: ${describeZodError(parsed.error)}` };
    try {
      value = step.up(parsed.data as never);
    } catch (error) {
      return { ok: false, reason: `migration from v${at} failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const { v: _version, ...body } = value as Record<string, unknown>;
  const parsed = table.schema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error) };
  return { ok: true, value: parsed.data, upgradedFrom: v < table.version ? v : null };
}

/** The stored form of a record: the current version number in front of the fields. */
export function clipRecord(clip: Clip): Record<string, unknown> {
  return { v: CLIP_VERSION, ...clip };
}

export function collectionRecord(collection: Collection): Record<string, unknown> {
  return { v: COLLECTION_VERSION, ...collection };
}
