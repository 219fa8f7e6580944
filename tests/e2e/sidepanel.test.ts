/**
 * The side panel and the popup in real Chromium with the built extension (.output/chrome-mv3).
 * sidepanel.html is opened as an ordinary tab next to a report tab (chrome.sidePanel.open() needs a user
 * gesture); the panel then describes the tab the user came from. Checked: every view renders the
 * report in Chinese; a collection made and filled through the UI (save all targets, clip a section) is
 * exported as JSON and CSV through the UI (real downloads, validated); the JSON imported through the UI
 * into a fresh profile gives the same collection. Screenshots of each view and of the popup go to
 * test-results/screenshots/ (UPDATE_DOCS=1 copies two of them to docs/ for the README).
 *
 * The first profile runs the Chinese UI (the harness's default, zh-CN); the fresh profile the English
 * one, so that import is exercised in both languages.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_CSV_HEADERS } from '../../lib/export/collection-csv';
import { collectionExportSchema, type CollectionExport } from '../../lib/schema/collection-export';
import { REPO_ROOT, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { SCREENSHOT_DIR, inkRatio, screenshot, waitForReportState } from './support/page-probes';
import { startFixtureServer, type FixtureServer } from './support/server';

declare const chrome: {
  storage: { local: { get(keys?: null): Promise<Record<string, unknown>> } };
};

const REPORT = 'provincial-trs.html'; // 2025年湖北省政府工作报告 on a TRS template
const COLLECTION = '2025 各省目标';
const HAN = /[\u4e00-\u9fff]/;
/** A label in either UI language (the fresh profile runs the English UI). */
const either = (zh: string, en: string) => new RegExp(`^(${zh}|${en})`);

let server: FixtureServer;
let browser: ExtensionBrowser;
let report: Page;
let panel: Page;
/** Targets and results the 指标 table listed (all saved). */
let targetTotal = 0;
const downloads: { json?: { name: string; text: string }; csv?: { name: string; bytes: Buffer } } = {};

/**
 * Runs in the panel (a string, so the test's transpiler adds no helpers to it): resolves when every row's
 * save button of the 指标 table is disabled (saved), with the time since the click on 保存本页全部指标 and the
 * number of chrome.storage.local.get calls the panel made meanwhile.
 */
const SAVE_ALL_TIMING = `new Promise((resolve) => {
  const area = chrome.storage.local;
  const get = area.get.bind(area);
  let reads = 0;
  area.get = (...args) => { reads++; return get(...args); };
  let clickedAt = null;
  document.addEventListener('click', (e) => {
    if (/^保存本页全部指标/.test(e.target.textContent || '')) clickedAt = performance.now();
  }, { capture: true, once: true });
  const tick = () => {
    const buttons = [...document.querySelectorAll('tr.sp-row button.sp-button--small')];
    if (clickedAt !== null && buttons.length > 0 && buttons.every((b) => b.disabled)) {
      area.get = get;
      resolve({ ms: Math.round(performance.now() - clickedAt), reads });
    } else setTimeout(tick, 5);
  };
  tick();
})`;

async function openPanel(b: ExtensionBrowser, viewport = { width: 420, height: 860 }): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
  return page;
}

async function selectTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

