/**
 * Saving clips from a report page and finding them again, in real Chromium with the built extension:
 * a selection clipped through the clip-selection path (the context menu and Alt+Shift+S run it), a section
 * through the side panel's message, a target through the hover card's 保存 button, the section around a
 * hovered target (剪藏本节 on the card) and the section the reader is at (the popup's 剪藏本节: of the
 * selection, else at the top of the window), through the same message the popup sends; every clip is stored
 * under its own key, drawn again on `gov-clip` after a reload and after the page was edited, and a clip
 * whose text was removed is reported as an orphan and not drawn. Two tabs saving at once keep every clip.
 *
 * Pages are served from a temporary folder so that the same URL can be given edited content later.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { highlightTexts, screenshot, waitForReportState } from './support/page-probes';
import { PAGES_DIR, startFixtureServer, type FixtureServer } from './support/server';

interface StoredClip {
  id: string;
  kind: string;
  text: string;
  section: string | null;
  source: { url: string; site: string; region: string | null; year: number | null };
  targets: { text: string }[];
  selectors: { quote: { exact: string }; position: { start: number; end: number } };
}
type ClipResult = { ok: true; clip: StoredClip } | { ok: false; error: string };
interface Placement {
  id: string;
  status: 'exact' | 'fuzzy' | 'orphan';
  start?: number;
  end?: number;
}
interface Report {
  status: string;
  sections: { id: number; title: string }[];
  clips: Placement[];
}
/** The background's test hook (entrypoints/background.ts). */
interface Hook {
  reportOf(tabId: number): Promise<Report | null>;
  clipSelection(tabId: number): Promise<ClipResult>;
  clipSection(tabId: number, sectionId: number): Promise<ClipResult>;
  clipSpan(tabId: number, request: { start: number; end: number; kind: string }): Promise<ClipResult>;
  clipCurrentSection(tabId: number): Promise<ClipResult>;
}
/** `chrome` and the hook inside the extension's service worker, as far as these tests use them. */
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  i18n: { getMessage(key: string): string };
};
declare const govReport: Hook;

const REPORT = 'report.html';
const OTHER = 'other.html';
/** In the review part, （二）: one sentence across the page's <span>129.6</span><span>%</span>. */
const SELECTED = '1299个重大项目完成投资1.4万亿元、投资完成率129.6%';
/** A section of the plan part (lib/outline titles carry no numbering). */
const SECTION_TITLE = '协同推进降碳减污扩绿增长，打造高水平生态省';

let browser: ExtensionBrowser;
let server: FixtureServer;
let root: string;
const original = readFileSync(join(PAGES_DIR, 'national-ucap.html'), 'utf8');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gov-clips-pages-'));
  writeFileSync(join(root, REPORT), original);
  copyFileSync(join(PAGES_DIR, 'provincial-trs.html'), join(root, OTHER));
  server = await startFixtureServer(root);
  browser = await launchWithExtension({ args: ['--lang=zh-CN'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const sw = () => browser.serviceWorker;
const reportOf = (tabId: number) => sw().evaluate((id) => govReport.reportOf(id), tabId);
const clipSelection = (tabId: number) => sw().evaluate((id) => govReport.clipSelection(id), tabId);
const clipCurrentSection = (tabId: number) => sw().evaluate((id) => govReport.clipCurrentSection(id), tabId);

async function storedClips(): Promise<StoredClip[]> {
  const all = await sw().evaluate(() => chrome.storage.local.get(null));
  return Object.entries(all)
    .filter(([key]) => key.startsWith('clip:'))
    .map(([, value]) => value as StoredClip);
}

/** The tab id of a page (tab URLs are not visible to the extension without the tabs permission). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const id = await sw().evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** A UI string in the language the browser chose (headless Chromium may pick English). */
const message = (key: string) => sw().evaluate((k) => chrome.i18n.getMessage(k), key);
const noticeText = (page: Page) => page.locator('gov-report-overlay [role="status"]').textContent();

async function open(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.govUrl(file));
  expect(await waitForReportState(page)).toBe('ready');
  return page;
}

/** Selects `passage` in the article with the Selection API, across element boundaries, as a mouse would. */
async function select(page: Page, passage: string): Promise<string> {
  return page.evaluate((wanted) => {
    const article = document.getElementById('UCAP-CONTENT')!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const starts = nodes.map((n) => {
      const at = text.length;
      text += n.data;
      return at;
    });
    const from = text.indexOf(wanted);
    if (from < 0) throw new Error(`passage not on the page: ${wanted}`);
    const point = (offset: number, end: boolean): [Text, number] => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        const s = starts[i]!;
        if (end ? s < offset : s <= offset) return [nodes[i]!, offset - s];
      }
      throw new Error('no node');
    };
    const [a, ao] = point(from, false);
    const [b, bo] = point(from + wanted.length, true);
    a.parentElement!.scrollIntoView({ block: 'center' });
    document.getSelection()!.setBaseAndExtent(a, ao, b, bo);
    return document.getSelection()!.toString();
  }, passage);
}

