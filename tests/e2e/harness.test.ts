/**
 * The e2e harness itself: the built extension loads into Debian's Chromium, the fixture server serves
 * every page under a gov.cn name (where the content script runs) and under localhost (where it does
 * not), late and SPA pages behave as on the real sites, CJK text renders with real glyphs, and the
 * probes read highlights, boxes and the report state.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, fixturePage } from '../fixtures/pages/catalog';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/browser';
import {
  blockBoxes,
  contentScriptWorlds,
  highlightCounts,
  highlightTexts,
  inkRatio,
  screenshot,
  visibleText,
  waitForReportState,
} from './support/page-probes';
import { startFixtureServer, type FixtureServer } from './support/server';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A raw GET that sends the path exactly as written (fetch() would resolve dot segments first). */
function rawGet(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The article's visible text once the page has it (late pages fill it in after their delay). */
async function articleOf(page: import('playwright-core').Page, file: string): Promise<string> {
  const fx = fixturePage(file);
  if (fx.lateMs) await page.waitForSelector('#article-root[data-loaded]', { timeout: fx.lateMs + 10_000 });
  return visibleText(page, fx.articleSelector);
}

describe('the built extension', () => {
  it('loads in Chromium: service worker up, manifest as built, content script matching gov.cn', () => {
    const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { name: string; version: string };
    expect(browser.serviceWorker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.manifest.manifest_version).toBe(3);
    expect(browser.manifest.version).toBe(built.version);
    if (!built.name.startsWith('__MSG_')) expect(browser.manifest.name).toBe(built.name);
    expect(browser.manifest.content_scripts?.flatMap((c) => c.matches ?? [])).toContain('*://*.gov.cn/*');
  });

  it('reports its name in the UI language of the browser, from the built _locales', async () => {
    const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { name: string; default_locale?: string };
    const key = /^__MSG_(\w+)__$/.exec(built.name)?.[1];
    if (!key) {
      expect(built.name).toContain('政府工作报告');
      return;
    }
    type I18n = { chrome: { i18n: { getUILanguage(): string; getMessage(k: string): string } } };
    const [uiLanguage, message] = await browser.serviceWorker.evaluate(
      (k) => {
        const { i18n } = (globalThis as unknown as I18n).chrome;
        return [i18n.getUILanguage(), i18n.getMessage(k)] as const;
      },
      key,
    );
    expect(browser.manifest.name).toBe(message);
    const messagesOf = (locale: string) =>
      JSON.parse(readFileSync(join(EXTENSION_DIR, `_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    // Chinese first: the default locale carries the Chinese name; an English browser gets the en one.
    expect(built.default_locale).toBe('zh_CN');
    expect(messagesOf('zh_CN')[key]?.message).toContain('政府工作报告');
    const folder = uiLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
    expect(message).toBe(messagesOf(folder)[key]?.message);
  });

  it('ships the icons the manifest names', () => {
    const icons = (browser.manifest.icons ?? {}) as Record<string, string>;
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const path of Object.values(icons)) expect(existsSync(join(EXTENSION_DIR, path)), path).toBe(true);
  });
});

describe('the fixture server', () => {
  it('serves pages as UTF-8 HTML and other files with their content type', async () => {
    const page = await rawGet('/national-ucap.html');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('2025年浙江省政府工作报告');
    expect((await rawGet('/README.md')).type).toBe('text/plain; charset=utf-8');
    expect((await rawGet('/spa.html?year=2022')).status).toBe(200);
  });

  it('answers 404 for missing files and never serves outside its folder', async () => {
    expect((await rawGet('/no-such-page.html')).status).toBe(404);
    const escape = await rawGet('/%2e%2e/%2e%2e/%2e%2e/package.json');
    expect(escape.status).toBe(404); // the dot segments are resolved inside the folder
    expect(escape.body).not.toContain('gov-report-reader');
  });
});

describe.each(FIXTURE_PAGES.map((fx) => [fx.file] as const))('%s', (file) => {
  const fx = fixturePage(file);

  it('opens under a gov.cn name with its article visible, and the content script runs there', async () => {
    const page = await browser.context.newPage();
    try {
      const response = await page.goto(server.govUrl(file));
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).hostname).toBe('www.example.gov.cn');
      expect(await articleOf(page, file)).toContain(fx.probe);
      expect(await contentScriptWorlds(page, { extensionId: browser.extensionId, timeout: 10_000 })).toContain(browser.extensionId);
      expect(['ready', 'none', 'error']).toContain(await waitForReportState(page, { timeout: 20_000 }));
    } finally {
      await page.close();
    }
  });

  it('opens under localhost with the same article, and the content script stays out', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.localUrl(file), { waitUntil: 'load' });
      expect(await articleOf(page, file)).toContain(fx.probe);
      // document_idle scripts are injected by the load event at the latest; give it a moment more.
      await page.waitForTimeout(300);
      expect(await contentScriptWorlds(page)).not.toContain(browser.extensionId);
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-gov-report'))).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('page behaviour', () => {
  it('late-inject.html: no article at load, the article after its delay', async () => {
    const fx = fixturePage('late-inject.html');
    const page = await browser.context.newPage();
    try {
      await page.goto(server.localUrl(fx.file), { waitUntil: 'load' });
      expect(await visibleText(page, fx.articleSelector)).not.toContain(fx.probe);
      expect(await visibleText(page, fx.articleSelector)).toContain('正在加载');
      await page.waitForSelector('#article-root[data-loaded]', { timeout: (fx.lateMs ?? 0) + 10_000 });
      const text = await visibleText(page, fx.articleSelector);
      expect(text).toContain(fx.probe);
      expect(text).toContain('2025年江苏省政府工作报告');
      expect(await page.locator('#article-root p').count()).toBeGreaterThan(50);
    } finally {
      await page.close();
    }
  });

  it('spa.html: the year links switch reports with pushState, without reloading, and back works', async () => {
    const fx = fixturePage('spa.html');
    const [view2025, view2022] = fx.spaViews ?? [];
    if (!view2025 || !view2022) throw new Error('spa.html needs two views in the catalog');
    const page = await browser.context.newPage();
    try {
      await page.goto(server.localUrl(fx.file));
      expect(await visibleText(page, fx.articleSelector)).toContain(view2025.probe);
      await page.evaluate(() => Object.assign(window, { harnessMarker: 'same document' }));
      const requestsBefore = server.requests.length;

      await page.click('a[data-year="2022"]');
      await page.waitForFunction(() => document.title.startsWith('2022'));
      expect(new URL(page.url()).search).toBe(view2022.search);
      const text2022 = await visibleText(page, fx.articleSelector);
      expect(text2022).toContain(view2022.probe);
      expect(text2022).not.toContain(view2025.probe);
      expect(await page.evaluate(() => (window as unknown as { harnessMarker?: string }).harnessMarker)).toBe('same document');
      expect(server.requests.slice(requestsBefore)).not.toContain('/spa.html');

      await page.goBack();
      await page.waitForFunction(() => document.title.startsWith('2025'));
      expect(await visibleText(page, fx.articleSelector)).toContain(view2025.probe);
    } finally {
      await page.close();
    }
  });
});

describe('page probes', () => {
  it('CJK text renders with real glyphs (fonts-noto-cjk), not blank and not identical boxes', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.localUrl('national-ucap.html'));
      await page.evaluate(() => {
        const samples: Array<[string, string]> = [['cjk-a', '政府工作报告'], ['cjk-b', '经济社会发展']];
        for (const [id, text] of samples) {
          const div = document.createElement('div');
          div.id = id;
          div.textContent = text;
          div.style.cssText = 'position:fixed;left:0;width:420px;height:80px;font:64px/80px serif;color:#000;background:#fff;z-index:99999';
          div.style.top = id === 'cjk-a' ? '0' : '100px';
          document.body.append(div);
        }
      });
      const a = await page.locator('#cjk-a').screenshot();
      const b = await page.locator('#cjk-b').screenshot();
      const inkA = await inkRatio(page, a);
      const inkB = await inkRatio(page, b);
      // Six characters of 64 px ink a good share of the box; missing glyphs (tofu) would draw six
      // identical outlines, so the two different strings would give the same image.
      expect(inkA).toBeGreaterThan(0.05);
      expect(inkB).toBeGreaterThan(0.05);
      expect(a.equals(b)).toBe(false);
      // A blank image has no ink at all: the measure itself works.
      await page.evaluate(() => { document.getElementById('cjk-a')!.textContent = ''; });
      expect(await inkRatio(page, await page.locator('#cjk-a').screenshot())).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('screenshot() saves a PNG of the page under test-results/screenshots', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.govUrl('provincial-trs.html'));
      const shot = await screenshot(page, 'harness provincial-trs');
      expect(shot.path).toMatch(/test-results\/screenshots\/harness_provincial-trs\.png$/);
      expect(readFileSync(shot.path).equals(shot.png)).toBe(true);
      expect(shot.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(await inkRatio(page, shot.png)).toBeGreaterThan(0.01);
    } finally {
      await page.close();
    }
  });

  it('highlightTexts() reads a highlight the page registers itself, in document order', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.localUrl('national-ucap.html'));
      expect(await highlightTexts(page, 'harness-probe')).toEqual([]);
      await page.evaluate(() => {
        // Two passages of the article, registered in reverse order, one as a StaticRange.
        const article = document.getElementById('UCAP-CONTENT')!;
        const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
        const ranges: AbstractRange[] = [];
        const found = new Set<string>(); // first occurrence of each
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const needle of ['各位代表', '全省生产总值增长5.5%']) {
            const at = text.indexOf(needle);
            if (at < 0 || found.has(needle)) continue;
            found.add(needle);
            ranges.push(
              needle === '各位代表'
                ? new StaticRange({ startContainer: node, startOffset: at, endContainer: node, endOffset: at + needle.length })
                : (() => { const r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + needle.length); return r; })(),
            );
          }
        }
        CSS.highlights.set('harness-probe', new Highlight(...ranges.reverse()));
      });
      expect(await highlightTexts(page, 'harness-probe')).toEqual(['各位代表', '全省生产总值增长5.5%']);
      // The contract's names are untouched on localhost, where the content script does not run.
      expect(await highlightCounts(page)).toEqual({ 'gov-target': 0, 'gov-result': 0, 'gov-keyword': 0, 'gov-clip': 0 });
    } finally {
      await page.close();
    }
  });

  it('blockBoxes() gives document-coordinate boxes of the article paragraphs, top to bottom', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.localUrl('national-ucap.html'));
      const before = await blockBoxes(page, '#UCAP-CONTENT > p');
      expect(before.length).toBeGreaterThan(50);
      for (const box of before) expect(box.width).toBeGreaterThan(300);
      for (let i = 1; i < before.length; i += 1) expect(before[i]!.y).toBeGreaterThan(before[i - 1]!.y);
      expect(before.at(-1)!.y).toBeGreaterThan(3000); // well below the first screen
      // Scrolling does not move document coordinates.
      await page.evaluate(() => window.scrollTo(0, 2000));
      const after = await blockBoxes(page, '#UCAP-CONTENT > p');
      expect(after.map((b) => Math.round(b.y))).toEqual(before.map((b) => Math.round(b.y)));
      expect(before[1]!.text).toContain('各位代表');
    } finally {
      await page.close();
    }
  });

  it('waitForReportState() returns the value the page gets, and times out when none comes', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(server.localUrl('news-list.html'));
      await expect(waitForReportState(page, { timeout: 500 })).rejects.toThrow(/Timeout/);
      await page.evaluate(() => setTimeout(() => document.documentElement.setAttribute('data-gov-report', 'none'), 200));
      expect(await waitForReportState(page, { timeout: 5_000 })).toBe('none');
    } finally {
      await page.close();
    }
  });
});
