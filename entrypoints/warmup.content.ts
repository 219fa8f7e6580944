/**
 * Wakes the background as a report site starts loading, so that the engine is warm by the time the
 * reader (document_idle) sends it the article (see lib/engine-warmup.ts). Deliberately tiny: it runs on
 * every page of the matched sites, before the page has rendered.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { REPORT_HOSTS } from './content/hosts';

export const WARM_MESSAGE = 'gov-report:warm';

export default defineContentScript({
  matches: REPORT_HOSTS,
  runAt: 'document_start',
  main() {
    browser.runtime.sendMessage({ type: WARM_MESSAGE }).catch(() => undefined);
  },
});