/** Highlight strings compare without white space: Range.toString() keeps the source's indentation. */
const squash = (s: string) => s.replace(/\s+/g, '');
const clipStrings = async (page: Page) => (await highlightTexts(page, 'gov-clip')).map(squash).sort();

describe('clipping on a report page and finding the clips again', () => {
  let page: Page;
  let tabId: number;
  let selectionClip: StoredClip;
  let sectionClip: StoredClip;

  beforeAll(async () => {
    page = await open(REPORT);
    tabId = await tabIdOf(page);
  });
  afterAll(() => page?.close());

  it('clips the selection through the clip-selection path (context menu, Alt+Shift+S)', async () => {
    expect(await select(page, SELECTED)).toBe(SELECTED);
    const result = await clipSelection(tabId);
    if (!result.ok) throw new Error(result.error);
    selectionClip = result.clip;
    expect(selectionClip.kind).toBe('selection');
    expect(selectionClip.text).toBe(SELECTED);
    expect(selectionClip.section).toBe('扩大有效益的投资、激发有潜能的消费，提振内需取得积极进展');
    expect(selectionClip.selectors.quote.exact).toBe(SELECTED);
    expect(selectionClip.source.url).toBe(server.govUrl(REPORT));
    expect(selectionClip.source.region).toBe('浙江省');
    expect(selectionClip.targets.map((t) => t.text).join('|')).toContain('1.4万亿元');
    // The page says so, in its own corner.
    const saved = await message('clipSaved');
    expect(saved).not.toBe('');
    await expect.poll(() => noticeText(page)).toContain(saved);
  });

  it('says why when nothing of the report is selected', async () => {
    await page.evaluate(() => {
      const nav = document.querySelector('.header_nav')!;
      document.getSelection()!.selectAllChildren(nav);
    });
    const result = await clipSelection(tabId);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(await message('clipOutsideArticle'));
    await expect.poll(() => noticeText(page)).toContain(await message('clipOutsideArticle'));
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    const none = await clipSelection(tabId);
    expect(none).toEqual({ ok: false, error: await message('clipNoSelection') });
  });

  it('clips a section through the side panel\'s message', async () => {
    const report = await reportOf(tabId);
    const section = report!.sections.find((s) => s.title === SECTION_TITLE);
    expect(section).toBeDefined();
    const result = await sw().evaluate(([id, sid]) => govReport.clipSection(id, sid), [tabId, section!.id] as const);
    if (!result.ok) throw new Error(result.error);
    sectionClip = result.clip;
    expect(sectionClip.kind).toBe('section');
    expect(sectionClip.section).toBe(SECTION_TITLE);
    expect(sectionClip.text.startsWith(`（九）${SECTION_TITLE}`)).toBe(true);
    expect(sectionClip.text.length).toBeGreaterThan(300);
  });

  it('keeps both in storage, each under its own key', async () => {
    const stored = await storedClips();
    expect(stored.map((c) => c.id).sort()).toEqual([selectionClip.id, sectionClip.id].sort());
    expect(stored.find((c) => c.id === selectionClip.id)!.text).toBe(SELECTED);
    expect(stored.find((c) => c.id === sectionClip.id)!.text).toBe(sectionClip.text);
  });

  it('draws both on gov-clip without a reload (the store change reaches the page)', async () => {
    await expect.poll(() => clipStrings(page)).toEqual([squash(SELECTED), squash(sectionClip.text)].sort());
  });

  it('draws both again after a reload, at their stored positions', async () => {
    await page.reload();
    expect(await waitForReportState(page)).toBe('ready');
    await expect.poll(() => clipStrings(page)).toEqual([squash(SELECTED), squash(sectionClip.text)].sort());
    const report = await reportOf(tabId);
    const byId = new Map(report!.clips.map((c) => [c.id, c]));
    for (const clip of [selectionClip, sectionClip]) {
      const { start, end } = clip.selectors.position;
      expect(byId.get(clip.id)).toEqual({ id: clip.id, status: 'exact', start, end });
    }
    await page.evaluate(() => document.querySelector('#UCAP-CONTENT p:nth-of-type(7)')!.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'clips-drawn-again');
  });

  it('finds both after a paragraph was inserted before them', async () => {
    const inserted = '<p style="text-indent: 2em;">受省长委托，现将政府工作报告书面印发各位代表，请一并审议。</p>\n';
    const edited = original.replace(/(<p[^>]*>各位代表：<\/p>\n)/, `$1${inserted}`);
    expect(edited).not.toBe(original);
    writeFileSync(join(root, REPORT), edited);
    await page.reload();
    expect(await waitForReportState(page)).toBe('ready');
    await expect.poll(() => clipStrings(page)).toEqual([squash(SELECTED), squash(sectionClip.text)].sort());
    const report = await reportOf(tabId);
    for (const clip of [selectionClip, sectionClip]) {
      const placed = report!.clips.find((c) => c.id === clip.id)!;
      expect(placed.status).not.toBe('orphan');
      // Moved by the inserted paragraph (its text and a line break), not found at the old offsets.
      expect(placed.start).toBeGreaterThan(clip.selectors.position.start);
    }
  });

  it('reports a clip whose text was removed as an orphan and draws only the other', async () => {
    const current = readFileSync(join(root, REPORT), 'utf8');
    const removed = current.replace('1299个重大项目完成投资1.4万亿元、投资完成率<span>129.6</span><span>%</span>；', '');
    expect(removed).not.toBe(current);
    writeFileSync(join(root, REPORT), removed);
    await page.reload();
    expect(await waitForReportState(page)).toBe('ready');
    await expect.poll(async () => (await reportOf(tabId))!.clips.length).toBe(2);
    const report = await reportOf(tabId);
    expect(report!.clips.find((c) => c.id === selectionClip.id)).toEqual({ id: selectionClip.id, status: 'orphan' });
    expect(report!.clips.find((c) => c.id === sectionClip.id)!.status).toBe('exact');
    expect(await clipStrings(page)).toEqual([squash(sectionClip.text)]);
    writeFileSync(join(root, REPORT), original);
  });
});

