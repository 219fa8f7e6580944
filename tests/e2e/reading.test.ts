/**
 * The in-page reading experience in real Chromium with the built extension (.output/chrome-mv3):
 * the content script finds the report on realistic government pages, paints targets, results and
 * keywords with the CSS Custom Highlight API, leaves the page's layout and site chrome alone, shows a
 * hover card, follows layer toggles, re-runs for late articles and SPA navigation, and can fall back to
 * wrapping text in elements.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { findArticle } from '../../lib/dom/find-article';
import { buildTextIndex } from '../../lib/dom/text-index';
import { FIXTURE_PAGES, fixturePage, type FixturePage } from '../fixtures/pages/catalog';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { blockBoxes, highlightTexts, screenshot, waitForReportState } from './support/page-probes';
import { PAGES_DIR, startFixtureServer, type FixtureServer } from './support/server';

/** `chrome` inside the extension's service worker, as far as these tests use it. */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void> } };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
};

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ args: ['--lang=zh-CN'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the engine finds in the page's article when run in Node (linkedom), as highlight strings. */
function expectedStrings(fx: FixturePage) {
  const { document } = parseHTML(readFileSync(join(PAGES_DIR, fx.file), 'utf8'));
  const article = findArticle(document as unknown as Document)!;
  const index = buildTextIndex(article.root);
  const a = analyze(index.text);
  const spans = new Map<string, { text: string; kind: string }>();
  for (const t of a.targets) spans.set(`${t.start}:${t.end}`, { text: index.text.slice(t.start, t.end), kind: t.kind });
  const of = (kind: string) => [...spans.values()].filter((s) => s.kind === kind).map((s) => s.text);
  return { target: of('target'), result: of('result'), keyword: a.keywords.map((k) => index.text.slice(k.start, k.end)) };
}

/** Every range of our highlights lies inside the article element (none in the site chrome). */
async function rangesOutside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('gov-')) continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        if (!root || !root.contains(r.startContainer) || !root.contains(r.endContainer)) out.push(`${name}: ${r.startContainer.textContent?.slice(0, 20)}`);
      }
    }
    return out;
  }, selector);
}

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  return page;
}

const sorted = (xs: string[]) => [...xs].sort();
const staticReports = FIXTURE_PAGES.filter((p) => p.expectedState === 'ready' && !p.lateMs && !p.spaViews && p.kind !== 'compilation');

describe('on report pages of official sites (automatic, gov.cn host match)', () => {
  for (const fx of staticReports) {
    describe(fx.file, () => {
      let page: Page;
      beforeAll(async () => {
        page = await open(server.govUrl(fx.file));
        expect(await waitForReportState(page)).toBe('ready');
      });
      afterAll(() => page?.close());

      it('paints exactly the targets, results and keywords the engine finds in the article', async () => {
        await screenshot(page, `page-${fx.file.replace('.html', '')}`);
        const want = expectedStrings(fx);
        expect(sorted(await highlightTexts(page, 'gov-target'))).toEqual(sorted(want.target));
        expect(sorted(await highlightTexts(page, 'gov-result'))).toEqual(sorted(want.result));
        expect(sorted(await highlightTexts(page, 'gov-keyword'))).toEqual(sorted(want.keyword));
        expect(want.target.length + want.result.length).toBeGreaterThan(20);
      });

      it('paints nothing in the site chrome', async () => {
        expect(await rangesOutside(page, fx.articleSelector)).toEqual([]);
      });

      it('leaves the article layout exactly as it was', async () => {
        const plain = await open(server.localUrl(fx.file)); // localhost: the content script does not run
        try {
          expect(await plain.evaluate(() => document.documentElement.hasAttribute('data-gov-report'))).toBe(false);
          const sel = `${fx.articleSelector} p, ${fx.articleSelector} td, ${fx.articleSelector} div, ${fx.articleSelector} span`;
          const before = await blockBoxes(plain, sel);
          const after = await blockBoxes(page, sel);
          expect(after.length).toBe(before.length);
          expect(after).toEqual(before);
        } finally {
          await plain.close();
        }
      });
    });
  }
});

