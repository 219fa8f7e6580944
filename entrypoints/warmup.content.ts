/**
 * Runs as a report site starts loading, before the page has rendered: on a page whose URL names an
 * article (not a home page or a list, lib/article-url.ts), wakes the background so that the engine is warm
 * by the time the reader (document_idle) sends it the article (see lib/engine-warmup.ts); and on every
 * page puts the highlight rules in the page now, so that they are part of its first style calculation
 * rather than a second one of the whole page when the reader paints. The rules match nothing until the
 * reader registers highlights. Deliberately tiny: it runs on every page of the matched sites.
 */
import { browser } from 'wxt/browser';
import { looksLikeArticleUrl } from '@/lib/article-url';
import { ensurePainterStyle, supportsHighlightApi } from '@/lib/dom/painter-style';
import { WARM_MESSAGE } from '@/lib/messaging/warm-message';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { REPORT_HOSTS } from './content/hosts';

/** highlightApiCss(), computed when the extension is built (wxt.config.ts `define`). */
declare const __GOV_HIGHLIGHT_CSS__: string;

export default defineContentScript({
  matches: REPORT_HOSTS,
  runAt: 'document_start',
  main() {
    if (looksLikeArticleUrl(location.href)) browser.runtime.sendMessage({ type: WARM_MESSAGE }).catch(() => undefined);
    if (document.documentElement instanceof HTMLElement && supportsHighlightApi(document)) {
      ensurePainterStyle(document, 'highlight-api', __GOV_HIGHLIGHT_CSS__);
    }
  },
});
