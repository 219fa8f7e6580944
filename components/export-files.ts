/**
 * The five export files of the 合集 tab and the popup's quick export, built from the store's records:
 * which exporter writes each kind, its MIME type and its file name. Pure (no DOM, no storage), so the
 * same function serves the side panel, the popup, the tests and the benchmark.
 */
import { collectionsToJson, type CollectionData } from '../lib/export/collection-json';
import { collectionToCsv } from '../lib/export/collection-csv';
import { collectionToMarkdown } from '../lib/export/collection-markdown';
import { exportFileName, type ExportKind } from '../lib/export/file-names';
import { targetsToJson } from '../lib/export/targets-json';
import { collectionToWebAnnotationJson } from '../lib/export/web-annotation';

export type { ExportKind } from '../lib/export/file-names';

/** In the order the menu offers them: the lossless file first, the one for Excel next. */
export const EXPORT_KINDS: readonly ExportKind[] = ['collection-json', 'csv', 'targets-json', 'markdown', 'web-annotation'];

export interface ExportFile {
  name: string;
  /** For the Blob; text formats say utf-8 so that a browser preview does not guess another charset. */
  mime: string;
  text: string;
}

const MIME: Record<ExportKind, string> = {
  'collection-json': 'application/json',
  'targets-json': 'application/json',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  'web-annotation': 'application/ld+json',
};

export interface ExportFileOptions {
  /** One collection, or everything when null. */
  collectionId: string | null;
  now: Date;
  /** Language of the UI: CSV headers, Markdown labels and the file name's words follow it. */
  language: 'zh' | 'en';
}

/**
 * The file of one kind. Throws ExportValidationError (one line, fit to show) when the records would not
 * make a valid collections file, or when the collection does not exist (deleted in another window).
 */
export function buildExportFile(data: CollectionData, kind: ExportKind, options: ExportFileOptions): ExportFile {
  const { collectionId, now, language } = options;
  const allLabel = language === 'zh' ? '全部合集' : 'all-collections';
  let text: string;
  switch (kind) {
    case 'collection-json':
      text = collectionsToJson(data, { collectionId, now });
      break;
    case 'targets-json':
      text = targetsToJson(data, { collectionId });
      break;
    case 'csv':
      // With BOM: Excel opens UTF-8 without one as the local code page and garbles every Chinese character.
      text = collectionToCsv(data, { collectionId, headers: language, bom: true });
      break;
    case 'markdown':
      text = collectionToMarkdown(data, { collectionId, language });
      break;
    case 'web-annotation':
      text = collectionToWebAnnotationJson(data, { collectionId, allLabel, language: 'zh' });
      break;
  }
  const collectionName = collectionId === null ? null : (data.collections.find((c) => c.id === collectionId)?.name ?? null);
  const name = exportFileName({
    collectionName,
    kind,
    date: now,
    allLabel,
    ...(language === 'en' ? { prefix: 'gov-report' } : {}),
  });
  return { name, mime: MIME[kind], text };
}
