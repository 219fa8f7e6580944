/**
 * What the content script shows on the page itself, inside one shadow root: the corner badge and the
 * hover card. State lives in the content script; this component only renders it.
 */
import { Badge, type BadgeCounts } from '@/components/Badge';
import { HoverCard, type AnchorRect, type HoverItem } from '@/components/HoverCard';

export interface OverlayState {
  counts: BadgeCounts | null;
  highlightsVisible: boolean;
  card: { item: HoverItem; anchor: AnchorRect; pinned: boolean } | null;
}

export interface OverlayActions {
  onToggleAll: (visible: boolean) => void;
  onOpenPanel: () => void;
  onCloseCard: () => void;
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
          autoFocus={state.card.pinned}
        />
      )}
    </>
  );
}
