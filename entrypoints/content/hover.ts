/**
 * Pointing at a highlight shows its card. The Highlight API gives no events, so the pointer position is
 * turned into an offset of the article text (caret from point → text index) and looked up among the
 * spans of targets and keywords. The same items can be stepped through from the keyboard
 * (Alt+Shift+N / Alt+Shift+P) and scrolled to from the side panel.
 */
import type { AnchorRect, HoverItem } from '@/components/HoverCard';
import { createSpanLookup, itemsAt, offsetAtPoint, type SortedSpans } from '@/lib/dom/hit-test';
import type { KeywordHit } from '@/lib/keywords/types';
import type { Target } from '@/lib/targets/types';
import { themeById, USER_THEME } from '@/lib/keywords/themes';
import type { ItemRef } from '@/lib/messaging/page-report';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReader, ReaderState } from './reader';

export interface Card {
  item: HoverItem;
  anchor: AnchorRect;
  pinned: boolean;
}

export class HoverTracker {
  private state: ReaderState | null = null;
  /**
   * Span lookups and term counts of the current analysis, built on first use (the first pointer move over
   * the article), not in the task that paints: thousands of spans, and most readers never hover.
   */
  private lookups: { targets: SortedSpans<Target>; keywords: SortedSpans<KeywordHit>; termCounts: Map<string, number> } | null = null;
  private frame = 0;
  private lastKey = '';
  private current = -1;
  private card: Card | null = null;

  constructor(
    ctx: ContentScriptContext,
    private readonly doc: Document,
    private readonly reader: PageReader,
    private readonly show: (card: Card | null) => void,
  ) {
    ctx.addEventListener(doc, 'pointermove', (e) => this.onPointer(e as PointerEvent), { passive: true });
    ctx.addEventListener(window, 'scroll', () => this.hide(), { passive: true, capture: true });
    ctx.addEventListener(doc, 'keydown', (e) => this.onKey(e as KeyboardEvent));
  }

  setState(state: ReaderState): void {
    this.state = state;
    this.current = -1;
    this.card = null;
    this.lookups = null;
  }

  private lookupsOf(): NonNullable<HoverTracker['lookups']> | null {
    const a = this.state?.analysis;
    if (!a) return null;
    if (!this.lookups) {
      const termCounts = new Map<string, number>();
      for (const k of a.keywords) termCounts.set(k.term, (termCounts.get(k.term) ?? 0) + 1);
      this.lookups = { targets: createSpanLookup(a.targets), keywords: createSpanLookup(a.keywords), termCounts };
    }
    return this.lookups;
  }

  private keywordItem(hit: KeywordHit): HoverItem {
    return { type: 'keyword', hit, theme: themeById(hit.theme) ?? USER_THEME, count: this.lookupsOf()?.termCounts.get(hit.term) ?? 1 };
  }

  private hide(): void {
    if (!this.card) return;
    this.card = null;
    this.lastKey = '';
    this.show(null);
  }

  private onPointer(e: PointerEvent): void {
    if (!this.state?.index || e.pointerType === 'touch') return;
    if ((e.target as Element | null)?.closest?.('[data-gov-ui]')) return; // over our own card or badge
    const { clientX: x, clientY: y } = e;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.hitTest(x, y));
  }

  private hitTest(x: number, y: number): void {
    const { state } = this;
    if (!state?.index || !state.analysis) return;
    const offset = offsetAtPoint(this.doc, x, y, state.index);
    const item = offset === null ? null : this.itemAt(offset);
    const key = item ? `${item.type}:${item.type === 'target' ? item.target.start : item.hit.start}` : '';
    if (key === this.lastKey) return;
    this.lastKey = key;
    if (!item) {
      if (this.card && !this.card.pinned) this.hide();
      return;
    }
    const span = item.type === 'target' ? item.target : item.hit;
    const anchor = this.rectAt(span.start, span.end, x, y);
    if (!anchor) return;
    this.card = { item, anchor, pinned: false };
    this.show(this.card);
  }

  private itemAt(offset: number): HoverItem | null {
    if (!this.state?.analysis) return null;
    const lookups = this.lookupsOf();
    if (!lookups) return null;
    const layers = this.reader.painter;
    // Targets first (they are what readers come for); hidden layers give no card.
    for (const target of itemsAt(offset, lookups.targets)) {
      if (!layers.isHidden(target.kind === 'target' ? 'gov-target' : 'gov-result')) return { type: 'target', target };
    }
    if (layers.isHidden('gov-keyword')) return null;
    const hit = itemsAt(offset, lookups.keywords)[0];
    return hit ? this.keywordItem(hit) : null;
  }

  /** The client rect of the span's line box under (x, y), or its first one. */
  private rectAt(start: number, end: number, x?: number, y?: number): AnchorRect | null {
    const range = this.rangeOf(start, end);
    if (!range) return null;
    const rects = Array.from(range.getClientRects());
    const under = x === undefined ? undefined : rects.find((r) => x >= r.left && x <= r.right && y! >= r.top && y! <= r.bottom);
    const r = under ?? rects[0] ?? range.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }

  private rangeOf(start: number, end: number): Range | null {
    const bounds = this.state?.index?.toRangeBounds(start, end);
    if (!bounds) return null;
    const range = this.doc.createRange();
    try {
      range.setStart(bounds.startContainer, bounds.startOffset);
      range.setEnd(bounds.endContainer, bounds.endOffset);
    } catch {
      return null; // the wrap painter split the nodes: no live range for this span
    }
    return range;
  }

  /** Scrolls an item into view, flashes it, and (for targets and keywords) pins its card. */
  scrollTo(ref: ItemRef): boolean {
    const a = this.state?.analysis;
    if (!a || !this.state?.index) return false;
    let span: { start: number; end: number } | undefined;
    let item: HoverItem | null = null;
    if (ref.type === 'target') {
      const target = a.targets[ref.index];
      if (target) item = { type: 'target', target };
      span = target;
    } else if (ref.type === 'keyword') {
      const hit = a.keywords[ref.index];
      if (hit) item = this.keywordItem(hit);
      span = hit;
    } else if (ref.type === 'section') {
      const s = a.sections.find((x) => x.id === ref.id);
      span = s ? { start: s.headingStart, end: s.headingEnd } : undefined;
    } else span = ref;
    if (!span) return false;
    const bounds = this.state.index.toRangeBounds(span.start, span.end);
    if (!bounds) return false;
    const el = bounds.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.reader.painter.flash(bounds);
    if (item) {
      const anchor = this.rectAt(span.start, span.end);
      if (anchor) {
        this.card = { item, anchor, pinned: true };
        this.lastKey = '';
        // Shown after the scroll event that scrollIntoView fires (which hides cards).
        requestAnimationFrame(() => this.show(this.card));
      }
    }
    return true;
  }

  private onKey(e: KeyboardEvent): void {
    const targets = this.state?.analysis?.targets;
    if (!targets?.length || !e.altKey || !e.shiftKey) return;
    if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
    e.preventDefault();
    const step = e.code === 'KeyN' ? 1 : -1;
    this.current = (this.current + step + targets.length) % targets.length;
    this.scrollTo({ type: 'target', index: this.current });
  }
}
