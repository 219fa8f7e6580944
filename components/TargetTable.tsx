/**
 * 指标: every target and result of the page in one table, grouped by the report's chapters (一、二、…),
 * with filters (kind, section), a text search and sortable columns. A row's indicator is a button:
 * activating it asks the page to scroll to the mention and flash it (onJump with the target's index in
 * the report, the index the scrollTo message takes). Masked figures show as X, never as 0.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Section } from '../lib/outline/types';
import type { Target, TargetKind } from '../lib/targets/types';
import { formatKind, formatPeriod, formatSection, formatTargetValue } from './format';
import { t } from './t';

export type TargetSortKey = 'order' | 'indicator' | 'value' | 'kind' | 'period';

export interface TargetTableProps {
  targets: readonly Target[];
  sections: readonly Section[];
  onJump: (index: number) => void;
  /** Save one target as a clip of the current collection; no save buttons without it. */
  onSave?: (index: number) => void;
  /** Save every target of the page in one action. */
  onSaveAll?: () => void;
  /** Indices already saved (their button says so). */
  savedIndices?: ReadonlySet<number>;
  /**
   * Rows drawn by the first render; the rest follow in chunks, one task each. A report page can hold
   * 1,000 figures, and drawing them all before anything shows would keep the panel blank for a while.
   */
  initialRows?: number;
  idPrefix?: string;
}

const ROWS_PER_CHUNK = 150;

/** Per-render copies of the strings every row repeats, so a row does no message look-up of its own. */
interface RowLabels {
  kind: Record<TargetKind, string>;
  jump: (indicator: string, value: string) => string;
  saveOne: (indicator: string) => string;
  savedOne: (indicator: string) => string;
  save: string;
  saved: string;
  headline: string;
  period: (period: string | null) => string;
}

/** A message with its substitutions left as markers, filled in per row by plain string replacement. */
function template(fill: (marks: string[]) => string, count: number): (...values: string[]) => string {
  const marks = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  const text = fill(marks);
  return (...values) => marks.reduce((out, mark, i) => out.split(mark).join(values[i] ?? ''), text);
}

function rowLabels(): RowLabels {
  const periods = new Map<string | null, string>();
  return {
    kind: { target: formatKind('target'), result: formatKind('result') },
    jump: template((m) => t('spTargetsJump', m), 2),
    saveOne: template((m) => t('spTargetsSaveOne', m), 1),
    savedOne: template((m) => t('spTargetsSavedOne', m), 1),
    save: t('cardSave'),
    saved: t('spSaved'),
    headline: t('cardHeadline'),
    period: (period) => {
      let text = periods.get(period);
      if (text === undefined) periods.set(period, (text = formatPeriod(period) ?? ''));
      return text;
    },
  };
}

interface Row {
  index: number;
  target: Target;
}

interface Group {
  key: string;
  title: string;
  rows: Row[];
}

const NO_SECTION = 'none';

