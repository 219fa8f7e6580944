// Read what the extension did to a page, from the outside, the way a user would see it:
// the CSS Custom Highlight registry (shared by page and content script), block geometry,
// the <html data-gov-report> status, screenshots, and whether the content script ran at all.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './browser.ts';

/** Screenshots go here (git-ignored via test-results/). */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results/screenshots');

/** The highlight names of the contract in DESIGN.md. */
export const HIGHLIGHT_NAMES = ['gov-target', 'gov-result', 'gov-keyword', 'gov-clip'] as const;

/** Values <html data-gov-report> takes when the content script is done with a page. */
export type ReportState = 'ready' | 'none' | 'error';

/**
 * The text of every range in CSS.highlights.get(name), in document order ([] when the highlight is
 * not registered). StaticRanges are read through a live Range so both kinds work.
 */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    const ranges: Range[] = [];
    for (const entry of highlight as unknown as Iterable<AbstractRange>) {
      if (entry instanceof Range) {
        ranges.push(entry);
      } else {
        const live = document.createRange();
        live.setStart(entry.startContainer, entry.startOffset);
        live.setEnd(entry.endContainer, entry.endOffset);
        ranges.push(live);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }, name);
}

/** Counts of ranges per highlight name, for all the contract's names at once. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate((names) => {
    const counts: Record<string, number> = {};
    for (const name of names) counts[name] = CSS.highlights.get(name)?.size ?? 0;
    return counts;
  }, [...HIGHLIGHT_NAMES]);
}

export interface BlockBox {
  /** Page coordinates (CSS pixels from the top-left of the document, not the viewport). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The first 40 characters of the element's text, to tell boxes apart in failure messages. */
  text: string;
}

/** Bounding boxes of every element matching `selector`, in document coordinates. */
export async function blockBoxes(page: Page, selector: string): Promise<BlockBox[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((element) => {
      const rect = element.getBoundingClientRect();
      return {
        x: rect.left + window.scrollX,
        y: rect.top + window.scrollY,
        width: rect.width,
        height: rect.height,
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
      };
    });
  }, selector);
}

/** Wait until the content script sets <html data-gov-report> and return its value. */
export async function waitForReportState(page: Page, options: { timeout?: number } = {}): Promise<string> {
  const handle = await page.waitForFunction(
    () => document.documentElement.getAttribute('data-gov-report'),
    undefined,
    { timeout: options.timeout ?? 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Save a full-page (or viewport) PNG to test-results/screenshots/<name>.png; returns the path and bytes. */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<{ path: string; png: Buffer }> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  const png = await page.screenshot({ fullPage: options.fullPage ?? false });
  await writeFile(path, png);
  return { path, png };
}

/**
 * Share of "ink" pixels in a PNG (pixels clearly darker than white), measured by decoding the image
 * in the page's own canvas, so no PNG library is needed. 0 means a blank image.
 */
export async function inkRatio(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const luminance = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      if (luminance < 160) ink += 1;
    }
    return ink / (data.length / 4);
  }, png.toString('base64'));
}

/**
 * Names of the extensions whose content scripts have an isolated world in the page's main frame
 * (read over the DevTools protocol: the page's own scripts cannot see them).
 * Waits up to `timeout` ms for `extensionId` to appear when one is given.
 */
export async function contentScriptWorlds(
  page: Page,
  options: { extensionId?: string; timeout?: number } = {},
): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  const origins = new Set<string>();
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      origins.add(new URL(context.origin).host);
    }
  });
  try {
    // Runtime.enable reports every context that already exists, then new ones as they appear.
    await session.send('Runtime.enable');
    const deadline = Date.now() + (options.timeout ?? 0);
    while (options.extensionId && !origins.has(options.extensionId) && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
    }
    return [...origins];
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** innerText of the first element matching selector ('' when absent): what a reader actually sees. */
export async function visibleText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    return element instanceof HTMLElement ? element.innerText : '';
  }, selector);
}
