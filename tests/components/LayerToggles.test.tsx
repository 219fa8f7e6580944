// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { LayerToggles } from '../../components/LayerToggles';
import { THEMES, USER_THEME, themeById } from '../../lib/keywords/themes';
import { DEFAULT_LAYERS, mergeLayerSettings, visibleHighlightNames, type LayerSettings } from '../../lib/settings/layers';
import { analyzeCorpus } from './corpus-items';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderToggles(value: LayerSettings, themes = THEMES) {
  const onChange = vi.fn<(next: LayerSettings) => void>();
  const view = render(<LayerToggles value={value} onChange={onChange} themes={themes} />);
  return { ...view, onChange };
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('LayerToggles', () => {
  it('lists the layers and every theme, checked from the value', () => {
    renderToggles(mergeLayerSettings({ result: false, themes: { green: false } }));
    expect(box('显示全部标注').checked).toBe(true);
    expect(box('目标').checked).toBe(true);
    expect(box('实绩').checked).toBe(false);
    expect(box('政策关键词').checked).toBe(true);
    expect(box('已剪藏段落').checked).toBe(true);
    for (const theme of THEMES) expect(box(theme.zh).checked).toBe(theme.id !== 'green');
    expect(screen.getAllByRole('checkbox')).toHaveLength(5 + THEMES.length);
  });

  it('shows each theme with its colour', () => {
    const { container } = renderToggles(DEFAULT_LAYERS, [...THEMES, USER_THEME]);
    for (const theme of [...THEMES, USER_THEME]) {
      const swatch = container.querySelector<HTMLElement>(`[data-theme="${theme.id}"] .gov-layers__swatch`);
      expect(swatch?.style.background, theme.id).toBe(theme.color);
    }
  });

  it('reports a complete new value for each layer flag', () => {
    const { onChange } = renderToggles(DEFAULT_LAYERS);
    fireEvent.click(box('实绩'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_LAYERS, result: false });
    fireEvent.click(box('显示全部标注'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_LAYERS, enabled: false });
    fireEvent.click(box('已剪藏段落'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_LAYERS, clip: false });
  });

  it('switches one theme without touching the others', () => {
    const { onChange } = renderToggles(mergeLayerSettings({ themes: { rural: false } }));
    fireEvent.click(box('绿色低碳'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_LAYERS, themes: { rural: false, green: false } });
    fireEvent.click(box('乡村与区域'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_LAYERS, themes: { rural: true } });
  });

  it('disables the sub-layers while everything is off, and the themes while keywords are off', () => {
    renderToggles({ ...DEFAULT_LAYERS, enabled: false });
    expect(box('显示全部标注').disabled).toBe(false);
    expect(box('目标').disabled).toBe(true);
    cleanup();
    const { container } = renderToggles({ ...DEFAULT_LAYERS, keyword: false });
    expect(box('目标').disabled).toBe(false);
    expect(container.querySelector('fieldset.gov-layers__themes')?.hasAttribute('disabled')).toBe(true);
  });

  it('labels themes in English when the browser UI is English', () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    renderToggles(DEFAULT_LAYERS);
    expect(box('Green and low-carbon').checked).toBe(true);
  });

  it('drives the painted highlight names of a real page when wired to state', () => {
    // The themes actually present in a report, as the content script would pass them.
    const pageThemes = [...new Set(analyzeCorpus('reports/2022_东丽区.txt').keywords.map((k) => k.theme))];
    expect(pageThemes).toContain('green');
    let latest: LayerSettings = DEFAULT_LAYERS;
    function Host() {
      const [value, setValue] = useState<LayerSettings>(DEFAULT_LAYERS);
      latest = value;
      return <LayerToggles value={value} onChange={setValue} />;
    }
    render(<Host />);
    fireEvent.click(box(themeById('green')?.zh ?? 'green'));
    fireEvent.click(box('目标'));
    const names = visibleHighlightNames(mergeLayerSettings(latest), pageThemes);
    expect(names.has('gov-kw-green')).toBe(false);
    expect(names.has('gov-target')).toBe(false);
    expect(names.has('gov-result')).toBe(true);
    expect(names.has('gov-keyword')).toBe(true);
    for (const id of pageThemes.filter((id) => id !== 'green')) expect(names.has(`gov-kw-${id}`)).toBe(true);
  });
});
