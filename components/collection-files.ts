/**
 * The store side of export and import, shared by the side panel and the popup: read every record
 * (exportAll), build a file, download it; check an import file against what is stored (planImport),
 * then write exactly what the plan says (applyImport → importRecords). The plan is made again right
 * before writing, so that a clip saved in another tab between preview and confirmation is merged with,
 * not overwritten.
 */
import { applyImport, planImport, type ImportPlan, type ImportReport } from '../lib/export/import-collection';
import { exportAll, importRecords } from '../lib/store/collections';
import { StoreError } from '../lib/store/errors';
import { downloadFile } from './download-file';
import { buildExportFile, type ExportFile, type ExportKind } from './export-files';
import { uiLanguage } from './t';

/** The file of `kind` for one collection (or all, null) from the records stored now. */
export async function exportFromStore(kind: ExportKind, collectionId: string | null, now = new Date()): Promise<ExportFile> {
  const records = await exportAll();
  return buildExportFile(records, kind, { collectionId, now, language: uiLanguage() });
}

/** Export and download; returns the file name, for the confirmation the user sees. */
export async function exportToDownload(kind: ExportKind, collectionId: string | null): Promise<string> {
  const file = await exportFromStore(kind, collectionId);
  downloadFile(file);
  return file.name;
}

/** What importing `text` would do to the stored records. Writes nothing. */
export async function planImportFromStore(text: string, acceptValid: boolean): Promise<ImportPlan> {
  return planImport(await exportAll(), text, { acceptValid });
}

/**
 * Import `text`: plan against the records stored now and write the plan's records in one storage call.
 * A refused file writes nothing and its report says why. Store failures (quota) throw a StoreError.
 */
export async function importIntoStore(text: string, acceptValid: boolean): Promise<ImportReport> {
  const existing = await exportAll();
  const plan = planImport(existing, text, { acceptValid });
  if (!plan.report.ok) return plan.report;
  const applied = applyImport(existing, plan);
  if (applied.write.collections.length > 0 || applied.write.clips.length > 0) await importRecords(applied.write);
  return plan.report;
}

/** One line for the user from anything export or import threw. */
export function fileErrorMessage(error: unknown): string {
  if (error instanceof StoreError) return error.userMessage(uiLanguage());
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}
