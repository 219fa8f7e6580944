/**
 * Highlight layers: their names (the CSS Custom Highlight names of the contract in DESIGN.md), their
 * stacking order, and their look on light and dark pages, as CSS for both painters.
 *
 * Targets and results must be told apart without colour too (colour-blind readers, greyscale prints):
 * a target is underlined with a solid line, a result with a dotted one, a clip is overlined. Keywords only
 * get a background, in the colour of their theme.
 */
import { THEMES, USER_THEME } from '../keywords/themes';
import type { Theme } from '../keywords/types';

export const TARGET_LAYER = 'gov-target';
export const RESULT_LAYER = 'gov-result';
export const KEYWORD_LAYER = 'gov-keyword';
export const CLIP_LAYER = 'gov-clip';
/** The short emphasis of `flash()`, for "scroll to this item". */
export const FLASH_LAYER = 'gov-flash';
/** Keywords of one theme: `gov-kw-<themeId>`, painted over `gov-keyword` so each theme shows its colour. */
export const KEYWORD_THEME_PREFIX = 'gov-kw-';
/** Keywords whose theme has no colour of its own (an unknown or un-nameable theme id): a neutral grey. */
export const UNTHEMED_KEYWORD_LAYER = 'gov-kw-unthemed';

/** Attribute on <html> that switches every rule to the dark palette. */
export const PALETTE_ATTRIBUTE = 'data-gov-palette';

/** A layer name must be usable unescaped in `::highlight(name)` and in an attribute selector. */
const LAYER_NAME = /^gov-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isLayerName(name: string): boolean {
  return LAYER_NAME.test(name);
}

/** `gov-kw-<themeId>`, or null when the theme id cannot be part of a CSS name. */
export function keywordThemeLayer(themeId: string): string | null {
  const name = KEYWORD_THEME_PREFIX + themeId;
  return isLayerName(name) ? name : null;
}

export function isKeywordThemeLayer(layer: string): boolean {
  return layer.startsWith(KEYWORD_THEME_PREFIX);
}

/**
 * Stacking order, higher on top (Highlight.priority; the wrap painter nests higher layers inside lower
 * ones, so their background wins). A target inside a keyword or a clip still reads as a target.
 */
export function layerPriority(layer: string): number {
  switch (layer) {
    case KEYWORD_LAYER:
      return 0;
    case CLIP_LAYER:
      return 2;
    case RESULT_LAYER:
      return 3;
    case TARGET_LAYER:
      return 4;
    case FLASH_LAYER:
      return 10;
    default:
      return isKeywordThemeLayer(layer) ? 1 : 0;
  }
}

export type Palette = 'light' | 'dark';

/** What a layer looks like. Only properties that `::highlight()` accepts, so both painters look alike. */
export interface LayerLook {
  background: string;
  /** A full `text-decoration` value, or none. */
  decoration?: string;
  /** Text colour, only where the background is strong enough to need it. */
  color?: string;
}

/**
 * Light pages: solid pastel backgrounds under the page's own dark text (contrast >= 7:1 with black text,
 * checked in tests). Dark pages: the same hues as translucent tints under the page's light text, and
 * lighter lines.
 */
const LOOKS: Record<Palette, Record<string, LayerLook>> = {
  light: {
    [TARGET_LAYER]: { background: '#fde68a', decoration: 'underline solid #b45309 2px' },
    [RESULT_LAYER]: { background: '#d3dde8', decoration: 'underline dotted #334e68 2px' },
    // gov-keyword holds every keyword for readers of the registry but paints nothing itself: under the
    // theme tints a background of its own would muddy every theme colour.
    [KEYWORD_LAYER]: { background: 'transparent' },
    [UNTHEMED_KEYWORD_LAYER]: { background: '#e7e5e4' },
    [CLIP_LAYER]: { background: 'rgba(124, 58, 237, 0.08)', decoration: 'overline solid #7c3aed 2px' },
    [FLASH_LAYER]: { background: '#fb923c', color: '#000000' },
  },
  dark: {
    [TARGET_LAYER]: { background: 'rgba(251, 191, 36, 0.35)', decoration: 'underline solid #fbbf24 2px' },
    [RESULT_LAYER]: { background: 'rgba(148, 176, 204, 0.35)', decoration: 'underline dotted #cbd5e1 2px' },
    [KEYWORD_LAYER]: { background: 'transparent' },
    [UNTHEMED_KEYWORD_LAYER]: { background: 'rgba(214, 211, 209, 0.25)' },
    [CLIP_LAYER]: { background: 'rgba(167, 139, 250, 0.15)', decoration: 'overline solid #c4b5fd 2px' },
    [FLASH_LAYER]: { background: '#fb923c', color: '#000000' },
  },
};

