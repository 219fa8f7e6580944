import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_THEME_IDS, USER_THEME_ID } from '../../lib/keywords/themes';
import {
  DEFAULT_LAYERS,
  anyLayerVisible,
  isHighlightVisible,
  isThemeVisible,
  mergeLayerSettings,
  visibleHighlightNames,
  type LayerSettings,
} from '../../lib/settings/layers';

const ALL_THEMES = [...BUILT_IN_THEME_IDS, USER_THEME_ID];

describe('mergeLayerSettings', () => {
  it('gives the defaults for nothing stored and for values that are not an object', () => {
    for (const stored of [undefined, null, 'on', 42, true, [], [true, false]]) {
      expect(mergeLayerSettings(stored)).toEqual({ ...DEFAULT_LAYERS, themes: {} });
    }
  });

  it('keeps every stored flag and fills the missing ones from the defaults', () => {
    expect(mergeLayerSettings({ result: false, themes: { green: false } })).toEqual({
      enabled: true,
      target: true,
      result: false,
      keyword: true,
      clip: true,
      themes: { green: false },
    });
  });

  it('replaces one bad flag by its default without losing the others', () => {
    const merged = mergeLayerSettings({ enabled: 'yes', target: false, keyword: 0, clip: null });
    expect(merged).toMatchObject({ enabled: true, target: false, keyword: true, clip: true });
  });

  it('drops unknown keys, non-boolean theme flags and theme ids that are not CSS-safe', () => {
    const merged = mergeLayerSettings({
      version: 3,
      colour: 'red',
      themes: { green: false, rural: 'no', 'a b': false, 'x){}*{color:red': false, '9lives': true, user: true },
    });
    expect(Object.keys(merged).sort()).toEqual(['clip', 'enabled', 'keyword', 'result', 'target', 'themes']);
    expect(merged.themes).toEqual({ green: false, user: true });
  });

  it('ignores a themes value that is not a record', () => {
    expect(mergeLayerSettings({ themes: ['green'] }).themes).toEqual({});
    expect(mergeLayerSettings({ themes: 'green' }).themes).toEqual({});
  });

  it('returns a complete, valid settings object for any input, and is idempotent', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const merged = mergeLayerSettings(stored);
        for (const key of ['enabled', 'target', 'result', 'keyword', 'clip'] as const) {
          expect(typeof merged[key]).toBe('boolean');
        }
        for (const [id, on] of Object.entries(merged.themes)) {
          expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
          expect(typeof on).toBe('boolean');
        }
        expect(mergeLayerSettings(merged)).toEqual(merged);
      }),
    );
  });

  it('returns valid settings unchanged', () => {
    const settingsArb = fc.record({
      enabled: fc.boolean(),
      target: fc.boolean(),
      result: fc.boolean(),
      keyword: fc.boolean(),
      clip: fc.boolean(),
      themes: fc.dictionary(fc.constantFrom(...ALL_THEMES), fc.boolean()),
    });
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(mergeLayerSettings(settings)).toEqual(settings);
      }),
    );
  });

  it('does not share the themes object with the default', () => {
    const merged = mergeLayerSettings(undefined);
    merged.themes.green = false;
    expect(DEFAULT_LAYERS.themes).toEqual({});
  });
});

describe('visibleHighlightNames', () => {
  it('shows every layer by default, each theme present on the page included', () => {
    expect([...visibleHighlightNames(DEFAULT_LAYERS, ['keynote', 'green'])].sort()).toEqual([
      'gov-clip',
      'gov-keyword',
      'gov-kw-green',
      'gov-kw-keynote',
      'gov-result',
      'gov-target',
    ]);
  });

  it('shows nothing when the master switch is off, whatever the other flags', () => {
    expect(visibleHighlightNames({ ...DEFAULT_LAYERS, enabled: false }, ALL_THEMES).size).toBe(0);
  });

  it('leaves out a switched-off theme and keeps the others', () => {
    const settings = mergeLayerSettings({ themes: { green: false, user: true } });
    const names = visibleHighlightNames(settings, ['green', 'rural']);
    expect(names.has('gov-kw-green')).toBe(false);
    expect(names.has('gov-kw-rural')).toBe(true);
    // Themes named only in the settings count too.
    expect(names.has('gov-kw-user')).toBe(true);
  });

  it('drops every keyword name when keywords are off, and keeps targets and results', () => {
    const names = visibleHighlightNames({ ...DEFAULT_LAYERS, keyword: false }, ALL_THEMES);
    expect([...names].sort()).toEqual(['gov-clip', 'gov-result', 'gov-target']);
  });

  it('maps each of target / result / clip to its own name', () => {
    const only = (flag: 'target' | 'result' | 'clip'): LayerSettings => ({
      ...DEFAULT_LAYERS,
      target: flag === 'target',
      result: flag === 'result',
      clip: flag === 'clip',
      keyword: false,
    });
    expect([...visibleHighlightNames(only('target'))]).toEqual(['gov-target']);
    expect([...visibleHighlightNames(only('result'))]).toEqual(['gov-result']);
    expect([...visibleHighlightNames(only('clip'))]).toEqual(['gov-clip']);
  });

  it('agrees with isHighlightVisible for every name it could produce', () => {
    const settingsArb = fc.record({
      enabled: fc.boolean(),
      target: fc.boolean(),
      result: fc.boolean(),
      keyword: fc.boolean(),
      clip: fc.boolean(),
      themes: fc.dictionary(fc.constantFrom(...ALL_THEMES), fc.boolean()),
    });
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const names = visibleHighlightNames(settings, ALL_THEMES);
        const candidates = ['gov-target', 'gov-result', 'gov-keyword', 'gov-clip', ...ALL_THEMES.map((id) => `gov-kw-${id}`)];
        for (const name of candidates) expect(names.has(name)).toBe(isHighlightVisible(settings, name));
      }),
    );
  });
});

describe('isHighlightVisible / isThemeVisible / anyLayerVisible', () => {
  it('answers for themes the settings have never seen (new themes start visible)', () => {
    expect(isHighlightVisible(DEFAULT_LAYERS, 'gov-kw-consumption')).toBe(true);
    expect(isThemeVisible(mergeLayerSettings({ themes: { consumption: false } }), 'consumption')).toBe(false);
  });

  it('says no to names that are not ours and to unsafe theme names', () => {
    expect(isHighlightVisible(DEFAULT_LAYERS, 'search-results')).toBe(false);
    expect(isHighlightVisible(DEFAULT_LAYERS, 'gov-kw-')).toBe(false);
    expect(isHighlightVisible(DEFAULT_LAYERS, 'gov-kw-a b')).toBe(false);
  });

  it('hides a theme when keywords are off even if the theme itself is on', () => {
    const settings = mergeLayerSettings({ keyword: false, themes: { green: true } });
    expect(isThemeVisible(settings, 'green')).toBe(false);
  });

  it('tells whether anything at all is painted', () => {
    expect(anyLayerVisible(DEFAULT_LAYERS)).toBe(true);
    expect(anyLayerVisible({ ...DEFAULT_LAYERS, enabled: false })).toBe(false);
    expect(anyLayerVisible({ ...DEFAULT_LAYERS, target: false, result: false, keyword: false, clip: false })).toBe(false);
    expect(anyLayerVisible({ ...DEFAULT_LAYERS, target: false, result: false, keyword: false })).toBe(true);
  });
});