/**
 * Points the mouse at the target whose highlighted text is `text` until its card shows, and returns the
 * card (a late scroll event from scrollIntoView hides a card: point again).
 */
async function showCard(page: Page, text: string) {
  const box = await page.evaluate((wanted) => {
    for (const r of CSS.highlights.get('gov-target') as unknown as Iterable<AbstractRange>) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== wanted) continue;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  expect(box).not.toBeNull();
  const card = page.locator('gov-report-overlay [role="dialog"]');
  const close = card.getByRole('button', { name: await message('cardClose') });
  for (let attempt = 0; attempt < 5 && !(await close.isVisible()); attempt++) {
    await page.waitForTimeout(150);
    await page.mouse.move(box!.x + 1 + attempt, box!.y, { steps: 2 });
    await card.waitFor({ timeout: 1000 }).catch(() => undefined);
  }
  return card;
}

describe('saving from the hover card', () => {
  it('saves the hovered target into the collection and says so', async () => {
    const page = await open(REPORT);
    try {
      const card = await showCard(page, '生产总值增长5.5%左右');
      const save = card.getByRole('button', { name: await message('cardSave') });
      const before = (await storedClips()).length;
      await save.click({ timeout: 5000 });
      await expect.poll(() => noticeText(page)).toContain(await message('clipSaved'));
      const stored = await storedClips();
      expect(stored.length).toBe(before + 1);
      const saved = stored.find((c) => c.kind === 'target');
      expect(saved?.text).toBe('生产总值增长5.5%左右');
      expect(saved?.targets.map((t) => t.text)).toEqual(['生产总值增长5.5%左右']);
      await screenshot(page, 'clips-hover-saved');
    } finally {
      await page.close();
    }
  });

  it('clips the section of the hovered target with 剪藏本节', async () => {
    const page = await open(REPORT);
    try {
      const card = await showCard(page, '电力装机2000万千瓦以上');
      const before = new Set((await storedClips()).map((c) => c.id));
      await card.getByRole('button', { name: await message('cardClipSection') }).click({ timeout: 5000 });
      await expect.poll(() => noticeText(page)).toContain(await message('clipSaved'));
      const added = (await storedClips()).filter((c) => !before.has(c.id));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ kind: 'section', section: SECTION_TITLE });
      expect(added[0]!.text.startsWith(`（九）${SECTION_TITLE}`)).toBe(true);
      expect(added[0]!.targets.map((t) => t.text)).toContain('电力装机2000万千瓦以上');
    } finally {
      await page.close();
    }
  });
});

