// The policy keyword part of the engine: lexicon data, themes, one-pass matching and counts.
export type { KeywordHit, LexiconEntry, Theme } from './types';
export { THEMES, USER_THEME, USER_THEME_ID, BUILT_IN_THEME_IDS, themeById, themeOrder } from './themes';
export type { BuiltInThemeId } from './themes';
export { LEXICON, TERMS_BY_THEME } from './lexicon';
export {
  createKeywordMatcher,
  defaultKeywordMatcher,
  matchKeywords,
  findThemeConflicts,
  LexiconConflictError,
} from './matcher';
export type { KeywordMatcher, UserTerm, ThemeConflict, ScanStats } from './matcher';
export { countByTheme, countByTerm } from './counts';
export type { ThemeCount, TermCount } from './counts';