describe('what the reader sees and does', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(server.govUrl('national-ucap.html'));
    expect(await waitForReportState(page)).toBe('ready');
  });
  afterAll(() => page?.close());

  it('marks this year\'s headline targets as targets and last year\'s figures as results', async () => {
    const targets = await highlightTexts(page, 'gov-target');
    const results = await highlightTexts(page, 'gov-result');
    // 2025年浙江省: 主要预期目标为：生产总值增长5.5%左右 … ; the review: 全省生产总值增长5.5%
    expect(targets).toContain('生产总值增长5.5%左右');
    expect(targets).toContain('城镇调查失业率控制在5%以内');
    expect(results).toContain('生产总值增长5.5%');
    await screenshot(page, 'national-ucap-highlights');
  });

  it('shows a hover card with indicator, value, kind and period when pointing at a target', async () => {
    const box = await page.evaluate(() => {
      const h = CSS.highlights.get('gov-target')!;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString() !== '生产总值增长5.5%左右') continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.waitForTimeout(100);
    await page.mouse.move(box!.x, box!.y, { steps: 3 });
    const card = page.locator('gov-report-overlay [role="dialog"]');
    await card.waitFor({ timeout: 3000 });
    const text = await card.textContent();
    expect(text).toContain('生产总值');
    expect(text).toContain('5.5%');
    expect(text).toMatch(/左右/);
    expect(text).toMatch(/目标|Target/);
    expect(text).toContain('2025');
    await screenshot(page, 'national-ucap-hover-card');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
  });

  it('follows the layer toggles stored in extension storage', async () => {
    const set = (layers: object) => browser.serviceWorker.evaluate((l) => chrome.storage.local.set({ layers: l }), layers);
    const all = { enabled: true, target: true, result: true, keyword: true, clip: true, themes: {} };
    await set({ ...all, target: false });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('gov-target'))).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('gov-result'))).toBe(true);
    await set({ ...all, themes: { green: false } });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('gov-target'))).toBe(true);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('gov-kw-green'))).toBe(false);
    const keywordsWithoutGreen = await highlightTexts(page, 'gov-keyword');
    expect(keywordsWithoutGreen).not.toContain('碳达峰');
    await set({ ...all, enabled: false });
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('gov-')).length)).toBe(0);
    await set(all);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('gov-target'))).toBe(true);
  });

  it('opens the next page with the stored choice already applied (results off)', async () => {
    const set = (layers: object) => browser.serviceWorker.evaluate((l) => chrome.storage.local.set({ layers: l }), layers);
    const all = { enabled: true, target: true, result: true, keyword: true, clip: true, themes: {} };
    await set({ ...all, result: false });
    const next = await open(server.govUrl('provincial-trs.html'));
    try {
      expect(await waitForReportState(next)).toBe('ready');
      expect(await next.evaluate(() => CSS.highlights.has('gov-target'))).toBe(true);
      expect(await next.evaluate(() => CSS.highlights.has('gov-result'))).toBe(false);
      expect(await next.evaluate(() => CSS.highlights.has('gov-keyword'))).toBe(true);
    } finally {
      await set(all);
      await next.close();
    }
  });
});