describe("clip this section (the popup's 剪藏本节, through the message path)", () => {
  let page: Page;
  let tabId: number;
  let before: Set<string>;

  beforeAll(async () => {
    page = await open(REPORT);
    tabId = await tabIdOf(page);
    before = new Set((await storedClips()).map((c) => c.id));
  });
  afterAll(() => page?.close());

  /** Scrolls the article paragraph that holds `passage` to the top of the window, with nothing selected. */
  const scrollToTop = (passage: string) =>
    page.evaluate((wanted) => {
      document.getSelection()!.removeAllRanges();
      const p = [...document.querySelectorAll('#UCAP-CONTENT p')].find((el) => el.textContent!.includes(wanted));
      if (!p) throw new Error(`not on the page: ${wanted}`);
      p.scrollIntoView({ block: 'start', behavior: 'instant' });
      return p.getBoundingClientRect().top;
    }, passage);

  it('clips the section where the selection starts', async () => {
    expect(await select(page, SELECTED)).toBe(SELECTED);
    const result = await clipCurrentSection(tabId);
    if (!result.ok) throw new Error(result.error);
    expect(result.clip.kind).toBe('section');
    expect(result.clip.section).toBe('扩大有效益的投资、激发有潜能的消费，提振内需取得积极进展');
    expect(result.clip.text.startsWith('（二）扩大有效益的投资')).toBe(true);
    expect(result.clip.text).toContain(SELECTED);
    await expect.poll(() => noticeText(page)).toContain(await message('clipSaved'));
  });

  it('with nothing selected, clips the section at the top of the window', async () => {
    expect(Math.abs(await scrollToTop(`（九）${SECTION_TITLE}`))).toBeLessThan(2);
    const atHeading = await clipCurrentSection(tabId);
    if (!atHeading.ok) throw new Error(atHeading.error);
    expect(atHeading.clip.section).toBe(SECTION_TITLE);
    // Further down, inside the section's body: the same section, not the heading's neighbour.
    await scrollToTop('电力装机2000万千瓦以上');
    const inBody = await clipCurrentSection(tabId);
    if (!inBody.ok) throw new Error(inBody.error);
    expect(inBody.clip.section).toBe(SECTION_TITLE);
    expect(inBody.clip.text).toBe(atHeading.clip.text);
  });

  it('stores each clip under its own key and draws them on the page', async () => {
    const added = (await storedClips()).filter((c) => !before.has(c.id));
    expect(added.map((c) => c.kind)).toEqual(['section', 'section', 'section']);
    expect(added.every((c) => c.source.url === server.govUrl(REPORT))).toBe(true);
    await expect.poll(async () => (await clipStrings(page)).some((t) => t.startsWith(squash(`（九）${SECTION_TITLE}`)))).toBe(true);
  });

  it('says why when the window shows no article text', async () => {
    // Room below the footer, outside the article, so the article can be scrolled wholly out of view.
    const articleBottom = await page.evaluate(() => {
      document.getSelection()!.removeAllRanges();
      const room = document.body.appendChild(document.createElement('div'));
      room.style.height = '3000px';
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      return document.getElementById('UCAP-CONTENT')!.getBoundingClientRect().bottom;
    });
    expect(articleBottom).toBeLessThanOrEqual(0);
    expect(await clipCurrentSection(tabId)).toEqual({ ok: false, error: await message('clipNoSectionHere') });
  });
});