/** Click an export button and read the file the browser downloaded. */
async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]) as [Download, unknown];
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  report = await browser.context.newPage();
  await report.goto(server.govUrl(REPORT));
  expect(await waitForReportState(report)).toBe('ready');
  panel = await openPanel(browser);
  await report.bringToFront();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the side panel next to a report tab', () => {
  it('shows the report of the tab the user came from, with its targets grouped by section (指标)', async () => {
    await expect.poll(() => panel.locator('.sp-header__title').textContent(), { timeout: 10_000 }).toContain('湖北');
    await expect.poll(() => panel.locator('tr.sp-row').count()).toBeGreaterThan(20);
    const text = await panel.locator('main').innerText();
    expect(text).toContain('地区生产总值');
    expect(text).toMatch(/增长6%左右|6%/);
    const shot = await screenshot(panel, 'sidepanel-targets');
    expect(await inkRatio(panel, shot.png)).toBeGreaterThan(0.01);
    // Switching to the panel's own tab keeps the report (it does not describe itself).
    await panel.bringToFront();
    await report.bringToFront();
    await expect.poll(() => panel.locator('.sp-header__title').textContent()).toContain('湖北');
  });

  it('draws the keyword chart as SVG with Chinese terms (关键词)', async () => {
    await selectTab(panel, /^关键词/);
    const svg = panel.locator('svg.sp-chart').first();
    await svg.waitFor();
    const labels = await panel.locator('svg.sp-chart text').allTextContents();
    expect(labels.filter((l) => HAN.test(l)).length).toBeGreaterThan(5);
    expect(labels.join('')).toMatch(/高质量发展|新质生产力|科技创新/);
    await screenshot(panel, 'sidepanel-keywords');
  });

  it('lists the sections with their target counts (目录)', async () => {
    await selectTab(panel, /^目录/);
    const text = await panel.locator('.sp-outline').innerText();
    expect(text).toMatch(/一、/);
    expect(text).toMatch(/工作回顾|主要预期目标|重点/);
    await screenshot(panel, 'sidepanel-outline');
  });

  it('makes a collection, saves every target of the page and clips a section into it (合集)', async () => {
    await selectTab(panel, /^合集/);
    await panel.getByLabel('新建合集').fill(COLLECTION);
    await panel.getByRole('button', { name: '新建', exact: true }).click();
    const item = panel.locator('section.sp-collection', { hasText: COLLECTION });
    await item.waitFor();
    await item.getByRole('radio').check();
    await expect.poll(() => item.getAttribute('class')).toContain('sp-collection--current');

    await selectTab(panel, /^指标/);
    const saveAll = panel.getByRole('button', { name: /^保存本页全部指标/ });
    const total = Number(/（(\d+)）/.exec((await saveAll.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(50);
    targetTotal = total;
    // Timed inside the panel (Playwright's own polling of a 175-row table costs more than the save): from
    // the click to every row's button saying saved, and the panel's storage reads meanwhile. A measurement
    // printed for the record, not a budget.
    const timing = panel.evaluate(SAVE_ALL_TIMING) as Promise<{ ms: number; reads: number }>;
    await saveAll.click();
    const { ms, reads } = await timing;
    console.info(`save all: ${total} targets saved and shown in ${ms} ms, with ${reads} storage reads by the panel`);
    // Every row says saved once the clips are stored (the table draws its rows in chunks: wait for all).
    await expect.poll(() => panel.locator('tr.sp-row').count(), { timeout: 10_000 }).toBe(total);
    await expect.poll(() => panel.getByRole('button', { name: /已保存$/ }).count(), { timeout: 10_000 }).toBe(total);
    // One write, so one re-read of the store (plus the few reads of the save itself), not one per clip.
    expect(reads).toBeLessThan(10);
    await selectTab(panel, /^目录/);
    const clipButtons = panel.getByRole('button', { name: /^剪藏此节：/ });
    const sectionTitle = ((await clipButtons.first().getAttribute('aria-label')) ?? '').replace(/^剪藏此节：/, '');
    await clipButtons.first().click();
    await expect.poll(() => panel.getByRole('button', { name: `已剪藏：${sectionTitle}` }).count()).toBe(1);

    await selectTab(panel, /^合集/);
    // One clip per mention (targets that share one, 分别增长…, are one clip), and the section.
    const cards = item.getByRole('article');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBeGreaterThan(total / 2);
    const count = await cards.count();
    expect(await item.getByRole('button', { name: /^剪藏 \d+$/ }).textContent()).toBe(`剪藏 ${count}`);
    expect(count).toBeLessThanOrEqual(total + 1);
    expect(await item.innerText()).toContain('湖北');
    await screenshot(panel, 'sidepanel-collections');
  });

  it('compares an indicator across the collection (对比)', async () => {
    await selectTab(panel, /^对比/);
    const text = await panel.locator('.sp-panel:not([hidden])').innerText();
    expect(text).toContain('湖北');
    expect(text).toMatch(/生产总值|GDP/);
    await screenshot(panel, 'sidepanel-compare');
  });

  it('exports the collection as JSON and CSV through the UI: valid against the schema, BOM and header', async () => {
    await selectTab(panel, /^合集/);
    const scope = panel.getByLabel('导出内容');
    expect(await scope.locator('option:checked').textContent()).toMatch(new RegExp(`^${COLLECTION}（\\d+ 条剪藏）$`));

    const json = await download(panel, panel.getByRole('button', { name: `将“${COLLECTION}”导出为 JSON（完整）` }));
    expect(json.name).toMatch(/^政府工作报告-2025-各省目标-\d{4}-\d\d-\d\d\.json$/);
    const doc: CollectionExport = collectionExportSchema.parse(JSON.parse(json.bytes.toString('utf8')));
    expect(doc.collections.map((c) => c.name)).toEqual([COLLECTION]);
    const clips = await panel.locator('article').count();
    expect(doc.clips).toHaveLength(clips);
    expect(doc.clips.every((c) => c.source.region === '湖北省' && c.source.year === 2025)).toBe(true);
    expect(doc.clips.filter((c) => c.kind === 'section')).toHaveLength(1);
    expect(doc.clips.flatMap((c) => c.targets).some((t) => t.indicator?.includes('生产总值'))).toBe(true);
    // Every target of the page is in the file once, at its place in the page (offsets are clip-relative).
    const saved = new Set(
      doc.clips
        .filter((c) => c.kind === 'target')
        .flatMap((c) => c.targets.map((t) => `${c.selectors.position.start + t.start}:${c.selectors.position.start + t.end}:${t.indicator}:${t.value}`)),
    );
    expect(saved.size).toBe(targetTotal);
    const quotes = doc.clips.map((c) => `${c.selectors.position.start}:${c.selectors.position.end}`);
    expect(new Set(quotes).size).toBe(quotes.length);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: '已导出' }).textContent()).toBe(`已导出：${json.name}`);
    downloads.json = { name: json.name, text: json.bytes.toString('utf8') };

    const csv = await download(panel, panel.getByRole('button', { name: `将“${COLLECTION}”导出为 CSV（Excel）` }));
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(COLLECTION_CSV_HEADERS.zh.join(','));
    const targets = doc.clips.reduce((n, c) => n + c.targets.length, 0);
    expect(text.match(/湖北省/g)!.length).toBeGreaterThanOrEqual(targets);
    downloads.csv = csv;
    await panel.locator('.sp-files').scrollIntoViewIfNeeded();
    await screenshot(panel, 'sidepanel-export');
  });

  it('shows the popup with the quick export of the current collection', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const heading = popup.getByRole('heading', { name: `快速导出当前合集“${COLLECTION}”` });
    await heading.waitFor();
    const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(file.suggestedFilename()).toBe(downloads.csv?.name);
    expect((await popup.locator('main').innerText()).match(HAN)).not.toBeNull();
    await screenshot(popup, 'popup');
    await popup.close();
  });

  it('imports the exported JSON into a fresh profile through the UI and gets the same collection', async () => {
    expect(downloads.json).toBeDefined();
    const fresh = await launchWithExtension({ lang: 'en-US' });
    try {
      const other = await openPanel(fresh);
      await selectTab(other, either('合集', 'Collections'));
      // The language of the messages Chromium picked (English where its en-US locale pack is used).
      const lang = (await other.getByRole('tab', { name: either('合集', 'Collections') }).textContent())?.startsWith('合集') ? 'zh' : 'en';
      const dir = await mkdtemp(join(tmpdir(), 'gov-report-import-'));
      const path = join(dir, downloads.json!.name);
      await writeFile(path, downloads.json!.text);
      await other.getByLabel(either('从 JSON 文件导入', 'Import from a JSON file')).setInputFiles(path);
      const preview = other.locator('.sp-import__counts');
      await preview.waitFor();
      const doc = collectionExportSchema.parse(JSON.parse(downloads.json!.text));
      const firstRow = await preview.locator('tbody tr').first().locator('td').allTextContents();
      expect(firstRow).toEqual(['1', String(doc.clips.length)]);
      await preview.scrollIntoViewIfNeeded();
      await screenshot(other, 'sidepanel-import-preview');
      // Nothing written before the user confirms.
      const before = await fresh.serviceWorker.evaluate(() => chrome.storage.local.get(null));
      expect(Object.keys(before).filter((k) => k.startsWith('clip:'))).toEqual([]);
      await other.getByRole('button', { name: /^(确认导入|Import)$/ }).click();
      await expect.poll(() => other.locator('.sp-import [role="status"]').textContent(), { timeout: 10_000 }).toMatch(lang === 'zh' ? /^导入完成：新增 1 个合集/ : /^Imported: added 1 collections/);

      const item = other.locator('section.sp-collection', { hasText: COLLECTION });
      await item.waitFor();
      // The same collection, exported again from the fresh profile: identical records. (Its current
      // collection is still the default one, so pick the imported one first.)
      await other.getByLabel(either('导出内容', 'What to export')).selectOption(doc.collections[0]!.id);
      const again = await download(other, other.getByRole('button', { name: lang === 'zh' ? `将“${COLLECTION}”导出为 JSON（完整）` : `Export “${COLLECTION}” as JSON (complete)` }));
      const redo = collectionExportSchema.parse(JSON.parse(again.bytes.toString('utf8')));
      expect(redo.collections).toEqual(doc.collections);
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect([...redo.clips].sort(byId)).toEqual([...doc.clips].sort(byId));
      await screenshot(other, `sidepanel-imported-${lang}`);
      await rm(dir, { recursive: true, force: true });
    } finally {
      await fresh.close();
    }
  });

  it('saves the 指标 and 合集 screenshots as PNG (UPDATE_DOCS=1 also refreshes the README copies in docs/)', async () => {
    for (const name of ['sidepanel-targets', 'sidepanel-collections']) {
      const png = await readFile(join(SCREENSHOT_DIR, `${name}.png`));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // Tests leave tracked files alone; the README's copies change only when asked.
      if (process.env.UPDATE_DOCS === '1') {
        await mkdir(join(REPO_ROOT, 'docs'), { recursive: true });
        await copyFile(join(SCREENSHOT_DIR, `${name}.png`), join(REPO_ROOT, 'docs', `${name}.png`));
      }
    }
  });
});