describe('pages that change', () => {
  it('analyses an article injected after load (late CMS rendering)', async () => {
    const fx = fixturePage('late-inject.html');
    const page = await open(server.govUrl(fx.file));
    try {
      await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-gov-report')), { timeout: 8000 }).toBe('ready');
      expect(await highlightTexts(page, 'gov-target')).toContain('地区生产总值增长5%以上');
      expect(await rangesOutside(page, fx.articleSelector)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('re-runs after SPA navigation (history.pushState) and paints the new report only', async () => {
    const fx = fixturePage('spa.html');
    const page = await open(server.govUrl(fx.file));
    try {
      expect(await waitForReportState(page)).toBe('ready');
      const first = await highlightTexts(page, 'gov-target');
      expect(first).toContain('地区生产总值增长4.5%左右');
      await page.click('a[href*="year=2022"]');
      await expect.poll(async () => (await highlightTexts(page, 'gov-target')).includes('地区生产总值增长5.5%左右'), { timeout: 8000 }).toBe(true);
      expect(await highlightTexts(page, 'gov-target')).not.toContain('地区生产总值增长4.5%左右');
    } finally {
      await page.close();
    }
  });

  it('does not paint a news list by itself, and analyses it when the user asks', async () => {
    const page = await open(server.govUrl('news-list.html'));
    try {
      expect(await waitForReportState(page)).toBe('none');
      expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('gov-')))).toEqual([]);
      // The popup's 分析此页 / the context menu: the background asks the tab's content script to run anyway.
      await browser.serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await (globalThis as unknown as { govReport: { analyzeTab(id: number): Promise<unknown> } }).govReport.analyzeTab(tab!.id!);
      });
      await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-gov-report'))).toBe('ready');
      expect((await highlightTexts(page, 'gov-result')).join('|')).toContain('地区生产总值同比增长5.8%');
    } finally {
      await page.close();
    }
  });

  it('answers the same report opened in a second tab from the background\'s memory, with the same highlights', async () => {
    const engineRuns = () => browser.serviceWorker.evaluate(() => performance.getEntriesByName('gov-report:engine').length);
    const first = await open(server.govUrl('provincial-trs.html'));
    const second = await browser.context.newPage();
    try {
      expect(await waitForReportState(first)).toBe('ready');
      const runs = await engineRuns();
      await second.goto(server.govUrl('provincial-trs.html?from=share'));
      expect(await waitForReportState(second)).toBe('ready');
      expect(await engineRuns()).toBe(runs);
      for (const layer of ['gov-target', 'gov-result', 'gov-keyword']) {
        const texts = await highlightTexts(second, layer);
        expect(texts.length).toBeGreaterThan(0);
        expect(texts).toEqual(await highlightTexts(first, layer));
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('pages of real sites\' shapes (tests/fixtures/html)', () => {
  let htmlServer: FixtureServer;
  beforeAll(async () => {
    htmlServer = await startFixtureServer(join(PAGES_DIR, '../html'));
  });
  afterAll(async () => {
    await htmlServer?.close();
  });

  it('paints only the shown copy of an article the site keeps twice (a 长者 view hidden by its style sheet)', async () => {
    const page = await open(htmlServer.govUrl('elder-copy-hidden.html'));
    try {
      expect(await waitForReportState(page)).toBe('ready');
      const figures = [...(await highlightTexts(page, 'gov-target')), ...(await highlightTexts(page, 'gov-result'))];
      expect(figures.join('|')).toContain('6.36万亿元');
      // The hidden copy comes first in the page; none of the ranges may be in it.
      expect(await rangesOutside(page, '#szfcontentwrap #cmsArticleContent')).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('engine warm-up while a page loads (fresh browser: the background has just started)', () => {
  it('is not started by a list page, and is by an article URL, in runs of a report excerpt', async () => {
    const fresh = await launchWithExtension();
    const warmups = () =>
      fresh.serviceWorker.evaluate(() =>
        performance.getEntriesByName('gov-report:warmup').map((e) => (e as PerformanceMeasure).detail as { rounds: number; ms: number }),
      );
    try {
      const list = await fresh.context.newPage();
      await list.goto(server.govUrl('news-list.html'));
      expect(await waitForReportState(list)).toBe('none');
      expect(await warmups()).toEqual([]);
      // The highlight rules are in the page from document_start on, on every page of the matched sites.
      expect(await list.evaluate(() => document.querySelectorAll('style[data-gov-painter="highlight-api"]').length)).toBe(1);
      await list.close();

      const article = await fresh.context.newPage();
      await article.goto(server.govUrl('national-ucap.html?id=20250120'));
      expect(await waitForReportState(article)).toBe('ready');
      await expect.poll(async () => (await warmups()).length).toBe(1);
      const [done] = await warmups();
      expect(done!.rounds).toBeGreaterThanOrEqual(1);
      expect(done!.rounds).toBeLessThanOrEqual(12);
      // the painter used the style put there early instead of adding a second one
      expect(await article.evaluate(() => document.querySelectorAll('style[data-gov-painter="highlight-api"]').length)).toBe(1);
      await article.close();
    } finally {
      await fresh.close();
    }
  });
});

describe('fallback painter (forced)', () => {
  it('wraps the same strings in <gov-mark> elements and restores the DOM exactly when switched off', async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ painterMode: 'wrap' }));
    const fx = fixturePage('provincial-trs.html');
    const page = await open(server.govUrl(fx.file));
    const plain = await open(server.localUrl(fx.file));
    try {
      expect(await waitForReportState(page)).toBe('ready');
      expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('gov-')))).toEqual([]);
      const wrapped = await page.evaluate(() =>
        [...document.querySelectorAll('gov-mark[data-layer="gov-target"]')].map((e) => e.textContent),
      );
      expect(wrapped.join('')).toContain('经济增长6％左右');
      const sel = `${fx.articleSelector} p`;
      expect(await blockBoxes(page, sel)).toEqual(await blockBoxes(plain, sel));
      const all = { enabled: false, target: true, result: true, keyword: true, clip: true, themes: {} };
      await browser.serviceWorker.evaluate((l) => chrome.storage.local.set({ layers: l }), all);
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('gov-mark').length)).toBe(0);
      const html = (p: Page) => p.evaluate((s) => document.querySelector(s)!.innerHTML, fx.articleSelector);
      expect(await html(page)).toBe(await html(plain));
    } finally {
      await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ painterMode: 'auto', layers: { enabled: true, target: true, result: true, keyword: true, clip: true, themes: {} } }));
      await page.close();
      await plain.close();
    }
  });
});
