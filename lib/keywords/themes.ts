import type { Theme } from './types';

/*
 * The policy themes readers track, in display order.
 *
 * Colours: each is used as a solid highlight background under dark text on light pages, and as a
 * tint (about 35 % opacity) under light text on dark pages. They are mid-light pastels of eleven
 * different hues, kept away from yellow/amber and from sky blue because those two mark quantitative
 * targets and results. tests/keywords/themes.test.ts measures the contrast and the colour distances.
 */
export const BUILT_IN_THEME_IDS = [
  'keynote',
  'reform',
  'innovation',
  'investment',
  'green',
  'livelihood',
  'rural',
  'security',
  'governance',
  'consumption',
  'culture',
] as const;

export type BuiltInThemeId = (typeof BUILT_IN_THEME_IDS)[number];

export const THEMES: readonly Theme[] = [
  { id: 'keynote', zh: '总基调与理念', en: 'Keynote and guiding ideas', color: '#e879f9' },
  { id: 'reform', zh: '改革开放', en: 'Reform and opening up', color: '#f79e6e' },
  { id: 'innovation', zh: '创新与产业', en: 'Innovation and industry', color: '#d8b4fe' },
  { id: 'investment', zh: '投资与项目', en: 'Investment and projects', color: '#d4b483' },
  { id: 'green', zh: '绿色低碳', en: 'Green and low-carbon', color: '#4ade80' },
  { id: 'livelihood', zh: '民生', en: "People's livelihood", color: '#f9a8d4' },
  { id: 'rural', zh: '乡村与区域', en: 'Rural and regional development', color: '#d9f99d' },
  { id: 'security', zh: '安全与风险', en: 'Security and risk', color: '#d6d3d1' },
  { id: 'governance', zh: '党建与治理', en: 'Party building and governance', color: '#f87171' },
  { id: 'consumption', zh: '消费与内需', en: 'Consumption and domestic demand', color: '#2dd4bf' },
  { id: 'culture', zh: '文化与社会', en: 'Culture and society', color: '#a5f3fc' },
];

/** Theme id of terms a user adds without choosing a theme. */
export const USER_THEME_ID = 'user';

export const USER_THEME: Theme = { id: USER_THEME_ID, zh: '自定义', en: 'My terms', color: '#9cdd3c' };

const THEME_BY_ID: ReadonlyMap<string, Theme> = new Map(
  [...THEMES, USER_THEME].map((theme) => [theme.id, theme]),
);

/** The built-in theme or the user theme with this id, or undefined for an unknown id. */
export function themeById(id: string): Theme | undefined {
  return THEME_BY_ID.get(id);
}

/** Position of a theme in display order (user theme last, unknown ids after it). */
export function themeOrder(id: string): number {
  const index = THEMES.findIndex((theme) => theme.id === id);
  if (index >= 0) return index;
  return id === USER_THEME_ID ? THEMES.length : THEMES.length + 1;
}
