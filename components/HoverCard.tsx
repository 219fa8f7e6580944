/**
 * The card shown when the reader hovers (or focuses) a highlight on the page: for a target, what is
 * measured, the value as written, target or result, period and section; for a keyword, its theme and
 * how often it occurs on the page. Rendered by the content script inside a shadow root, so it brings
 * its own CSS (HOVER_CARD_CSS) and positions itself with `position: fixed` from the anchor's
 * viewport rectangle.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { KeywordHit, Theme } from '../lib/keywords/types';
import type { Target } from '../lib/targets/types';
import { formatDirection, formatKind, formatPeriod, formatSection, formatTargetValue } from './format';
import { t, uiLanguage } from './t';
import { UI_FONT } from './ui-font';

export type HoverItem =
  | { type: 'target'; target: Target }
  | { type: 'keyword'; hit: KeywordHit; theme: Theme; count: number };

/** The parts of a DOMRect the placement reads (a plain object in tests and from messages). */
export type AnchorRect = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'>;

export interface Size {
  width: number;
  height: number;
}

export interface HoverCardProps {
  item: HoverItem;
  /** The highlighted text's rectangle in viewport coordinates (getBoundingClientRect). */
  anchor: AnchorRect;
  viewport: Size;
  onClose: () => void;
  /** When given, a 保存 button saves the item (into a collection). */
  onSave?: (item: HoverItem) => void;
  /** When given, a 剪藏本节 button clips the whole section the item is in. */
  onClipSection?: (item: HoverItem) => void;
  /** Move focus into the card when it opens (when it was opened from the keyboard). */
  autoFocus?: boolean;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The card scrolls inside this height when the space on the chosen side is smaller than the card. */
  maxHeight: number;
  maxWidth: number;
  /** Only true when the viewport is too small to keep the anchor text uncovered. */
  coversAnchor: boolean;
}

export interface PlacementOptions {
  /** Space between the anchor text and the card. */
  gap?: number;
  /** Space kept free along the viewport's edges. */
  margin?: number;
  /** Below this height on either side, the card may cover the anchor rather than become unreadable. */
  minHeight?: number;
}

/**
 * Where the card goes: below the anchor when it fits, else above when that fits, else on the side with
 * more room (the card then scrolls); left-aligned with the anchor and clamped to the viewport. The
 * card never overlaps the anchor's rectangle unless neither side has even `minHeight` of room.
 */
export function placeCard(anchor: AnchorRect, card: Size, viewport: Size, options: PlacementOptions = {}): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const minHeight = options.minHeight ?? 48;

  const maxWidth = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(card.width, maxWidth);
  const left = clamp(anchor.left, margin, viewport.width - margin - width);

  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  const fullHeight = Math.max(0, viewport.height - 2 * margin);

  if (card.height <= below) {
    return { top: anchor.bottom + gap, left, side: 'below', maxHeight: below, maxWidth, coversAnchor: false };
  }
  if (card.height <= above) {
    return { top: anchor.top - gap - card.height, left, side: 'above', maxHeight: above, maxWidth, coversAnchor: false };
  }
  if (Math.max(below, above) >= minHeight) {
    if (below >= above) {
      return { top: anchor.bottom + gap, left, side: 'below', maxHeight: below, maxWidth, coversAnchor: false };
    }
    return { top: margin, left, side: 'above', maxHeight: above, maxWidth, coversAnchor: false };
  }
  // A tiny viewport or an anchor taller than it: keep the card whole and inside the viewport.
  const height = Math.min(card.height, fullHeight);
  const side = below >= above ? 'below' : 'above';
  const top = clamp(side === 'below' ? anchor.bottom + gap : anchor.top - gap - height, margin, viewport.height - margin - height);
  return { top, left, side, maxHeight: fullHeight, maxWidth, coversAnchor: true };
}

function clamp(value: number, low: number, high: number): number {
  if (high < low) return low;
  return Math.min(Math.max(value, low), high);
}

