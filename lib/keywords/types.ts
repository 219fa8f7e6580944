export interface Theme {
  /** Stable identifier, ASCII (e.g. 'green'), used in CSS highlight names and settings. */
  id: string;
  zh: string;
  en: string;
  /** CSS colour (hex) readable as a highlight background on light pages. */
  color: string;
}

export interface LexiconEntry {
  term: string;
  theme: string; // Theme.id
}

export interface KeywordHit {
  start: number;
  end: number;
  term: string;
  theme: string; // Theme.id
}