describe('two tabs saving at the same moment', () => {
  it('keeps every clip of both tabs', async () => {
    const a = await open(REPORT);
    const b = await open(OTHER);
    try {
      const ids = [await tabIdOf(a), await tabIdOf(b)] as const;
      const before = new Set((await storedClips()).map((c) => c.id));
      // Eight saves in flight together: four spans of each page's article, sent to both tabs at once.
      const results = await sw().evaluate(
        (tabs) =>
          Promise.all(
            [0, 1, 2, 3].flatMap((i) => tabs.map((tab) => govReport.clipSpan(tab, { start: 200 + i * 60, end: 240 + i * 60, kind: 'selection' }))),
          ),
        ids,
      );
      expect(results.every((r) => r.ok)).toBe(true);
      const saved = results.map((r) => (r.ok ? r.clip : null)!);
      const after = await storedClips();
      const added = after.filter((c) => !before.has(c.id));
      expect(added.map((c) => c.id).sort()).toEqual(saved.map((c) => c.id).sort());
      expect(new Set(added.map((c) => c.source.url))).toEqual(new Set([server.govUrl(REPORT), server.govUrl(OTHER)]));
      // And each tab draws its own four.
      await expect.poll(async () => (await highlightTexts(b, 'gov-clip')).length).toBe(4);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('the 剪藏 button next to a selection', () => {
  /** Screen points just inside the first and the last character of `passage` in the element `selector`. */
  async function endsOf(page: Page, selector: string, passage: string) {
    return page.evaluate(
      ([sel, wanted]) => {
        const root = document.querySelector(sel)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(wanted);
          if (at < 0) continue;
          (n.parentElement as Element).scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + 1);
          const first = range.getBoundingClientRect();
          range.setStart(n, at + wanted.length - 1);
          range.setEnd(n, at + wanted.length);
          const last = range.getBoundingClientRect();
          return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
        }
        throw new Error(`not on the page in one text node: ${wanted}`);
      },
      [selector, passage] as const,
    );
  }

  async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
  }

  it('appears when article text is selected with the mouse, and clips exactly that selection', async () => {
    const page = await open(OTHER);
    try {
      const adder = page.locator('gov-report-overlay .gov-adder');
      // A selection in the site chrome (the footer) gets no button.
      const footer = await endsOf(page, '.footer', '主办单位：湖北省人民政府办公厅');
      await drag(page, footer.from, footer.to);
      expect(squash(await page.evaluate(() => document.getSelection()!.toString()))).toContain('主办单位');
      await page.waitForTimeout(100);
      expect(await adder.count()).toBe(0);

      const ends = await endsOf(page, '.TRS_Editor', '我代表省人民政府向大会报告工作');
      await drag(page, ends.from, ends.to);
      await expect.poll(() => adder.count()).toBe(1);
      expect(await adder.getAttribute('aria-label')).toBe(await message('adderLabel'));
      const selected = await page.evaluate(() => document.getSelection()!.toString());
      expect(squash(selected)).toContain('省人民政府向大会报告');
      // The button sits below or above the selection's last line, not over it.
      const box = (await adder.boundingBox())!;
      expect(box.y >= ends.to.y + 4 || box.y + box.height <= ends.to.y - 4).toBe(true);

      const before = new Set((await storedClips()).map((c) => c.id));
      await adder.click();
      await expect.poll(() => noticeText(page)).toContain(await message('clipSaved'));
      const added = (await storedClips()).filter((c) => !before.has(c.id));
      expect(added).toHaveLength(1);
      expect(added[0]!.kind).toBe('selection');
      expect(squash(added[0]!.text)).toBe(squash(selected));
      expect(await adder.count()).toBe(0);

      // Escape takes the button away without clipping. (Pressing inside a selection would drag the
      // selected text: the reader clicks elsewhere first.)
      await page.mouse.click(ends.to.x + 40, ends.to.y + 120);
      await drag(page, ends.from, ends.to);
      await expect.poll(() => adder.count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => adder.count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
