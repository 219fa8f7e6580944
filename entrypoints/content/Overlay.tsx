/**
 * What the content script shows on the page itself, inside one shadow root: the corner badge, the hover
 * card and a short notice after clipping (saved, or why not). State lives in the content script; this
 * component only renders it.
 */
import { Badge, type BadgeCounts } from '@/components/Badge';
import { HoverCard, type AnchorRect, type HoverItem } from '@/components/HoverCard';
import { SelectionAdder } from '@/components/SelectionAdder';
import { t } from '@/components/t';
import { UI_FONT } from '@/components/ui-font';

export interface Notice {
  text: string;
  tone: 'ok' | 'error';
}

export interface OverlayState {
  counts: BadgeCounts | null;
  highlightsVisible: boolean;
  card: { item: HoverItem; anchor: AnchorRect; pinned: boolean } | null;
  notice: Notice | null;
  /** Where the selection of article text ends, when there is one (the 剪藏 button goes there). */
  adder: AnchorRect | null;
}

export interface OverlayActions {
  onToggleAll: (visible: boolean) => void;
  onOpenPanel: () => void;
  onCloseCard: () => void;
  onSaveItem: (item: HoverItem) => void;
  /** Clip the whole section the hovered item is in. */
  onClipItemSection: (item: HoverItem) => void;
  onDismissNotice: () => void;
  /** Clip what is selected (the 剪藏 button). */
  onClipSelection: () => void;
}

export function Overlay({ state, actions }: { state: OverlayState; actions: OverlayActions }) {
  return (
    <>
      {state.counts && (
        <Badge
          counts={state.counts}
          highlightsVisible={state.highlightsVisible}
          onToggleAll={actions.onToggleAll}
          onOpenPanel={actions.onOpenPanel}
        />
      )}
      {state.card && (
        <HoverCard
          item={state.card.item}
          anchor={state.card.anchor}
          viewport={{ width: window.innerWidth, height: window.innerHeight }}
          onClose={actions.onCloseCard}
          onSave={actions.onSaveItem}
          onClipSection={actions.onClipItemSection}
          autoFocus={state.card.pinned}
        />
      )}
      {state.adder && (
        <SelectionAdder anchor={state.adder} viewport={{ width: window.innerWidth, height: window.innerHeight }} onClip={actions.onClipSelection} />
      )}
      {/* Always rendered, so screen readers announce a new notice in the live region. */}
      <div class="gov-notice" role="status" data-tone={state.notice?.tone} hidden={!state.notice}>
        {state.notice && (
          <>
            <span class="gov-notice__text">{state.notice.text}</span>
            <button type="button" class="gov-notice__close" aria-label={t('clipDismiss')} onClick={actions.onDismissNotice}>
              ×
            </button>
          </>
        )}
      </div>
    </>
  );
}

/* Above the badge (bottom: 16px), same corner; the page's inherited fonts and colours are reset. */
export const NOTICE_CSS = `
.gov-notice {
  all: initial;
  position: fixed;
  right: 16px;
  bottom: 64px;
  z-index: 2147483647;
  box-sizing: border-box;
  display: flex;
  gap: 8px;
  align-items: center;
  max-width: min(420px, calc(100vw - 32px));
  padding: 6px 8px 6px 12px;
  border: 1px solid #7c3aed;
  border-radius: 8px;
  background: #ffffff;
  color: #1f2328;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.16);
  font: 13px/1.5 ${UI_FONT};
}
.gov-notice[hidden] { display: none; }
.gov-notice[data-tone="error"] { border-color: #cf222e; }
.gov-notice__close {
  all: initial; cursor: pointer; padding: 0 4px; border-radius: 4px; color: #57606a; font: 16px/1 ${UI_FONT};
}
.gov-notice__close:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .gov-notice { background: #22272e; color: #e6edf3; }
  .gov-notice__close { color: #adbac7; }
}
`;
