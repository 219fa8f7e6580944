import { describe, expect, it } from 'vitest';
import {
  CLIP_LAYER,
  FLASH_LAYER,
  KEYWORD_LAYER,
  RESULT_LAYER,
  TARGET_LAYER,
  UNTHEMED_KEYWORD_LAYER,
  highlightApiCss,
  isLayerName,
  keywordThemeLayer,
  layerLook,
  parseHex,
  styledLayers,
  wrapCss,
} from '../../lib/dom/highlight-styles';
import { THEMES, USER_THEME } from '../../lib/keywords/themes';

type Rgb = [number, number, number];

/** A CSS colour as written in the looks (#rrggbb or rgba(r, g, b, a)) over an opaque page colour. */
function over(color: string, page: Rgb): Rgb {
  const hex = parseHex(color);
  if (hex) return hex;
  const m = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(color);
  if (!m) throw new Error(`unexpected colour ${color}`);
  const a = Number(m[4]);
  return [0, 1, 2].map((i) => Math.round(Number(m[i + 1]) * a + page[i]! * (1 - a))) as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
/** Body text of typical report pages: black, and the #333 many portals use. */
const LIGHT_PAGE_TEXT: Rgb[] = [[0, 0, 0], [51, 51, 51]];
/** A dark page (a reader mode or a dark theme) and its light text. */
const DARK_PAGE: Rgb = [30, 30, 30];
const DARK_PAGE_TEXT: Rgb = [224, 224, 224];

const CONTRACT = [TARGET_LAYER, RESULT_LAYER, KEYWORD_LAYER, CLIP_LAYER];
const THEME_LAYERS = [...THEMES, USER_THEME].map((t) => keywordThemeLayer(t.id)!);

function decorationColor(decoration: string): string {
  return /#[0-9a-f]{6}/i.exec(decoration)![0];
}

describe('layer looks', () => {
  it('keep the page text readable on every layer: >= 4.5:1 on light pages and on dark pages', () => {
    for (const layer of [TARGET_LAYER, RESULT_LAYER, CLIP_LAYER, ...THEME_LAYERS, UNTHEMED_KEYWORD_LAYER]) {
      const light = layerLook(layer, 'light')!;
      for (const text of LIGHT_PAGE_TEXT) {
        expect(contrast(text, over(light.background, WHITE)), `${layer} light`).toBeGreaterThanOrEqual(4.5);
      }
      const dark = layerLook(layer, 'dark')!;
      expect(contrast(DARK_PAGE_TEXT, over(dark.background, DARK_PAGE)), `${layer} dark`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gov-keyword paints nothing itself, so theme tints over it keep their own colour', () => {
    expect(layerLook(KEYWORD_LAYER, 'light')!.background).toBe('transparent');
    expect(layerLook(KEYWORD_LAYER, 'dark')!.background).toBe('transparent');
    expect(layerLook(KEYWORD_LAYER, 'light')!.decoration).toBeUndefined();
  });

  it('the flash sets its own text colour and stays readable on both pages', () => {
    for (const palette of ['light', 'dark'] as const) {
      const look = layerLook(FLASH_LAYER, palette)!;
      expect(contrast(parseHex(look.color!)!, over(look.background, palette === 'light' ? WHITE : DARK_PAGE))).toBeGreaterThanOrEqual(7);
    }
  });

  it('tells targets, results and clips apart without colour: solid underline, dotted underline, overline', () => {
    for (const palette of ['light', 'dark'] as const) {
      expect(layerLook(TARGET_LAYER, palette)!.decoration).toMatch(/^underline solid /);
      expect(layerLook(RESULT_LAYER, palette)!.decoration).toMatch(/^underline dotted /);
      expect(layerLook(CLIP_LAYER, palette)!.decoration).toMatch(/^overline solid /);
    }
  });

  it('draws the lines with enough contrast (>= 3:1) against the page to be seen', () => {
    for (const layer of [TARGET_LAYER, RESULT_LAYER, CLIP_LAYER]) {
      expect(contrast(parseHex(decorationColor(layerLook(layer, 'light')!.decoration!))!, WHITE), layer).toBeGreaterThanOrEqual(3);
      expect(contrast(parseHex(decorationColor(layerLook(layer, 'dark')!.decoration!))!, DARK_PAGE), layer).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps targets and results apart in colour too (amber against blue-grey)', () => {
    const t = over(layerLook(TARGET_LAYER, 'light')!.background, WHITE);
    const r = over(layerLook(RESULT_LAYER, 'light')!.background, WHITE);
    const distance = Math.hypot(t[0] - r[0], t[1] - r[1], t[2] - r[2]);
    expect(distance).toBeGreaterThan(80);
    expect(t[0]).toBeGreaterThan(t[2]); // warm
    expect(r[2]).toBeGreaterThan(r[0]); // cool
  });
});

describe('layer names and CSS', () => {
  it('accepts the contract names and theme layers, refuses what cannot go unescaped into CSS', () => {
    for (const name of [...CONTRACT, ...THEME_LAYERS, FLASH_LAYER]) expect(isLayerName(name), name).toBe(true);
    for (const name of ['target', 'gov-', 'gov-a b', 'gov-x")', 'GOV-TARGET', 'gov-kw-绿色']) expect(isLayerName(name), name).toBe(false);
    expect(keywordThemeLayer('green')).toBe('gov-kw-green');
    expect(keywordThemeLayer('my theme')).toBeNull();
  });

  it('has a rule for every styled layer in both painters, light and dark', () => {
    const api = highlightApiCss();
    const wrap = wrapCss();
    for (const layer of styledLayers()) {
      expect(api).toContain(`::highlight(${layer}) {`);
      expect(api).toContain(`:root[data-gov-palette="dark"] ::highlight(${layer}) {`);
      expect(wrap).toContain(`gov-mark[data-gov-ui][data-layer="${layer}"] {`);
      expect(wrap).toContain(`:root[data-gov-palette="dark"] gov-mark[data-gov-ui][data-layer="${layer}"] {`);
    }
    expect(styledLayers()).toEqual(expect.arrayContaining([...CONTRACT, ...THEME_LAYERS, FLASH_LAYER]));
  });

  it('uses only properties ::highlight() accepts, so both painters look the same', () => {
    const properties = new Set([...highlightApiCss().matchAll(/([a-z-]+):\s/g)].map((m) => m[1]));
    expect([...properties].sort()).toEqual(['background-color', 'color', 'text-decoration']);
  });
});
