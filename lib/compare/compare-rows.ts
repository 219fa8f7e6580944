/**
 * One indicator across the clips of a collection: the table analysts make by hand (region, year,
 * value, qualifier, target or result) and the series a small chart draws from it.
 */
import type { Clip } from '../store/types';
import type { Target } from '../targets/types';
import { convertValue, measureOf } from './comparable-units';
import { INDICATOR_GROUPS, indicatorGroupOf, type IndicatorGroup } from './indicator-synonyms';

/** The parts of a clip a comparison reads (a full Clip fits). */
export type CompareClip = Pick<Clip, 'id' | 'source' | 'section' | 'targets'>;

export interface CompareRow
  extends Pick<Target, 'indicator' | 'direction' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'comparison' | 'kind' | 'masked' | 'period' | 'section' | 'text'> {
  clipId: string;
  /** Index of the target inside its clip's `targets`. */
  targetIndex: number;
  url: string;
  reportTitle: string | null;
  region: string | null;
  /** The year the figure is for: the target's own year (period 2024) when it has one, else the report's. */
  year: number | null;
}

export interface IndicatorCount {
  group: IndicatorGroup;
  /** Distinct figures found for it in the clips. */
  count: number;
}

/** The compared indicators present in the clips, most figures first (ties in table order). */
export function indicatorsInClips(clips: readonly CompareClip[]): IndicatorCount[] {
  const counts = new Map<string, number>();
  for (const id of INDICATOR_GROUPS.map((g) => g.id)) counts.set(id, 0);
  for (const row of allRows(clips)) counts.set(row.groupId, (counts.get(row.groupId) ?? 0) + 1);
  return INDICATOR_GROUPS.map((group) => ({ group, count: counts.get(group.id) ?? 0 }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
}

/**
 * Every figure of one indicator in the clips, once each (the same target saved in a section clip and
 * as a single target is one row), ordered by year, then region, then target before result.
 */
export function compareRows(clips: readonly CompareClip[], groupId: string): CompareRow[] {
  const rows = allRows(clips).filter((r) => r.groupId === groupId).map((r) => r.row);
  return rows
    .map((row, order) => ({ row, order }))
    .sort(
      (a, b) =>
        nullsLast(a.row.year, b.row.year) ||
        compareText(a.row.region, b.row.region) ||
        kindOrder(a.row.kind) - kindOrder(b.row.kind) ||
        a.order - b.order,
    )
    .map((x) => x.row);
}

function allRows(clips: readonly CompareClip[]): { groupId: string; row: CompareRow }[] {
  const out: { groupId: string; row: CompareRow }[] = [];
  const seen = new Set<string>();
  for (const clip of clips) {
    clip.targets.forEach((target, targetIndex) => {
      const group = indicatorGroupOf(target.indicator, target.headline);
      if (group === null) return;
      const key = [clip.source.url, target.text, target.indicator, target.value, target.valueMax, target.unit, target.kind, target.period].join('\u0001');
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        groupId: group.id,
        row: {
          clipId: clip.id,
          targetIndex,
          url: clip.source.url,
          reportTitle: clip.source.reportTitle,
          region: clip.source.region,
          year: periodYear(target.period) ?? clip.source.year,
          indicator: target.indicator,
          direction: target.direction,
          value: target.masked ? null : target.value,
          valueMax: target.masked ? null : target.valueMax,
          unit: target.unit,
          qualifier: target.qualifier,
          comparison: target.comparison,
          kind: target.kind,
          masked: target.masked,
          period: target.period,
          section: target.section ?? clip.section,
          text: target.text,
        },
      });
    });
  }
  return out;
}

function periodYear(period: string | null): number | null {
  return period !== null && /^\d{4}$/.test(period) ? Number(period) : null;
}

function nullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

const COLLATOR = new Intl.Collator('zh-CN');

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return COLLATOR.compare(a, b);
}

function kindOrder(kind: Target['kind']): number {
  return kind === 'target' ? 0 : 1;
}

export interface ChartPoint {
  row: CompareRow;
  /** In the series' unit. */
  value: number;
  /** Upper end of a range, in the series' unit. */
  valueMax: number | null;
}

export interface ChartSeries {
  unit: string;
  points: ChartPoint[];
  /** Rows left off the chart: masked, or in a unit of another family (8000亿元 among growth rates). */
  omitted: number;
}

/**
 * The rows one chart axis can show. A report gives GDP as growth (6%) or as size (8000亿元): the family
 * with the most figures is drawn (ties go to the family met first), converted into its most used unit.
 * Null when no row has a value.
 */
export function chartSeries(rows: readonly CompareRow[]): ChartSeries | null {
  const valued = rows.filter((r) => !r.masked && r.value !== null);
  if (valued.length === 0) return null;
  const families = new Map<string, { count: number; units: Map<string, number> }>();
  for (const row of valued) {
    const family = measureOf(row.unit).family;
    const entry = families.get(family) ?? { count: 0, units: new Map<string, number>() };
    entry.count++;
    entry.units.set(row.unit, (entry.units.get(row.unit) ?? 0) + 1);
    families.set(family, entry);
  }
  let best: { family: string; count: number; units: Map<string, number> } | null = null;
  for (const [family, entry] of families) if (best === null || entry.count > best.count) best = { family, ...entry };
  let unit = '';
  let unitCount = -1;
  for (const [u, n] of best!.units) if (n > unitCount) [unit, unitCount] = [u, n];
  const points: ChartPoint[] = [];
  for (const row of valued) {
    const value = convertValue(row.value!, row.unit, unit);
    if (value === null) continue;
    const valueMax = row.valueMax === null ? null : convertValue(row.valueMax, row.unit, unit);
    points.push({ row, value, valueMax });
  }
  return { unit, points, omitted: rows.length - points.length };
}