/**
 * Keywords are the quiet layer: a report has hundreds of them, and at full strength they would drown the
 * targets the reader came for. Theme colours become tints: 45 % on light pages; 30 % on dark ones, which
 * keeps light text on the lightest theme colour above 4.5:1 (35 % drops the lime of 乡村 to 4.3:1).
 */
function themeLook(theme: Theme, palette: Palette): LayerLook {
  return { background: withAlpha(theme.color, palette === 'light' ? 0.45 : 0.3) };
}

function withAlpha(hex: string, alpha: number): string {
  const rgb = parseHex(hex);
  return rgb ? `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${alpha})` : hex;
}

export function parseHex(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const ALL_THEMES: readonly Theme[] = [...THEMES, USER_THEME];

/** The look of a layer on a palette, or null for a layer without a style (an unknown theme). */
export function layerLook(layer: string, palette: Palette): LayerLook | null {
  const fixed = LOOKS[palette][layer];
  if (fixed) return fixed;
  if (!isKeywordThemeLayer(layer)) return null;
  const theme = ALL_THEMES.find((t) => KEYWORD_THEME_PREFIX + t.id === layer);
  return theme ? themeLook(theme, palette) : null;
}

/** Every layer that has a style: the four of the contract, the flash, one per keyword theme, the unthemed. */
export function styledLayers(): string[] {
  const themed = ALL_THEMES.map((t) => keywordThemeLayer(t.id)).filter((n): n is string => n !== null);
  return [KEYWORD_LAYER, ...themed, UNTHEMED_KEYWORD_LAYER, CLIP_LAYER, RESULT_LAYER, TARGET_LAYER, FLASH_LAYER];
}

function declarations(look: LayerLook, important: boolean): string {
  const bang = important ? ' !important' : '';
  const parts = [`background-color: ${look.background}${bang}`];
  if (look.decoration) parts.push(`text-decoration: ${look.decoration}${bang}`);
  if (look.color) parts.push(`color: ${look.color}${bang}`);
  return parts.join('; ');
}

const DARK_ROOT = `:root[${PALETTE_ATTRIBUTE}="dark"]`;

/** `::highlight()` rules for the CSS Custom Highlight API painter, light first, then the dark overrides. */
export function highlightApiCss(layers: readonly string[] = styledLayers()): string {
  const rules: string[] = [];
  for (const palette of ['light', 'dark'] as const) {
    for (const layer of layers) {
      const look = layerLook(layer, palette);
      if (!look) continue;
      const selector = palette === 'light' ? `::highlight(${layer})` : `${DARK_ROOT} ::highlight(${layer})`;
      rules.push(`${selector} { ${declarations(look, false)}; }`);
    }
  }
  return rules.join('\n');
}

/** Tag of the wrap painter's elements: a custom element, so no page style for span/mark/em reaches it. */
export const MARK_TAG = 'gov-mark';

/**
 * Rules for the wrap painter. `all: unset` makes the element a plain inline box that inherits every
 * inherited property from the page (font, colour, line height, white-space) and has no margin, padding or
 * border, so wrapping text changes no layout. `!important` keeps broad page rules (`#content *`) off it.
 */
export function wrapCss(layers: readonly string[] = styledLayers()): string {
  const base = `${MARK_TAG}[data-gov-ui]`;
  const rules = [`${base} { all: unset !important; }`];
  for (const palette of ['light', 'dark'] as const) {
    for (const layer of layers) {
      const look = layerLook(layer, palette);
      if (!look) continue;
      const own = `${base}[data-layer="${layer}"]`;
      const selector = palette === 'light' ? own : `${DARK_ROOT} ${own}`;
      rules.push(`${selector} { ${declarations(look, true)}; }`);
    }
  }
  return rules.join('\n');
}
