/**
 * Which highlight layers the reader wants to see. Stored in extension storage, shared by the content
 * script (what it paints), the badge, the popup and the side panel (the toggles).
 *
 * mergeLayerSettings is where stored data (possibly written by an older version, or edited by hand) comes
 * back in; everything else works on the plain type.
 */

export interface LayerSettings {
  /** Master switch: false hides every highlight, whatever the other flags say. */
  enabled: boolean;
  /** Targets of the plan (gov-target). */
  target: boolean;
  /** Results of the review part (gov-result). */
  result: boolean;
  /** Policy keywords (gov-keyword and the per-theme gov-kw-<themeId>). */
  keyword: boolean;
  /** Saved clips shown again on the page (gov-clip). */
  clip: boolean;
  /**
   * Per keyword theme, by Theme.id. A theme missing here is shown: themes added later (a new built-in
   * theme, a user's own theme) must not start hidden just because old settings never mention them.
   */
  themes: Record<string, boolean>;
}

export const DEFAULT_LAYERS: Readonly<LayerSettings> = Object.freeze({
  enabled: true,
  target: true,
  result: true,
  keyword: true,
  clip: true,
  themes: Object.freeze({}) as Record<string, boolean>,
});

/** Highlight names registered in CSS.highlights (the contract in DESIGN.md). */
export const HIGHLIGHT_TARGET = 'gov-target';
export const HIGHLIGHT_RESULT = 'gov-result';
export const HIGHLIGHT_KEYWORD = 'gov-keyword';
export const HIGHLIGHT_CLIP = 'gov-clip';
export const THEME_HIGHLIGHT_PREFIX = 'gov-kw-';

/*
 * Theme ids become part of a CSS highlight name (::highlight(gov-kw-<id>)), so only ids that are a
 * plain CSS identifier fragment are accepted from storage; anything else could break or inject into
 * the stylesheet the content script writes.
 */
const THEME_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export function isValidThemeId(id: string): boolean {
  return THEME_ID.test(id);
}

export function themeHighlightName(themeId: string): string {
  return THEME_HIGHLIGHT_PREFIX + themeId;
}

/*
 * Each flag is read on its own and falls back to its default when missing or of the wrong type, so
 * one bad value (say "yes" written by an old build) does not throw away the reader's other choices.
 * (Checked by hand rather than with zod: this runs in the content script on every report page, where
 * zod's size and start-up cost are not worth five booleans.)
 */
function flag(stored: Record<string, unknown>, key: keyof Omit<LayerSettings, 'themes'>): boolean {
  const value = stored[key];
  return typeof value === 'boolean' ? value : DEFAULT_LAYERS[key];
}

/**
 * Settings from storage (anything: undefined, an old shape, garbage) → complete LayerSettings.
 * Unknown keys are dropped; theme flags that are not booleans or whose id is not a safe identifier
 * are dropped (the theme then shows, see LayerSettings.themes).
 */
export function mergeLayerSettings(stored: unknown): LayerSettings {
  const s = isPlainObject(stored) ? stored : {};
  const themes: Record<string, boolean> = {};
  if (isPlainObject(s.themes)) {
    for (const [id, on] of Object.entries(s.themes)) {
      if (typeof on === 'boolean' && isValidThemeId(id)) themes[id] = on;
    }
  }
  return {
    enabled: flag(s, 'enabled'),
    target: flag(s, 'target'),
    result: flag(s, 'result'),
    keyword: flag(s, 'keyword'),
    clip: flag(s, 'clip'),
    themes,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Is this keyword theme shown (keywords on, and the theme not switched off)? */
export function isThemeVisible(settings: LayerSettings, themeId: string): boolean {
  return settings.enabled && settings.keyword && settings.themes[themeId] !== false;
}

/**
 * The CSS highlight names that should be painted. `themeIds` are the themes present on the page (or
 * all known themes); theme ids named in the settings are considered too. Unsafe ids are skipped.
 */
export function visibleHighlightNames(settings: LayerSettings, themeIds: Iterable<string> = []): Set<string> {
  const names = new Set<string>();
  if (!settings.enabled) return names;
  if (settings.target) names.add(HIGHLIGHT_TARGET);
  if (settings.result) names.add(HIGHLIGHT_RESULT);
  if (settings.clip) names.add(HIGHLIGHT_CLIP);
  if (settings.keyword) {
    names.add(HIGHLIGHT_KEYWORD);
    for (const id of [...themeIds, ...Object.keys(settings.themes)]) {
      if (isValidThemeId(id) && isThemeVisible(settings, id)) names.add(themeHighlightName(id));
    }
  }
  return names;
}

/**
 * Is a highlight name shown? Answers for any gov-kw-<id>, including themes the caller did not list,
 * so a painter can filter names it already has without enumerating themes.
 */
export function isHighlightVisible(settings: LayerSettings, name: string): boolean {
  if (!settings.enabled) return false;
  switch (name) {
    case HIGHLIGHT_TARGET:
      return settings.target;
    case HIGHLIGHT_RESULT:
      return settings.result;
    case HIGHLIGHT_KEYWORD:
      return settings.keyword;
    case HIGHLIGHT_CLIP:
      return settings.clip;
  }
  if (name.startsWith(THEME_HIGHLIGHT_PREFIX)) {
    const id = name.slice(THEME_HIGHLIGHT_PREFIX.length);
    return isValidThemeId(id) && isThemeVisible(settings, id);
  }
  return false;
}

/** Any layer showing at all? (The badge's toggle-all button shows "hide" or "show" from this.) */
export function anyLayerVisible(settings: LayerSettings): boolean {
  return settings.enabled && (settings.target || settings.result || settings.keyword || settings.clip);
}
