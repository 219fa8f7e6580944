/**
 * The small badge in a bottom corner of a report page: how many targets, results and keywords were
 * found, a button for the side panel, one to hide or show all highlights, and a close button that
 * hides the badge for this page. It sits at the bottom because report sites pin their headers and
 * navigation to the top; a button moves it to the other corner when it covers something there
 * (a back-to-top button, a chat widget), and × always removes it.
 */
import { useState } from 'preact/hooks';
import { t } from './t';
import { UI_FONT } from './ui-font';

export interface BadgeCounts {
  target: number;
  result: number;
  keyword: number;
}

export type BadgeCorner = 'bottom-right' | 'bottom-left';

export interface BadgeProps {
  counts: BadgeCounts;
  /** Are highlights showing now? Decides whether the toggle button hides or shows them. */
  highlightsVisible: boolean;
  /** Called with the wanted state: false to hide all highlights, true to show them again. */
  onToggleAll: (visible: boolean) => void;
  /** Ask the background to open the side panel (needs the click as a user gesture). */
  onOpenPanel: () => void;
  /** The badge has hidden itself for this page (× pressed); the host may unmount it. */
  onDismiss?: () => void;
  corner?: BadgeCorner;
}

export function Badge({ counts, highlightsVisible, onToggleAll, onOpenPanel, onDismiss, corner = 'bottom-right' }: BadgeProps) {
  const [dismissed, setDismissed] = useState(false);
  const [side, setSide] = useState<BadgeCorner>(corner);
  if (dismissed) return null;

  const toggleLabel = highlightsVisible ? t('badgeHideAll') : t('badgeShowAll');
  const moveLabel = t('badgeMove');
  const closeLabel = t('badgeClose');
  return (
    <section class={`gov-badge gov-badge--${side}`} aria-label={t('badgeLabel')} data-corner={side}>
      <p class="gov-badge__counts">
        <span class="gov-badge__count gov-badge__count--target">{t('badgeTargets', counts.target)}</span>
        <span class="gov-badge__dot" aria-hidden="true">·</span>
        <span class="gov-badge__count gov-badge__count--result">{t('badgeResults', counts.result)}</span>
        <span class="gov-badge__dot" aria-hidden="true">·</span>
        <span class="gov-badge__count gov-badge__count--keyword">{t('badgeKeywords', counts.keyword)}</span>
      </p>
      <div class="gov-badge__actions">
        <button type="button" class="gov-badge__button" onClick={onOpenPanel}>
          {t('badgeOpenPanel')}
        </button>
        <button type="button" class="gov-badge__button" onClick={() => onToggleAll(!highlightsVisible)}>
          {toggleLabel}
        </button>
        <button
          type="button"
          class="gov-badge__icon"
          aria-label={moveLabel}
          title={moveLabel}
          onClick={() => setSide(side === 'bottom-right' ? 'bottom-left' : 'bottom-right')}
        >
          <span aria-hidden="true">⇄</span>
        </button>
        <button
          type="button"
          class="gov-badge__icon"
          aria-label={closeLabel}
          title={closeLabel}
          onClick={() => {
            setDismissed(true);
            onDismiss?.();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </section>
  );
}

/* Own CSS for the shadow root; inherited page styles are reset as in the hover card. */
export const BADGE_CSS = `
.gov-badge {
  all: initial;
  position: fixed;
  bottom: 16px;
  z-index: 2147483646;
  box-sizing: border-box;
  display: flex;
  flex-wrap: wrap;
  gap: 4px 10px;
  align-items: center;
  max-width: calc(100vw - 32px);
  padding: 6px 8px 6px 12px;
  border: 1px solid #c9ccd1;
  border-radius: 10px;
  background: #ffffff;
  color: #1f2328;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16);
  font: 13px/1.5 ${UI_FONT};
}
.gov-badge--bottom-right { right: 16px; }
.gov-badge--bottom-left { left: 16px; }
.gov-badge__counts { margin: 0; display: flex; gap: 6px; flex-wrap: wrap; font-variant-numeric: tabular-nums; }
.gov-badge__count--target { color: #92400e; }
.gov-badge__count--result { color: #075985; }
.gov-badge__dot { color: #8c959f; }
.gov-badge__actions { display: flex; gap: 4px; align-items: center; }
.gov-badge__button, .gov-badge__icon {
  all: initial; cursor: pointer; box-sizing: border-box; border: 1px solid #c9ccd1; border-radius: 6px;
  background: #f6f8fa; color: #1f2328; font: 12px/1.6 ${UI_FONT};
}
.gov-badge__button { padding: 1px 8px; }
.gov-badge__icon { min-width: 24px; padding: 1px 4px; text-align: center; font-size: 14px; }
.gov-badge__button:hover, .gov-badge__icon:hover { background: #eaeef2; }
.gov-badge__button:focus-visible, .gov-badge__icon:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .gov-badge { border-color: #444c56; background: #22272e; color: #e6edf3; }
  .gov-badge__count--target { color: #fbbf24; }
  .gov-badge__count--result { color: #7dd3fc; }
  .gov-badge__button, .gov-badge__icon { border-color: #444c56; background: #2d333b; color: #e6edf3; }
}
@media print { .gov-badge { display: none; } }
`;