export function TargetTable({
  targets,
  sections,
  onJump,
  onSave,
  onSaveAll,
  savedIndices,
  initialRows = 60,
  idPrefix = 'sp-targets',
}: TargetTableProps) {
  const [kind, setKind] = useState<'all' | TargetKind>('all');
  const [sectionId, setSectionId] = useState<string>('all');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: TargetSortKey; descending: boolean }>({ key: 'order', descending: false });

  const chapterOf = useMemo(() => chapterIndex(sections), [sections]);
  const sectionOptions = useMemo(() => sectionsWithTargets(sections, targets), [sections, targets]);

  const groups = useMemo(() => {
    const scope = sectionId === 'all' ? null : sections.find((s) => String(s.id) === sectionId) ?? null;
    const needle = fold(query.trim());
    const rows: Row[] = [];
    targets.forEach((target, index) => {
      if (kind !== 'all' && target.kind !== kind) return;
      if (scope && !(target.start >= scope.start && target.start < scope.end)) return;
      if (needle !== '' && !matches(target, needle)) return;
      rows.push({ index, target });
    });
    return groupRows(rows, chapterOf, sort.key, sort.descending);
  }, [targets, sections, chapterOf, kind, sectionId, query, sort]);

  const shown = groups.reduce((n, g) => n + g.rows.length, 0);
  const labels = useMemo(rowLabels, []);

  // Rows drawn so far: starts small whenever the list changes, then grows one chunk per task.
  const [limit, setLimit] = useState(initialRows);
  useEffect(() => setLimit(initialRows), [groups, initialRows]);
  useEffect(() => {
    if (limit >= shown) return;
    const timer = setTimeout(() => setLimit((l) => l + ROWS_PER_CHUNK), 0);
    return () => clearTimeout(timer);
  }, [limit, shown]);
  let budget = limit;
  const toggleSort = (key: TargetSortKey) =>
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: false }));

  if (targets.length === 0) {
    return <p class="sp-note">{t('spTargetsNone')}</p>;
  }

  return (
    <div class="sp-targets">
      <div class="sp-toolbar" role="search">
        <label class="sp-field">
          <span>{t('spTargetsSearch')}</span>
          <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="sp-field">
          <span>{t('spTargetsFilterKind')}</span>
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as 'all' | TargetKind)}>
            <option value="all">{t('spFilterAll')}</option>
            <option value="target">{formatKind('target')}</option>
            <option value="result">{formatKind('result')}</option>
          </select>
        </label>
        <label class="sp-field">
          <span>{t('spTargetsFilterSection')}</span>
          <select value={sectionId} onChange={(e) => setSectionId((e.currentTarget as HTMLSelectElement).value)}>
            <option value="all">{t('spFilterAll')}</option>
            {sectionOptions.map(({ section, count }) => (
              <option key={section.id} value={String(section.id)}>
                {'\u3000'.repeat(Math.max(0, section.level - 1))}
                {section.marker}
                {formatSection(section.title, 24)} ({count})
              </option>
            ))}
          </select>
        </label>
        {onSaveAll && (
          <button type="button" class="sp-button" onClick={onSaveAll}>
            {t('spTargetsSaveAll', targets.length)}
          </button>
        )}
      </div>
      <p class="sp-count" role="status">
        {t('spTargetsShown', [shown, targets.length])}
      </p>
      {shown === 0 ? (
        <p class="sp-note">{t('spTargetsNoMatch')}</p>
      ) : (
        <table class="sp-table" id={`${idPrefix}-table`}>
          <caption class="sp-visually-hidden">{t('spTargetsCaption')}</caption>
          <thead>
            <tr>
              <SortHeader label={t('spColIndicator')} column="indicator" sort={sort} onSort={toggleSort} />
              <SortHeader label={t('spColValue')} column="value" sort={sort} onSort={toggleSort} />
              <SortHeader label={t('spColKind')} column="kind" sort={sort} onSort={toggleSort} />
              <SortHeader label={t('spColPeriod')} column="period" sort={sort} onSort={toggleSort} />
              {onSave && (
                <th scope="col">
                  <span class="sp-visually-hidden">{t('spColSave')}</span>
                </th>
              )}
            </tr>
          </thead>
          {groups.map((group) => {
            if (budget <= 0) return null;
            const rows = group.rows.length <= budget ? group.rows : group.rows.slice(0, budget);
            budget -= rows.length;
            return (
              <tbody key={group.key}>
                <tr class="sp-group">
                  <th scope="rowgroup" colSpan={onSave ? 5 : 4}>
                    {group.title} <span class="sp-group__count">({group.rows.length})</span>
                  </th>
                </tr>
                {rows.map(({ index, target }) => (
                  <TargetRow
                    key={index}
                    index={index}
                    target={target}
                    labels={labels}
                    onJump={onJump}
                    onSave={onSave}
                    saved={savedIndices?.has(index) ?? false}
                  />
                ))}
              </tbody>
            );
          })}
        </table>
      )}
    </div>
  );
}

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: TargetSortKey;
  sort: { key: TargetSortKey; descending: boolean };
  onSort: (key: TargetSortKey) => void;
}) {
  const active = sort.key === column;
  const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" class="sp-sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

function TargetRow({
  index,
  target,
  labels,
  onJump,
  onSave,
  saved,
}: {
  index: number;
  target: Target;
  labels: RowLabels;
  onJump: (index: number) => void;
  onSave?: (index: number) => void;
  saved: boolean;
}) {
  const value = formatTargetValue(target);
  const period = labels.period(target.period);
  return (
    <tr class={`sp-row sp-row--${target.kind}`} data-index={index} onClick={() => onJump(index)}>
      <td>
        {/* The button is the keyboard path; a mouse click anywhere on the row bubbles to the same handler. */}
        <button type="button" class="sp-link" title={target.text} aria-label={labels.jump(target.indicator, value)}>
          {target.indicator}
        </button>
        {target.headline && <span class="sp-tag sp-tag--headline">{labels.headline}</span>}
      </td>
      <td class="sp-value" data-masked={target.masked ? '' : undefined}>
        {value}
      </td>
      <td>
        <span class={`sp-chip sp-chip--${target.kind}`}>{labels.kind[target.kind]}</span>
      </td>
      <td>{period}</td>
      {onSave && (
        <td>
          <button
            type="button"
            class="sp-button sp-button--small"
            disabled={saved}
            aria-label={saved ? labels.savedOne(target.indicator) : labels.saveOne(target.indicator)}
            onClick={(e) => {
              e.stopPropagation();
              onSave(index);
            }}
          >
            {saved ? labels.saved : labels.save}
          </button>
        </td>
      )}
    </tr>
  );
}

/** Each section's top-level ancestor (its chapter), by section id. */
function chapterIndex(sections: readonly Section[]): Map<number, Section> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const chapters = new Map<number, Section>();
  for (const section of sections) {
    let top = section;
    const seen = new Set<number>();
    while (top.parentId !== null && !seen.has(top.id)) {
      seen.add(top.id);
      const parent = byId.get(top.parentId);
      if (!parent) break;
      top = parent;
    }
    chapters.set(section.id, top);
  }
  return chapters;
}

