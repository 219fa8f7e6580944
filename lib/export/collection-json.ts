/**
 * Export a collection, or everything, as one versioned JSON document
 * ({ format: 'gov-report-collections', version: 1, exportedAt, collections, clips }). The document is
 * validated against lib/schema/collection-export.ts before it is written: a file that import would
 * reject must never leave the extension.
 */
import {
  COLLECTIONS_FORMAT,
  COLLECTIONS_VERSION,
  type CollectionExport,
  collectionExportSchema,
} from '../schema/collection-export';
import type { Clip, Collection } from '../store/types';

/** The user's saved work, or part of it, as plain arrays (what the store hands over). */
export interface CollectionData {
  collections: readonly Collection[];
  clips: readonly Clip[];
}

/** Thrown when the records do not make a valid export; the message is one line, fit to show the user. */
export class ExportValidationError extends Error {
  override name = 'ExportValidationError';
}

/**
 * One collection and its clips, or everything when `collectionId` is null. Order is kept as given.
 * An unknown id is an error rather than an empty file, so the user is not handed a file with nothing in it.
 */
export function selectCollection(data: CollectionData, collectionId: string | null): CollectionData {
  if (collectionId === null) return { collections: [...data.collections], clips: [...data.clips] };
  const collection = data.collections.find((c) => c.id === collectionId);
  if (!collection) throw new ExportValidationError(`合集不存在 / no such collection: ${collectionId}`);
  return { collections: [collection], clips: data.clips.filter((c) => c.collectionId === collectionId) };
}

export interface CollectionExportOptions {
  /** Export only this collection (and its clips); everything when absent or null. */
  collectionId?: string | null;
  /** Time of the export; now by default (a parameter so that tests and callers can fix it). */
  now?: Date;
}

/** Build and validate the export document. Throws ExportValidationError naming the first bad field. */
export function buildCollectionExport(data: CollectionData, options: CollectionExportOptions = {}): CollectionExport {
  const part = selectCollection(data, options.collectionId ?? null);
  const doc = {
    format: COLLECTIONS_FORMAT,
    version: COLLECTIONS_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    collections: part.collections,
    clips: part.clips,
  };
  const checked = collectionExportSchema.safeParse(doc);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ExportValidationError(`导出数据无效 / export is not valid: ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

/** A list with one record per line: what a person scrolls through and what a line diff compares. */
function recordLines(records: readonly unknown[]): string {
  return records.length === 0 ? '[]' : '[\n' + records.map((r) => '    ' + JSON.stringify(r)).join(',\n') + '\n  ]';
}

/**
 * The export as JSON text: the envelope indented, each collection and clip on a line of its own. Fully
 * indented JSON of 10,000 clips with their targets is about twice the size and takes longer to write.
 */
export function collectionsToJson(data: CollectionData, options: CollectionExportOptions = {}): string {
  const doc = buildCollectionExport(data, options);
  return [
    '{',
    `  "format": ${JSON.stringify(doc.format)},`,
    `  "version": ${JSON.stringify(doc.version)},`,
    `  "exportedAt": ${JSON.stringify(doc.exportedAt)},`,
    `  "collections": ${recordLines(doc.collections)},`,
    `  "clips": ${recordLines(doc.clips)}`,
    '}',
    '',
  ].join('\n');
}
