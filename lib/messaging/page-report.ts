/**
 * What the content script knows about its page, as the popup and side panel receive it. Offsets are into
 * the article text the content script read (its text index), so "scroll to item" can send them back.
 */
import type { KeywordHit } from '../keywords/types';
import type { Section } from '../outline/types';
import type { Target } from '../targets/types';

export type ReportStatus = 'pending' | 'ready' | 'none' | 'error';

/**
 * Where a saved clip of this page was found again in the current article text: `exact` (the quote as
 * saved), `fuzzy` (a few characters changed, context agrees) or `orphan` (gone, or not placeable safely:
 * listed by the side panel, never drawn). Offsets are into the article text, like every other offset here.
 */
export interface ClipPlacement {
  id: string;
  status: 'exact' | 'fuzzy' | 'orphan';
  start?: number;
  end?: number;
}

export interface PageReport {
  url: string;
  /** Page or report title. */
  title: string;
  status: ReportStatus;
  /** Why there is nothing (status none / error): a sentence for the user. */
  reason: string | null;
  /** How the article was found: readability / template / density. */
  method: string | null;
  year: number | null;
  textLength: number;
  sections: Section[];
  headline: { start: number; end: number } | null;
  targets: Target[];
  keywords: KeywordHit[];
  /** Saved clips of this page and where each was found (filled in after the run, when the store answers). */
  clips: ClipPlacement[];
  /** Milliseconds spent, by stage, on the last run (shown in the popup's details and used by bench:page). */
  timings: { extract: number; analyze: number; paint: number };
}

/** Which item of the report a message means: targets and keywords by index, sections by id. */
export type ItemRef =
  | { type: 'target'; index: number }
  | { type: 'keyword'; index: number }
  | { type: 'section'; id: number }
  | { type: 'span'; start: number; end: number };

export function emptyReport(url: string, status: ReportStatus, reason: string | null): PageReport {
  return {
    url,
    title: '',
    status,
    reason,
    method: null,
    year: null,
    textLength: 0,
    sections: [],
    headline: null,
    targets: [],
    keywords: [],
    clips: [],
    timings: { extract: 0, analyze: 0, paint: 0 },
  };
}
