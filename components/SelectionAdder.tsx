/**
 * The small button next to a selection in the article ("剪藏"), as annotation tools put one: clipping a
 * passage without the context menu or a shortcut. Pressing it must not take the selection away, so the
 * press (mousedown) does nothing by default; the click clips.
 */
import { placeCard, type AnchorRect } from './HoverCard';
import { t } from './t';
import { UI_FONT } from './ui-font';

export interface SelectionAdderProps {
  /** The client rect of the selection's last line. */
  anchor: AnchorRect;
  viewport: { width: number; height: number };
  onClip: () => void;
}

/** The button's box, for placing it (its CSS keeps it this size). */
export const ADDER_SIZE = { width: 72, height: 30 };

export function SelectionAdder({ anchor, viewport, onClip }: SelectionAdderProps) {
  // Below the end of the selection, or above it near the bottom of the window; never over the text.
  const place = placeCard({ ...anchor, left: Math.max(anchor.left, anchor.right - ADDER_SIZE.width) }, ADDER_SIZE, viewport);
  const keep = (e: MouseEvent) => e.preventDefault();
  return (
    <button
      type="button"
      class="gov-adder"
      style={{ top: `${place.top}px`, left: `${place.left}px` }}
      aria-label={t('adderLabel')}
      title={t('adderLabel')}
      onMouseDown={keep}
      onClick={onClip}
    >
      {t('adderClip')}
    </button>
  );
}

export const SELECTION_ADDER_CSS = `
.gov-adder {
  all: initial;
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: ${ADDER_SIZE.width}px;
  height: ${ADDER_SIZE.height}px;
  border: 1px solid #7c3aed;
  border-radius: 6px;
  background: #7c3aed;
  color: #ffffff;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
  font: 13px/28px ${UI_FONT};
  text-align: center;
  cursor: pointer;
}
.gov-adder:hover { background: #6d28d9; }
.gov-adder:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
`;
