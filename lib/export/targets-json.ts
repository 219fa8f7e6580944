/**
 * "Export targets" of a collection: one flat object per target inside its clips, each carrying where it
 * came from (report, region, year, section, page address). This is the file a user loads into a
 * spreadsheet, pandas or R to compare regions and years, so every row stands on its own.
 */
import type { TargetExportRow } from '../schema/collection-export';
import type { Clip } from '../store/types';
import { type CollectionData, selectCollection } from './collection-json';

export type { TargetExportRow } from '../schema/collection-export';

export interface TargetsJsonOptions {
  /** Only this collection's clips; all clips when absent or null. */
  collectionId?: string | null;
}

/** The rows of one clip's targets, in document order. */
export function targetRowsOfClip(clip: Clip, collectionName: string): TargetExportRow[] {
  const { source } = clip;
  return clip.targets.map((t) => ({
    collection: collectionName,
    clipId: clip.id,
    url: source.url,
    reportTitle: source.reportTitle ?? (source.pageTitle || null),
    region: source.region,
    year: source.year,
    // The engine's section is the innermost heading of the target; the clip's is where the clip starts.
    section: t.section ?? clip.section,
    indicator: t.indicator,
    direction: t.direction,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    qualifier: t.qualifier,
    comparison: t.comparison,
    kind: t.kind,
    masked: t.masked,
    period: t.period,
    text: t.text,
  }));
}

/**
 * The rows of every target in the clips, in clip order then document order. A clip whose collection is
 * not among `data.collections` gets an empty collection name rather than being dropped.
 */
export function collectTargetRows(data: CollectionData, options: TargetsJsonOptions = {}): TargetExportRow[] {
  const { collections, clips } = selectCollection(data, options.collectionId ?? null);
  const names = new Map(collections.map((c) => [c.id, c.name]));
  return clips.flatMap((clip) => targetRowsOfClip(clip, names.get(clip.collectionId) ?? ''));
}

/** The rows as a JSON array, one row per line: readable, easy to diff, and quick to write for 10,000 clips. */
export function targetsToJson(data: CollectionData, options: TargetsJsonOptions = {}): string {
  const rows = collectTargetRows(data, options);
  return rows.length === 0 ? '[]\n' : '[\n' + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n') + '\n]\n';
}