/** Used until the card has been measured (and where layout is not computed, as in unit tests). */
export const ESTIMATED_CARD_SIZE: Size = { width: 320, height: 190 };

export function HoverCard({ item, anchor, viewport, onClose, onSave, onClipSection, autoFocus }: HoverCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>(ESTIMATED_CARD_SIZE);

  // Measure the rendered card and place it again with its real size.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const width = el.offsetWidth;
    const height = el.scrollHeight;
    if (width > 0 && height > 0 && (width !== size.width || height !== size.height)) setSize({ width, height });
  }, [item, size.width, size.height]);

  // Escape closes the card wherever focus is: in the card, or still on the page under the pointer.
  useEffect(() => {
    const view = ref.current?.ownerDocument.defaultView;
    if (!view) return;
    const onKey = (event: KeyboardEvent) => {
      // Effect cleanups may run after the unmount (Preact defers them): a card no longer rendered
      // (ref cleared) must not close whatever replaced it.
      if (!ref.current) return;
      if (event.key === 'Escape' || event.key === 'Esc') onClose();
    };
    view.addEventListener('keydown', onKey, true);
    return () => view.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const place = placeCard(anchor, size, viewport);
  const style = {
    top: `${place.top}px`,
    left: `${place.left}px`,
    maxHeight: `${place.maxHeight}px`,
    maxWidth: `${place.maxWidth}px`,
  };
  const label =
    item.type === 'target'
      ? t('cardLabelTarget', [formatKind(item.target.kind), indicatorOf(item.target)])
      : t('cardLabelKeyword', item.hit.term);

  return (
    <div
      ref={ref}
      class="gov-card"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      data-side={place.side}
      data-item={item.type}
      style={style}
    >
      {item.type === 'target' ? <TargetBody target={item.target} /> : <KeywordBody item={item} />}
      <div class="gov-card__actions">
        {onSave && (
          <button type="button" class="gov-card__button gov-card__button--primary" onClick={() => onSave(item)}>
            {t('cardSave')}
          </button>
        )}
        {onClipSection && (
          <button type="button" class="gov-card__button" onClick={() => onClipSection(item)}>
            {t('cardClipSection')}
          </button>
        )}
        <button type="button" class="gov-card__button" onClick={onClose}>
          {t('cardClose')}
        </button>
      </div>
    </div>
  );
}

/** A mention with no indicator name still needs a title: its own text. */
function indicatorOf(target: Target): string {
  return target.indicator.trim() !== '' ? target.indicator : target.text;
}

function TargetBody({ target }: { target: Target }) {
  const direction = formatDirection(target);
  const period = formatPeriod(target.period);
  const section = formatSection(target.section);
  return (
    <>
      <div class="gov-card__head">
        <KindChip kind={target.kind} />
        {target.headline && <span class="gov-card__tag">{t('cardHeadline')}</span>}
      </div>
      <p class="gov-card__title">{indicatorOf(target)}</p>
      <dl class="gov-card__rows">
        <dt>{t('cardValue')}</dt>
        <dd class="gov-card__value" data-masked={target.masked ? 'true' : undefined}>
          {formatTargetValue(target)}
        </dd>
        {direction !== null && (
          <>
            <dt>{t('cardDirection')}</dt>
            <dd>{direction}</dd>
          </>
        )}
        {period !== null && (
          <>
            <dt>{t('cardPeriod')}</dt>
            <dd>{period}</dd>
          </>
        )}
        {section !== null && (
          <>
            <dt>{t('cardSection')}</dt>
            <dd title={target.section ?? undefined}>{section}</dd>
          </>
        )}
      </dl>
    </>
  );
}

/*
 * Target and result differ by shape and symbol as well as colour (a dashed outline with ◎ for a goal,
 * a solid fill with ✓ for an achievement), so the difference survives colour blindness and print.
 */
function KindChip({ kind }: { kind: Target['kind'] }) {
  return (
    <span class={`gov-chip gov-chip--${kind}`} data-kind={kind}>
      <span class="gov-chip__symbol" aria-hidden="true">
        {kind === 'target' ? '◎' : '✓'}
      </span>
      {formatKind(kind)}
    </span>
  );
}

function KeywordBody({ item }: { item: Extract<HoverItem, { type: 'keyword' }> }) {
  const english = uiLanguage() === 'en';
  return (
    <>
      <div class="gov-card__head">
        <span class="gov-card__tag">{t('cardKeyword')}</span>
      </div>
      <p class="gov-card__title">{item.hit.term}</p>
      <dl class="gov-card__rows">
        <dt>{t('cardTheme')}</dt>
        <dd>
          <span class="gov-card__swatch" aria-hidden="true" style={{ background: item.theme.color }} />
          <span lang={english ? 'en' : 'zh-CN'}>{english ? item.theme.en : item.theme.zh}</span>
        </dd>
        <dt>{t('cardCount')}</dt>
        <dd>{t('cardCountValue', item.count)}</dd>
      </dl>
    </>
  );
}

/*
 * Inherited properties (font, colour, line height, letter spacing…) cross into a shadow root from the
 * page, and report pages set 仿宋 at odd sizes: the card resets everything and sets its own.
 * Amber marks targets and sky blue results, as the highlights on the page do.
 */
export const HOVER_CARD_CSS = `
.gov-card {
  all: initial;
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  display: block;
  width: 320px;
  overflow: auto;
  padding: 10px 12px;
  border: 1px solid #c9ccd1;
  border-radius: 8px;
  background: #ffffff;
  color: #1f2328;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.5 ${UI_FONT};
  text-align: left;
}
.gov-card:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.gov-card *, .gov-card *::before, .gov-card *::after { box-sizing: border-box; }
.gov-card__head { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; margin: 0 0 4px; }
.gov-card__title { margin: 0 0 6px; font-size: 15px; font-weight: 600; word-break: break-all; }
.gov-card__rows { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
.gov-card__rows dt { margin: 0; color: #57606a; }
.gov-card__rows dd { margin: 0; word-break: break-all; }
.gov-card__value { font-weight: 600; font-variant-numeric: tabular-nums; }
.gov-card__value[data-masked] { font-weight: 400; color: #6e5200; }
.gov-card__tag { padding: 0 6px; border-radius: 4px; background: #eef1f4; color: #424a53; font-size: 12px; }
.gov-card__swatch {
  display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px;
  border: 1px solid rgba(0, 0, 0, 0.25); border-radius: 3px;
}
.gov-chip { display: inline-flex; gap: 4px; align-items: center; padding: 0 8px; font-size: 12px; font-weight: 600; line-height: 20px; }
.gov-chip--target { border: 1.5px dashed #b45309; border-radius: 4px; background: transparent; color: #92400e; }
.gov-chip--result { border: 1.5px solid #0369a1; border-radius: 999px; background: #0369a1; color: #ffffff; }
.gov-card__actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
.gov-card__button {
  all: initial; cursor: pointer; padding: 2px 12px; border: 1px solid #c9ccd1; border-radius: 6px;
  background: #f6f8fa; color: #1f2328; font: 13px/1.6 ${UI_FONT};
}
.gov-card__button:hover { background: #eaeef2; }
.gov-card__button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.gov-card__button--primary { border-color: #1d4ed8; background: #1d4ed8; color: #ffffff; }
.gov-card__button--primary:hover { background: #1e40af; }
@media (prefers-color-scheme: dark) {
  .gov-card { border-color: #444c56; background: #22272e; color: #e6edf3; }
  .gov-card__rows dt { color: #9da7b3; }
  .gov-card__tag { background: #373e47; color: #cdd9e5; }
  .gov-card__value[data-masked] { color: #e3b341; }
  .gov-chip--target { border-color: #f59e0b; color: #fbbf24; }
  .gov-card__button { border-color: #444c56; background: #2d333b; color: #e6edf3; }
  .gov-card__button--primary { border-color: #2f6feb; background: #2f6feb; color: #ffffff; }
}
`;
