import { themeOrder } from './themes';
import type { KeywordHit } from './types';

export interface ThemeCount {
  theme: string;
  count: number;
}

export interface TermCount {
  term: string;
  theme: string;
  count: number;
}

/**
 * Hits per theme, most frequent first; ties in theme display order. Only themes that occur are listed
 * (the side panel charts what the report talks about).
 */
export function countByTheme(hits: readonly KeywordHit[]): ThemeCount[] {
  const counts = new Map<string, number>();
  for (const hit of hits) counts.set(hit.theme, (counts.get(hit.theme) ?? 0) + 1);
  return [...counts]
    .map(([theme, count]) => ({ theme, count }))
    .sort((a, b) => b.count - a.count || themeOrder(a.theme) - themeOrder(b.theme) || compare(a.theme, b.theme));
}

/** Hits per term, most frequent first; ties in order of first appearance in the hits. */
export function countByTerm(hits: readonly KeywordHit[]): TermCount[] {
  const counts = new Map<string, TermCount>();
  for (const hit of hits) {
    const known = counts.get(hit.term);
    if (known) known.count++;
    else counts.set(hit.term, { term: hit.term, theme: hit.theme, count: 1 });
  }
  // Array.prototype.sort is stable, so equal counts keep first-appearance order.
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
