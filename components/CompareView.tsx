/**
 * 对比: one indicator across every clip of a collection — the table analysts build by hand (region,
 * year, value, qualifier, target or result) and a small SVG bar chart of the figures that share a unit.
 * Which targets count as "the same indicator" is decided by lib/compare's synonym table.
 */
import { useMemo, useState } from 'preact/hooks';
import { chartSeries, compareRows, indicatorsInClips, type ChartSeries, type CompareRow } from '../lib/compare/compare-rows';
import type { Clip, Collection } from '../lib/store/types';
import { formatKind, formatNumber, formatPeriod, formatQuantity } from './format';
import { t, uiLanguage } from './t';

export interface CompareViewProps {
  collections: readonly Collection[];
  /** Every readable clip; the view takes those of the chosen collection. */
  clips: readonly Clip[];
  collectionId: string | null;
  onSelectCollection: (id: string) => void;
  /** Open the clip a row comes from. */
  onOpenClip?: (clipId: string) => void;
  idPrefix?: string;
}

export function CompareView({ collections, clips, collectionId, onSelectCollection, onOpenClip, idPrefix = 'sp-cmp' }: CompareViewProps) {
  const inCollection = useMemo(() => clips.filter((c) => c.collectionId === collectionId), [clips, collectionId]);
  const available = useMemo(() => indicatorsInClips(inCollection), [inCollection]);
  const [chosen, setChosen] = useState<string | null>(null);
  const groupId = chosen !== null && available.some((a) => a.group.id === chosen) ? chosen : (available[0]?.group.id ?? null);
  const rows = useMemo(() => (groupId === null ? [] : compareRows(inCollection, groupId)), [inCollection, groupId]);
  const series = useMemo(() => chartSeries(rows), [rows]);
  const english = uiLanguage() === 'en';
  const group = available.find((a) => a.group.id === groupId)?.group ?? null;
  const groupName = group ? (english ? group.en : group.zh) : '';

  return (
    <div class="sp-compare">
      <div class="sp-toolbar">
        <label class="sp-field">
          <span>{t('spCompareCollection')}</span>
          <select value={collectionId ?? ''} onChange={(e) => onSelectCollection((e.currentTarget as HTMLSelectElement).value)}>
            {collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {available.length > 0 && (
          <label class="sp-field">
            <span>{t('spCompareIndicator')}</span>
            <select value={groupId ?? ''} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
              {available.map(({ group: g, count }) => (
                <option key={g.id} value={g.id}>
                  {english ? g.en : g.zh} ({count})
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {inCollection.length === 0 ? (
        <p class="sp-note">{t('spCompareNoClips')}</p>
      ) : available.length === 0 ? (
        <p class="sp-note">{t('spCompareNoIndicators')}</p>
      ) : (
        <>
          {series && <CompareChart series={series} title={t('spCompareChartTitle', [groupName, series.unit])} idPrefix={idPrefix} />}
          {series && series.omitted > 0 && <p class="sp-note">{t('spCompareOmitted', series.omitted)}</p>}
          <table class="sp-table sp-compare__table">
            <caption>{t('spCompareCaption', [groupName, rows.length])}</caption>
            <thead>
              <tr>
                <th scope="col">{t('spColRegion')}</th>
                <th scope="col">{t('spColYear')}</th>
                <th scope="col">{t('spColValue')}</th>
                <th scope="col">{t('spColQualifier')}</th>
                <th scope="col">{t('spColKind')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <CompareTableRow key={`${row.clipId}:${row.targetIndex}`} row={row} onOpenClip={onOpenClip} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

function CompareTableRow({ row, onOpenClip }: { row: CompareRow; onOpenClip?: (clipId: string) => void }) {
  const region = row.region ?? row.reportTitle ?? t('spUnknown');
  return (
    <tr class={`sp-row sp-row--${row.kind}`} title={row.text}>
      <th scope="row">
        {onOpenClip ? (
          <button type="button" class="sp-link" onClick={() => onOpenClip(row.clipId)} aria-label={t('spCompareOpenSource', [region, row.text])}>
            {region}
          </button>
        ) : (
          region
        )}
      </th>
      <td>{row.year ?? formatPeriod(row.period) ?? ''}</td>
      <td class="sp-value" data-masked={row.masked ? '' : undefined}>
        {row.direction && row.direction !== row.qualifier ? `${row.direction} ` : ''}
        {formatQuantity(row)}
        {row.masked ? t('cardMasked') : ''}
        {row.indicator !== '' && <span class="sp-compare__as"> · {row.indicator}</span>}
      </td>
      <td>{row.qualifier ?? ''}</td>
      <td>
        <span class={`sp-chip sp-chip--${row.kind}`}>{formatKind(row.kind)}</span>
      </td>
    </tr>
  );
}

const WIDTH = 320;
const LABEL = 96;
const ROW = 22;
const BAR_MAX = WIDTH - LABEL - 64;

function CompareChart({ series, title, idPrefix }: { series: ChartSeries; title: string; idPrefix: string }) {
  const max = Math.max(...series.points.map((p) => p.valueMax ?? p.value), 0);
  const scale = (v: number) => (max <= 0 ? 0 : Math.max(0, (v / max) * BAR_MAX));
  const label = (p: ChartSeries['points'][number]) => `${p.row.region ?? '?'} ${p.row.year ?? ''}`.trim();
  const valueText = (p: ChartSeries['points'][number]) =>
    p.valueMax !== null ? `${formatNumber(p.value)}—${formatNumber(p.valueMax)}${series.unit}` : `${formatNumber(p.value)}${series.unit}`;
  const titleId = `${idPrefix}-chart-title`;
  const descId = `${idPrefix}-chart-desc`;
  return (
    <svg class="sp-chart" role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${WIDTH} ${series.points.length * ROW + 4}`} width="100%">
      <title id={titleId}>{title}</title>
      <desc id={descId}>{series.points.map((p) => `${label(p)} ${formatKind(p.row.kind)} ${valueText(p)}${p.row.qualifier ?? ''}`).join('；')}</desc>
      {series.points.map((p, i) => {
        const y = i * ROW + 2;
        const width = Math.max(2, scale(p.value));
        const rangeWidth = p.valueMax !== null ? Math.max(0, scale(p.valueMax) - width) : 0;
        return (
          <g key={`${p.row.clipId}:${p.row.targetIndex}`} class={`sp-bar sp-bar--${p.row.kind}`}>
            <text x={LABEL - 6} y={y + 15} text-anchor="end" class="sp-bar__label">
              {label(p)}
            </text>
            <rect x={LABEL} y={y + 3} width={width} height={ROW - 6} rx={2} class="sp-bar__value" />
            {rangeWidth > 0 && <rect x={LABEL + width} y={y + 3} width={rangeWidth} height={ROW - 6} class="sp-bar__range" />}
            <text x={LABEL + width + rangeWidth + 4} y={y + 15} class="sp-bar__count">
              {valueText(p)}
              {p.row.qualifier ?? ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
