import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { highlightApiCss } from './lib/dom/highlight-styles';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // There is no WXT module for Preact: the Vite preset handles JSX and the react → preact aliases.
  // GOV_PROFILE=1 keeps names readable in CPU profiles of the built extension.
  vite: () => ({
    plugins: [preact()],
    build: process.env.GOV_PROFILE ? { minify: false } : {},
    // The highlight rules as one string, for the document_start script: it runs on every page of the
    // matched sites, and builds nothing at run time (see entrypoints/warmup.content.ts).
    define: { __GOV_HIGHLIGHT_CSS__: JSON.stringify(highlightApiCss()) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // The fewest that work: the content script reaches official sites by host match (see
    // entrypoints/content/hosts.ts); anywhere else only the tab the user acts on (activeTab + scripting).
    permissions: [
      'storage',
      // Collections of clips may outgrow the 10 MB default of storage.local.
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    commands: {
      'analyze-page': { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_commandAnalyze__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggle__' },
      'clip-selection': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandClip__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'gov-report-reader@example.org', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
