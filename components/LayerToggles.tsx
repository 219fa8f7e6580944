/**
 * Checkboxes for the highlight layers: all highlights, targets, results, keywords, saved clips, and
 * each keyword theme with its colour. Controlled: it shows `value` and reports every change as a
 * complete new LayerSettings through onChange (the caller stores it; every view watches storage).
 * Used in the popup, the side panel and the in-page overlay.
 */
import type { Theme } from '../lib/keywords/types';
import { THEMES } from '../lib/keywords/themes';
import type { LayerSettings } from '../lib/settings/layers';
import { t, uiLanguage, type MessageKey } from './t';
import { UI_FONT } from './ui-font';

type LayerFlag = 'target' | 'result' | 'keyword' | 'clip';

const LAYERS: readonly { flag: LayerFlag; label: MessageKey }[] = [
  { flag: 'target', label: 'layerTarget' },
  { flag: 'result', label: 'layerResult' },
  { flag: 'keyword', label: 'layerKeyword' },
  { flag: 'clip', label: 'layerClip' },
];

export interface LayerTogglesProps {
  value: LayerSettings;
  onChange: (next: LayerSettings) => void;
  /** Themes to list, in display order (the built-in ones by default; add USER_THEME when the user has terms). */
  themes?: readonly Theme[];
  /** Prefix for element ids, when two instances share a document. */
  idPrefix?: string;
}

export function LayerToggles({ value, onChange, themes = THEMES, idPrefix = 'gov-layer' }: LayerTogglesProps) {
  const english = uiLanguage() === 'en';
  const themeGroupId = `${idPrefix}-themes`;
  const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;

  return (
    <fieldset class="gov-layers">
      <legend class="gov-layers__legend">{t('layersLegend')}</legend>
      <label class="gov-layers__row gov-layers__row--master">
        <input type="checkbox" checked={value.enabled} onChange={(e) => onChange({ ...value, enabled: checked(e) })} />
        {t('layerEnabled')}
      </label>
      {LAYERS.map(({ flag, label }) => (
        <label key={flag} class="gov-layers__row">
          <input
            type="checkbox"
            checked={value[flag]}
            disabled={!value.enabled}
            onChange={(e) => onChange({ ...value, [flag]: checked(e) })}
          />
          <span class={`gov-layers__mark gov-layers__mark--${flag}`} aria-hidden="true" />
          {t(label)}
        </label>
      ))}
      {themes.length > 0 && (
        // Themes only matter while keywords show: the group is disabled (not hidden) otherwise, so the
        // reader still sees which themes are on.
        <fieldset class="gov-layers__themes" id={themeGroupId} disabled={!value.enabled || !value.keyword}>
          <legend class="gov-layers__legend gov-layers__legend--sub">{t('layerThemes')}</legend>
          {themes.map((theme) => (
            <label key={theme.id} class="gov-layers__row" data-theme={theme.id}>
              <input
                type="checkbox"
                checked={value.themes[theme.id] !== false}
                onChange={(e) => onChange({ ...value, themes: { ...value.themes, [theme.id]: checked(e) } })}
              />
              <span class="gov-layers__swatch" aria-hidden="true" style={{ background: theme.color }} />
              <span lang={english ? 'en' : 'zh-CN'} title={english ? theme.zh : theme.en}>
                {english ? theme.en : theme.zh}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}

/*
 * Own CSS (also usable in a shadow root, where the page's font, colour and letter spacing would be
 * inherited otherwise); the marks repeat the page's highlight colours.
 */
export const LAYER_TOGGLES_CSS = `
.gov-layers {
  margin: 0; padding: 8px 10px; border: 1px solid #d0d7de; border-radius: 8px; background: #ffffff; color: #1f2328;
  font: 13px/1.6 ${UI_FONT}; letter-spacing: normal; text-align: left; text-indent: 0;
}
/* Legends float inside the box instead of straddling its border (unreadable on a contrasting page). */
.gov-layers__legend { float: left; width: 100%; padding: 0; margin: 0 0 2px; font-weight: 600; }
.gov-layers__legend + * { clear: both; }
.gov-layers__legend--sub { font-weight: 400; color: #57606a; }
.gov-layers__row { display: flex; gap: 6px; align-items: center; cursor: pointer; }
.gov-layers__row--master { font-weight: 600; }
.gov-layers__themes { margin: 4px 0 0 18px; padding: 4px 8px; border: 1px dashed #d0d7de; border-radius: 6px; }
.gov-layers__themes:disabled, .gov-layers input:disabled + .gov-layers__mark { opacity: 0.5; }
.gov-layers__mark, .gov-layers__swatch {
  display: inline-block; width: 12px; height: 12px; border: 1px solid rgba(0, 0, 0, 0.25); border-radius: 3px;
}
.gov-layers__mark--target { background: #fcd34d; }
.gov-layers__mark--result { background: #7dd3fc; }
.gov-layers__mark--keyword { background: linear-gradient(135deg, #e879f9, #4ade80); }
.gov-layers__mark--clip { background: transparent; border: 2px solid #16a34a; }
@media (prefers-color-scheme: dark) {
  .gov-layers { border-color: #444c56; background: #22272e; color: #e6edf3; }
  .gov-layers__legend--sub { color: #9da7b3; }
  .gov-layers__themes { border-color: #444c56; }
}
`;
