/**
 * 关键词: how often the page speaks of each policy theme and term, as SVG bar charts (text as SVG text,
 * so it stays sharp, selectable and translatable). The theme chart is one image with a title and a
 * description that reads out every count. The term chart is interactive: each term is a button (Enter
 * or Space, or a click) that steps to its next occurrence in the page — onJump gets the keyword's index
 * in the report, the index the scrollTo message takes.
 */
import { useMemo, useState } from 'preact/hooks';
import { countByTerm, countByTheme } from '../lib/keywords/counts';
import { themeById } from '../lib/keywords/themes';
import type { KeywordHit } from '../lib/keywords/types';
import { t, uiLanguage } from './t';

export interface KeywordChartProps {
  hits: readonly KeywordHit[];
  onJump: (index: number) => void;
  /** Terms listed before "show all" (the most frequent first). */
  initialTerms?: number;
  idPrefix?: string;
}

const WIDTH = 320;
const LABEL = 112;
const ROW = 22;
const BAR_MAX = WIDTH - LABEL - 40;

export function KeywordChart({ hits, onJump, initialTerms = 25, idPrefix = 'sp-kw' }: KeywordChartProps) {
  const [theme, setTheme] = useState<string>('all');
  const [showAll, setShowAll] = useState(false);
  // Where each term's stepping is: the position in its list of occurrences last jumped to.
  const [cursor, setCursor] = useState<Record<string, number>>({});
  const [announce, setAnnounce] = useState('');

  const themes = useMemo(() => countByTheme(hits), [hits]);
  const occurrences = useMemo(() => {
    const byTerm = new Map<string, number[]>();
    const order = hits.map((_, i) => i).sort((a, b) => hits[a]!.start - hits[b]!.start);
    for (const i of order) {
      const term = hits[i]!.term;
      const list = byTerm.get(term);
      if (list) list.push(i);
      else byTerm.set(term, [i]);
    }
    return byTerm;
  }, [hits]);
  const terms = useMemo(() => countByTerm(theme === 'all' ? hits : hits.filter((h) => h.theme === theme)), [hits, theme]);

  if (hits.length === 0) return <p class="sp-note">{t('spKeywordsNone')}</p>;

  const english = uiLanguage() === 'en';
  const themeLabel = (id: string) => {
    const known = themeById(id);
    return known ? (english ? known.en : known.zh) : id;
  };
  const themeMax = Math.max(...themes.map((c) => c.count));
  const listed = showAll ? terms : terms.slice(0, initialTerms);
  const termMax = Math.max(1, ...listed.map((c) => c.count));

  const step = (term: string) => {
    const list = occurrences.get(term);
    if (!list || list.length === 0) return;
    const next = ((cursor[term] ?? -1) + 1) % list.length;
    setCursor({ ...cursor, [term]: next });
    setAnnounce(t('spKeywordsStep', [term, next + 1, list.length]));
    onJump(list[next]!);
  };

  const themeTitleId = `${idPrefix}-themes-title`;
  const themeDescId = `${idPrefix}-themes-desc`;
  const termTitleId = `${idPrefix}-terms-title`;

  return (
    <div class="sp-keywords">
      <p class="sp-count">{t('spKeywordsTotal', [hits.length, occurrences.size])}</p>
      <svg
        class="sp-chart"
        role="img"
        aria-labelledby={`${themeTitleId} ${themeDescId}`}
        viewBox={`0 0 ${WIDTH} ${themes.length * ROW + 4}`}
        width="100%"
      >
        <title id={themeTitleId}>{t('spKeywordsThemeChart')}</title>
        <desc id={themeDescId}>{themes.map((c) => t('spChartItem', [themeLabel(c.theme), c.count])).join('；')}</desc>
        {themes.map((c, row) => {
          const y = row * ROW + 2;
          const width = Math.max(2, (c.count / themeMax) * BAR_MAX);
          return (
            <g key={c.theme} class="sp-bar" data-theme={c.theme}>
              <text x={LABEL - 6} y={y + 15} text-anchor="end" class="sp-bar__label">
                {clip(themeLabel(c.theme), english ? 16 : 7)}
              </text>
              <rect x={LABEL} y={y + 3} width={width} height={ROW - 6} rx={2} fill={themeById(c.theme)?.color ?? '#9ca3af'} />
              <text x={LABEL + width + 4} y={y + 15} class="sp-bar__count">
                {c.count}
              </text>
            </g>
          );
        })}
      </svg>

      <div class="sp-toolbar">
        <label class="sp-field">
          <span>{t('spKeywordsFilterTheme')}</span>
          <select value={theme} onChange={(e) => setTheme((e.currentTarget as HTMLSelectElement).value)}>
            <option value="all">{t('spFilterAll')}</option>
            {themes.map((c) => (
              <option key={c.theme} value={c.theme}>
                {themeLabel(c.theme)} ({c.count})
              </option>
            ))}
          </select>
        </label>
      </div>

      <p id={termTitleId} class="sp-subtitle">
        {t('spKeywordsTermChart')}
      </p>
      <svg class="sp-chart sp-chart--terms" role="group" aria-labelledby={termTitleId} viewBox={`0 0 ${WIDTH} ${listed.length * ROW + 4}`} width="100%">
        {listed.map((c, row) => {
          const y = row * ROW + 2;
          const width = Math.max(2, (c.count / termMax) * BAR_MAX);
          const at = cursor[c.term];
          const position = at === undefined ? '' : ` ${at + 1}/${c.count}`;
          return (
            <g
              key={c.term}
              class="sp-bar sp-bar--term"
              role="button"
              // Lower case: on SVG elements Preact sets attributes as written, and tabIndex is not tabindex.
              tabindex={0}
              data-term={c.term}
              aria-label={t('spKeywordsTermButton', [c.term, c.count])}
              onClick={() => step(c.term)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  step(c.term);
                }
              }}
            >
              <rect class="sp-bar__hit" x={0} y={y} width={WIDTH} height={ROW} fill="transparent" />
              <text x={LABEL - 6} y={y + 15} text-anchor="end" class="sp-bar__label">
                {clip(c.term, 7)}
              </text>
              <rect x={LABEL} y={y + 3} width={width} height={ROW - 6} rx={2} fill={themeById(c.theme)?.color ?? '#9ca3af'} />
              <text x={LABEL + width + 4} y={y + 15} class="sp-bar__count">
                {c.count}
                {position}
              </text>
            </g>
          );
        })}
      </svg>
      {terms.length > initialTerms && (
        <button type="button" class="sp-button sp-button--link" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('spShowFewer') : t('spShowAll', terms.length)}
        </button>
      )}
      <p class="sp-visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

/** Labels have a fixed column: cut long ones with an ellipsis (the full term is in the button's name). */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
