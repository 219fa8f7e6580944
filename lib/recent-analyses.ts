/**
 * The background's memory of the last few texts it analysed, with their answers in wire form. A report
 * opened again (a reload, the same report in a second tab, a site that re-renders its article with the
 * same words) is answered without running the engine: a lookup instead of 15–20 ms for 50,000 characters.
 *
 * Keyed by the whole text: equal texts give equal analyses (the engine is a pure function of its input),
 * and a Map compares long strings natively. Bounded by entry count and by the characters held, so that a
 * few huge pages cannot make the worker hold on to much memory; the worker's own restarts empty it.
 */
export interface WireParts {
  head: string;
  body: string;
}

export interface RecentAnalyses {
  /** The answer kept for `text`, if it is among the last ones analysed (it becomes the most recent). */
  get(text: string): WireParts | undefined;
  /** Keeps an answer; the least recently used ones go when there are too many or they are too big. */
  set(text: string, parts: WireParts): void;
  readonly size: number;
}

export function createRecentAnalyses(maxEntries = 8, maxChars = 2_000_000): RecentAnalyses {
  const entries = new Map<string, WireParts>();
  let chars = 0;
  const cost = (text: string, parts: WireParts) => text.length + parts.head.length + parts.body.length;
  const forget = (text: string) => {
    const parts = entries.get(text);
    if (!parts) return;
    entries.delete(text);
    chars -= cost(text, parts);
  };
  return {
    get(text) {
      const known = entries.get(text);
      if (known !== undefined) {
        // Most recently used last: Map keeps insertion order.
        entries.delete(text);
        entries.set(text, known);
      }
      return known;
    },
    set(text, parts) {
      forget(text);
      if (cost(text, parts) > maxChars) return; // too big to keep
      entries.set(text, parts);
      chars += cost(text, parts);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && chars <= maxChars) break;
        forget(oldest);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
