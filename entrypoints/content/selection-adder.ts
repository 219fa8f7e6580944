/**
 * Offers the 剪藏 button (components/SelectionAdder.tsx) when the user has selected some of the article's
 * text on an analysed page: after a pointer or keyboard selection ends, at the selection's last line; gone
 * when the selection goes, on scroll and on Escape. Text outside the article (navigation, our own card)
 * gets no button: the clip would be empty.
 */
import type { AnchorRect } from '@/components/HoverCard';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReaderState } from './reader';
import { selectedSpan } from './selection-span';

export class SelectionAdderWatcher {
  private shown = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly state: () => ReaderState,
    private readonly show: (anchor: AnchorRect | null) => void,
  ) {
    const later = (e: Event) => {
      if ((e.target as Element | null)?.closest?.('[data-gov-ui]')) return; // our own button or card
      clearTimeout(this.timer);
      // The selection is final only after the event's default action: look in the next task.
      this.timer = setTimeout(() => this.check(), 0);
    };
    ctx.addEventListener(doc, 'pointerup', later);
    ctx.addEventListener(doc, 'keyup', (e) => {
      const key = (e as KeyboardEvent).key;
      if ((e as KeyboardEvent).shiftKey || key === 'Shift' || key.startsWith('Arrow')) later(e);
    });
    ctx.addEventListener(doc, 'selectionchange', () => {
      if (this.shown && (this.doc.getSelection()?.isCollapsed ?? true)) this.hide();
    });
    ctx.addEventListener(window, 'scroll', () => this.hide(), { passive: true, capture: true });
    ctx.addEventListener(doc, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.hide();
    });
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    this.show(null);
  }

  /** Shows the button when the selection covers article text, else hides it. */
  check(): void {
    const { index, report } = this.state();
    const selection = this.doc.getSelection();
    if (!index || report.status !== 'ready' || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      this.hide();
      return;
    }
    if (!selectedSpan(this.doc, index)) {
      this.hide();
      return;
    }
    const rects = Array.from(selection.getRangeAt(selection.rangeCount - 1).getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    const last = rects[rects.length - 1];
    if (!last) {
      this.hide();
      return;
    }
    this.shown = true;
    this.show({ left: last.left, top: last.top, right: last.right, bottom: last.bottom });
  }
}
