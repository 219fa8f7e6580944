/**
 * Targets as a spreadsheet: one row per target or result, in document order. The Chinese header row is the
 * default (the people who open these files in Excel read Chinese); the English variant also writes the
 * machine codes (target/result, atLeast …) so that scripts can read it back.
 */
import type { Comparison, Target, TargetKind } from '../targets/types';
import { type CsvCell, toCsv } from './csv';

export type CsvHeaderLanguage = 'zh' | 'en';

export interface TargetsCsvOptions {
  headers?: CsvHeaderLanguage;
  bom?: boolean;
}

export const TARGET_CSV_HEADERS: Record<CsvHeaderLanguage, readonly string[]> = {
  zh: ['序号', '类型', '指标', '方向', '数值', '上限', '单位', '限定词', '比较', '遮蔽', '时期', '章节', '原文', '起', '止'],
  en: ['no', 'kind', 'indicator', 'direction', 'value', 'valueMax', 'unit', 'qualifier', 'comparison', 'masked', 'period', 'section', 'text', 'start', 'end'],
};

const KIND_ZH: Record<TargetKind, string> = { target: '目标', result: '实绩' };
const COMPARISON_ZH: Record<Comparison, string> = {
  about: '约',
  atLeast: '不低于',
  atMost: '不高于',
  range: '区间',
  exact: '等于',
};

/**
 * The cells of a target whose words follow the header language (Chinese words, or the machine codes that
 * scripts read back), shared by every CSV that lists targets.
 */
export function languageCells(
  t: Pick<Target, 'kind' | 'comparison' | 'masked'>,
  headers: CsvHeaderLanguage,
): { kind: string; comparison: string; masked: CsvCell } {
  if (headers === 'zh') return { kind: KIND_ZH[t.kind], comparison: COMPARISON_ZH[t.comparison], masked: t.masked ? '是' : '否' };
  return { kind: t.kind, comparison: t.comparison, masked: t.masked };
}

export function targetCsvRow(target: Target, index: number, headers: CsvHeaderLanguage = 'zh'): CsvCell[] {
  const words = languageCells(target, headers);
  return [
    index + 1,
    words.kind,
    target.indicator,
    target.direction,
    target.value,
    target.valueMax,
    target.unit,
    target.qualifier,
    words.comparison,
    words.masked,
    target.period,
    target.section,
    target.text,
    target.start,
    target.end,
  ];
}

export function targetsToCsv(targets: readonly Target[], options: TargetsCsvOptions = {}): string {
  const headers = options.headers ?? 'zh';
  const rows: CsvCell[][] = [[...TARGET_CSV_HEADERS[headers]], ...targets.map((t, i) => targetCsvRow(t, i, headers))];
  return toCsv(rows, { bom: options.bom ?? true });
}