/** Sections that contain at least one target (their own or a subsection's), with the count. */
function sectionsWithTargets(sections: readonly Section[], targets: readonly Target[]): { section: Section; count: number }[] {
  return sections
    .map((section) => ({ section, count: targets.filter((t) => t.start >= section.start && t.start < section.end).length }))
    .filter((s) => s.count > 0);
}

function groupRows(rows: Row[], chapterOf: Map<number, Section>, key: TargetSortKey, descending: boolean): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const chapter = row.target.sectionId === null ? undefined : chapterOf.get(row.target.sectionId);
    const groupKey = chapter ? String(chapter.id) : NO_SECTION;
    let group = groups.get(groupKey);
    if (!group) {
      const title = chapter ? `${chapter.marker}${formatSection(chapter.title) ?? ''}` : t('spTargetsNoSection');
      group = { key: groupKey, title, rows: [] };
      groups.set(groupKey, group);
    }
    group.rows.push(row);
  }
  const list = [...groups.values()];
  if (key !== 'order') for (const group of list) group.rows.sort(rowComparator(key, descending));
  else if (descending) for (const group of list) group.rows.reverse();
  return list;
}

const COLLATOR = new Intl.Collator('zh-CN', { numeric: true });

function rowComparator(key: Exclude<TargetSortKey, 'order'>, descending: boolean): (a: Row, b: Row) => number {
  const sign = descending ? -1 : 1;
  return (a, b) => {
    let c: number;
    switch (key) {
      case 'indicator':
        c = COLLATOR.compare(a.target.indicator, b.target.indicator);
        break;
      case 'kind':
        c = a.target.kind === b.target.kind ? 0 : a.target.kind === 'target' ? -1 : 1;
        break;
      case 'period':
        c = COLLATOR.compare(a.target.period ?? '\uffff', b.target.period ?? '\uffff');
        break;
      case 'value': {
        // Masked and valueless figures last in either direction: they have nothing to order by.
        const av = a.target.masked ? null : a.target.value;
        const bv = b.target.masked ? null : b.target.value;
        if (av === null || bv === null) return av === bv ? a.index - b.index : av === null ? 1 : -1;
        c = av - bv || COLLATOR.compare(a.target.unit, b.target.unit);
        break;
      }
    }
    return c * sign || a.index - b.index;
  };
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function matches(target: Target, needle: string): boolean {
  return [target.indicator, target.text, target.section ?? '', target.unit, target.period ?? ''].some((field) => fold(field).includes(needle));
}
