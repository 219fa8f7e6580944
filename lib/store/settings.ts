/**
 * Settings kept in extension storage: which highlight layers show, and the per-site switch ("always on
 * here" / "never here"). Every read goes through a tolerant merge, so a record written by an older
 * version (or edited by hand) never breaks a view.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_LAYERS, type LayerSettings, mergeLayerSettings } from '../settings/layers';

export const layersItem = storage.defineItem<LayerSettings>('local:layers', {
  fallback: { ...DEFAULT_LAYERS, themes: {} },
  version: 1,
});

export async function readLayers(): Promise<LayerSettings> {
  return mergeLayerSettings(await layersItem.getValue());
}

export function watchLayers(onChange: (settings: LayerSettings) => void): () => void {
  return layersItem.watch((value) => onChange(mergeLayerSettings(value)));
}

export type SiteMode = 'auto' | 'always' | 'never';

/** Per host name: 'always' runs even where the page does not look like a report, 'never' does not run. */
export const siteModesItem = storage.defineItem<Record<string, 'always' | 'never'>>('local:siteModes', {
  fallback: {},
  version: 1,
});

/** Stored site modes, keeping only well-formed entries (hand-checked: this runs in the content script). */
async function readSiteModes(): Promise<Record<string, 'always' | 'never'>> {
  const stored: unknown = await siteModesItem.getValue();
  const modes: Record<string, 'always' | 'never'> = {};
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    for (const [host, mode] of Object.entries(stored)) if (mode === 'always' || mode === 'never') modes[host] = mode;
  }
  return modes;
}

export async function getSiteMode(host: string): Promise<SiteMode> {
  return (await readSiteModes())[host] ?? 'auto';
}

export async function setSiteMode(host: string, mode: SiteMode): Promise<void> {
  const modes = await readSiteModes();
  if (mode === 'auto') delete modes[host];
  else modes[host] = mode;
  await siteModesItem.setValue(modes);
}

/**
 * How highlights are drawn: 'auto' uses the CSS Custom Highlight API where the browser has it; 'wrap'
 * forces the element-wrapping fallback (a compatibility switch for pages whose scripts fight the API,
 * and how the e2e tests exercise the fallback in Chromium).
 */
export const painterModeItem = storage.defineItem<'auto' | 'wrap'>('local:painterMode', { fallback: 'auto', version: 1 });
