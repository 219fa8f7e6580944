/**
 * A collection's targets as a spreadsheet (UTF-8 with BOM, RFC 4180, via csv.ts): one row per target of
 * every clip, with the report it came from, so that one indicator can be filtered and compared across
 * regions and years in Excel. Chinese headers and words by default; the English variant writes the
 * machine codes (target/result, atLeast …) so that scripts can read it back.
 */
import { type CollectionData, selectCollection } from './collection-json';
import { type CsvCell, toCsv } from './csv';
import { languageCells } from './targets-csv';
import { targetRowsOfClip } from './targets-json';

export type CollectionCsvLanguage = 'zh' | 'en';

export interface CollectionCsvOptions {
  /** Only this collection's clips; all clips when absent or null. */
  collectionId?: string | null;
  headers?: CollectionCsvLanguage;
  bom?: boolean;
  /**
   * Also write one row (with empty target cells) for each clip that holds no target, so that notes on
   * passages without numbers are not lost from the sheet. Off by default: the sheet is about numbers.
   */
  includeClipsWithoutTargets?: boolean;
}

export const COLLECTION_CSV_HEADERS: Record<CollectionCsvLanguage, readonly string[]> = {
  zh: ['合集', '报告', '地区', '年份', '章节', '指标', '方向', '数值', '上限', '单位', '限定词', '比较', '类型', '遮蔽', '时期', '原文', '笔记', '标签', '网址', '剪藏时间'],
  en: ['collection', 'report', 'region', 'year', 'section', 'indicator', 'direction', 'value', 'valueMax', 'unit', 'qualifier', 'comparison', 'kind', 'masked', 'period', 'text', 'note', 'tags', 'url', 'clippedAt'],
};


/** Tags in one cell: the Chinese list separator reads naturally and never clashes with CSV commas. */
const TAG_SEPARATOR: Record<CollectionCsvLanguage, string> = { zh: '、', en: '; ' };

export function collectionToCsv(data: CollectionData, options: CollectionCsvOptions = {}): string {
  const { collections, clips } = selectCollection(data, options.collectionId ?? null);
  const lang = options.headers ?? 'zh';
  const names = new Map(collections.map((c) => [c.id, c.name]));
  const rows: CsvCell[][] = [[...COLLECTION_CSV_HEADERS[lang]]];
  for (const clip of clips) {
    const clipCells = {
      note: clip.note,
      tags: clip.tags.join(TAG_SEPARATOR[lang]),
      url: clip.source.url,
      clippedAt: clip.createdAt,
    };
    const targetRows = targetRowsOfClip(clip, names.get(clip.collectionId) ?? '');
    if (targetRows.length === 0 && options.includeClipsWithoutTargets) {
      const s = clip.source;
      rows.push([
        names.get(clip.collectionId) ?? '', s.reportTitle ?? s.pageTitle, s.region, s.year, clip.section,
        null, null, null, null, null, null, null, null, null, null,
        clip.text, clipCells.note, clipCells.tags, clipCells.url, clipCells.clippedAt,
      ]);
    }
    for (const r of targetRows) {
      const words = languageCells(r, lang);
      rows.push([
        r.collection,
        r.reportTitle,
        r.region,
        r.year,
        r.section,
        r.indicator,
        r.direction,
        r.value,
        r.valueMax,
        r.unit,
        r.qualifier,
        words.comparison,
        words.kind,
        words.masked,
        r.period,
        r.text,
        clipCells.note,
        clipCells.tags,
        clipCells.url,
        clipCells.clippedAt,
      ]);
    }
  }
  return toCsv(rows, { bom: options.bom ?? true });
}
