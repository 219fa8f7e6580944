import { describe, expect, it } from 'vitest';
import { THEMES, USER_THEME, USER_THEME_ID, themeById, themeOrder } from '../../lib/keywords/themes';

// Colour arithmetic for the checks below: WCAG 2 relative luminance and contrast, CIE L*a*b* (D65) and
// the CIE76 distance between two colours (about 2.3 is a just-noticeable difference; 20+ is plainly
// different at a glance).
type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
}
function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}
function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
function lab([r, g, b]: Rgb): Rgb {
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function distance(a: Rgb, b: Rgb): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
/** `colour` painted at `alpha` over `background`. */
function over(colour: Rgb, background: Rgb, alpha: number): Rgb {
  return colour.map((c, i) => alpha * c + (1 - alpha) * background[i]!) as Rgb;
}

const BODY_TEXT = rgb('#111111');
const DARK_PAGE = rgb('#121212');
const DARK_PAGE_TEXT = rgb('#e6e6e6');
const DARK_TINT_ALPHA = 0.35;
// Targets and results are painted amber and blue; these are the lightest and the strongest usual shades
// of each, so a keyword colour must stay clear of both ends.
const RESERVED = ['#fcd34d', '#f59e0b', '#93c5fd', '#3b82f6'].map(rgb);
const ALL = [...THEMES, USER_THEME];

describe('theme colours', () => {
  it('keep dark body text readable on a light page (contrast at least 6.5:1)', () => {
    for (const theme of ALL) expect(contrast(BODY_TEXT, rgb(theme.color)), theme.id).toBeGreaterThanOrEqual(6.5);
  });

  it('work as a 35% tint on a dark page: light text stays readable and the tint is visible', () => {
    for (const theme of ALL) {
      const tint = over(rgb(theme.color), DARK_PAGE, DARK_TINT_ALPHA);
      expect(contrast(DARK_PAGE_TEXT, tint), theme.id).toBeGreaterThanOrEqual(4.5);
      expect(distance(tint, DARK_PAGE), theme.id).toBeGreaterThanOrEqual(20);
    }
  });

  it('are told apart from each other at a glance (CIE76 distance at least 20)', () => {
    for (const [i, a] of ALL.entries()) {
      for (const b of ALL.slice(i + 1)) {
        expect(distance(rgb(a.color), rgb(b.color)), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('stay clear of the amber and blue of targets and results (distance at least 25)', () => {
    for (const theme of ALL) {
      for (const reserved of RESERVED) expect(distance(rgb(theme.color), reserved), theme.id).toBeGreaterThanOrEqual(25);
    }
  });
});

describe('themeById and themeOrder', () => {
  it('finds every built-in theme and the user theme, and nothing else', () => {
    for (const theme of THEMES) expect(themeById(theme.id)).toBe(theme);
    expect(themeById(USER_THEME_ID)).toBe(USER_THEME);
    expect(themeById('nonexistent')).toBeUndefined();
  });

  it('orders built-in themes as listed, then the user theme, then unknown ids', () => {
    expect(THEMES.map((theme) => themeOrder(theme.id))).toEqual(THEMES.map((_, index) => index));
    expect(themeOrder(USER_THEME_ID)).toBe(THEMES.length);
    expect(themeOrder('nonexistent')).toBe(THEMES.length + 1);
  });
});
