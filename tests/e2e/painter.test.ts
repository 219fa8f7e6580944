// The painter and hit-testing in real Chromium: lib/dom is bundled with esbuild into one script, injected
// into a served report page, and driven through page.evaluate. Both ways of painting are checked against
// what a user sees: the highlight registry, computed ::highlight() styles, block geometry, the DOM after
// tear-down, and the offset under a point.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path)) ?? '/usr/lib/chromium/chromium';

/** What the bundle puts on window.GovPaint. */
type Bundle = typeof import('../../lib/dom/painter') &
  typeof import('../../lib/dom/hit-test') &
  typeof import('../../lib/dom/text-index');

/** Sentences from tests/fixtures/corpus/reports/2022_咸阳市.txt, laid out the way report sites do. */
const REPORT_PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>2022年咸阳市政府工作报告</title>
<style>
  body { margin: 0; padding: 24px; width: 760px; font: 16px/2 "Noto Serif CJK SC", serif; }
  .TRS_Editor p { margin: 0 0 12px; text-indent: 2em; }
  .TRS_Editor table { border-collapse: collapse; }
  .TRS_Editor td { border: 1px solid #999; padding: 2px 8px; }
</style></head>
<body>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; 政务公开</div>
<div class="TRS_Editor" id="article">
  <p>一、过去五年工作回顾</p>
  <p>招商引资累计到位资金<span>3837.3</span>亿元,固定资产投资年均增长<b>6.9%</b>、累计完成投资10431.5亿元。</p>
  <p>社会消费品零售总额迈上千亿大关、年均增长9%,现代物流、电子商务集聚发展,10个县市成为国家电子商务进农村综合示范县。</p>
  <p>二、2022年工作安排</p>
  <p>今年主要预期目标是:地区生产总值增长<span lang="EN-US" style="font-family:'Times New Roman'">7%</span>左右,规模以上工业增加值增长7.5%左右,<br>
  固定资产投资增长9%左右,社会消费品零售总额增长10%左右,地方一般公共预算收入增长6%左右;城乡居民人均可支配收入分别增长8%、10%左右;粮食产量保持在181万吨以上;能耗强度在“十四五”规划期内统筹考核。</p>
  <table>
    <tr><td>城镇新增就业</td><td>4.5万人以上</td></tr>
  </table>
  <p>聚力高质量发展。</p>
</div>
</body></html>`;

/** Phrases per layer; each is looked up in the text index of the article. */
const LAYERS: Record<string, string[]> = {
  'gov-result': ['固定资产投资年均增长6.9%', '年均增长9%'],
  'gov-target': ['地区生产总值增长7%左右', '规模以上工业增加值增长7.5%左右,\n固定资产投资增长9%左右', '粮食产量保持在181万吨以上', '城镇新增就业\n4.5万人以上'],
  'gov-clip': ['社会消费品零售总额迈上千亿大关'],
};
const KEYWORDS: Record<string, string[]> = {
  investment: ['招商引资'],
  keynote: ['高质量发展'],
  green: ['能耗强度'],
};

let server: Server;
let baseUrl: string;
let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: {
      contents: [
        "export * from './lib/dom/painter';",
        "export * from './lib/dom/hit-test';",
        "export { buildTextIndex, toRange } from './lib/dom/text-index';",
      ].join('\n'),
      resolveDir: REPO,
      loader: 'ts',
      sourcefile: 'painter-bundle.ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'GovPaint',
    platform: 'browser',
    target: 'chrome110',
    write: false,
  });
  bundle = result.outputFiles[0]!.text;
  server = createServer((req, res) => {
    if (req.url === '/report.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(REPORT_PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** Opens the page, injects the bundle, and paints every layer with the given painter (or the default). */
async function openPainted(mode?: 'wrap') {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`${baseUrl}/report.html`);
  await page.addScriptTag({ content: bundle });
  const before = await blockRects(page);
  const info = await page.evaluate(
    ({ mode, layers, keywords }) => {
      const g = (window as unknown as { GovPaint: Bundle }).GovPaint;
      const article = document.getElementById('article')!;
      const w = window as unknown as Record<string, unknown>;
      // The DOM as it was, to compare after tear-down.
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      w.__before = { html: article.innerHTML, nodes, data: nodes.map((n) => n.data) };
      const index = g.buildTextIndex(article);
      const find = (phrase: string) => {
        const start = index.text.indexOf(phrase);
        if (start < 0) throw new Error(`not in the article: ${phrase}`);
        return { start, end: start + phrase.length };
      };
      const painter = g.createPainter(document, mode ? { force: mode } : {});
      // As the content script does: every Range first, then one paint per layer.
      const prepared = Object.entries(layers).map(([layer, phrases]) => [layer, phrases.map((p) => {
        const { start, end } = find(p);
        return g.toRange(index, start, end)!;
      })] as const);
      const byTheme = new Map(Object.entries(keywords).map(([theme, phrases]) => [theme, phrases.map((p) => {
        const { start, end } = find(p);
        return g.toRange(index, start, end)!;
      })]));
      for (const [layer, ranges] of prepared) painter.paint(layer, ranges);
      painter.paintKeywords(byTheme);
      painter.flush();
      w.__state = { painter, index, find };
      return { mode: painter.mode, text: index.text };
    },
    { mode, layers: LAYERS, keywords: KEYWORDS },
  );
  return { page, before, info };
}

/** Every block of the article with its box, in document order. */
function blockRects(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#article p, #article td, #article table')].map((el) => {
      const r = el.getBoundingClientRect();
      return [el.tagName, r.x, r.y, r.width, r.height];
    }),
  );
}

/**
 * The viewport centre of each character of a phrase. Characters are found in the DOM as it is now (the wrap
 * painter splits text nodes): every character of every text node is mapped back to an index offset.
 */
function charCentres(page: Page, phrase: string) {
  return page.evaluate((phrase) => {
    const g = (window as unknown as { GovPaint: Bundle }).GovPaint;
    const { index, find } = (window as unknown as { __state: { index: ReturnType<Bundle['buildTextIndex']>; find: (p: string) => { start: number } } }).__state;
    const where = new Map<number, [Text, number]>();
    const walker = document.createTreeWalker(document.getElementById('article')!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let i = 0; i < node.length; i++) {
        const p = g.originalPoint(node, i);
        const offset = index.offsetOf(p.node, p.offset);
        if (offset !== null && index.offsetOf(p.node, p.offset + 1) === offset + 1) where.set(offset, [node, i]);
      }
    }
    const { start } = find(phrase);
    const out: Array<{ offset: number; x: number; y: number }> = [];
    for (let i = start; i < start + phrase.length; i++) {
      const at = where.get(i);
      if (!at) continue; // a line break of the index: no character of its own
      const range = document.createRange();
      range.setStart(at[0], at[1]);
      range.setEnd(at[0], at[1] + 1);
      const r = range.getClientRects()[0]!;
      out.push({ offset: i, x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }
    return out;
  }, phrase);
}

function offsetAt(page: Page, x: number, y: number) {
  return page.evaluate(({ x, y }) => {
    const g = (window as unknown as { GovPaint: Bundle }).GovPaint;
    const { index } = (window as unknown as { __state: { index: ReturnType<Bundle['buildTextIndex']> } }).__state;
    return {
      offset: g.offsetAtPoint(document, x, y, index),
      onlyOver: g.offsetAtPoint(document, x, y, index, { onlyOverHighlight: true }),
      any: g.anyHighlightAt(document, x, y),
    };
  }, { x, y });
}

/** A point in the empty space right of the last line of 聚力高质量发展。 */
function pointAfterShortLine(page: Page) {
  return page.evaluate(() => {
    const p = [...document.querySelectorAll('#article p')].at(-1)!;
    const range = document.createRange();
    range.selectNodeContents(p);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1]!;
    return { x: last.right + 200, y: last.top + last.height / 2 };
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('painter in Chromium: CSS Custom Highlight API', () => {
  it('registers the contract names with the right ranges and leaves the layout as it was', async () => {
    const { page, before, info } = await openPainted();
    expect(info.mode).toBe('highlight-api');
    const registered = await page.evaluate(() => {
      const out: Record<string, { texts: string[]; priority: number }> = {};
      CSS.highlights.forEach((highlight, name) => {
        out[name] = { texts: [...highlight].map((r) => (r as Range).toString()), priority: highlight.priority };
      });
      return out;
    });
    for (const [layer, phrases] of Object.entries(LAYERS)) {
      expect(registered[layer]!.texts.map(squash), layer).toEqual(phrases.map(squash));
    }
    expect(registered['gov-keyword']!.texts).toEqual(['招商引资', '高质量发展', '能耗强度']);
    expect(registered['gov-kw-keynote']!.texts).toEqual(['高质量发展']);
    expect(registered['gov-kw-green']!.priority).toBeGreaterThan(registered['gov-keyword']!.priority);
    expect(registered['gov-target']!.priority).toBeGreaterThan(registered['gov-result']!.priority);
    expect(await page.locator('gov-mark').count()).toBe(0);
    expect(await blockRects(page)).toEqual(before);
    await page.close();
  });

  it('styles the highlights, and the dark palette takes over when asked', async () => {
    const { page } = await openPainted();
    const styles = await page.evaluate(() => {
      const p = document.querySelectorAll('#article p')[4]!;
      const read = () => {
        const t = getComputedStyle(p, '::highlight(gov-target)');
        const r = getComputedStyle(p, '::highlight(gov-result)');
        return { target: t.backgroundColor, targetLine: t.textDecorationStyle, result: r.backgroundColor, resultLine: r.textDecorationStyle };
      };
      const light = read();
      const { painter } = (window as unknown as { __state: { painter: ReturnType<Bundle['createPainter']> } }).__state;
      painter.setDarkPage(true);
      const dark = read();
      return { light, dark };
    });
    expect(styles.light).toEqual({ target: 'rgb(253, 230, 138)', targetLine: 'solid', result: 'rgb(211, 221, 232)', resultLine: 'dotted' });
    expect(styles.dark.target).toBe('rgba(251, 191, 36, 0.35)');
    await page.close();
  });

  it('finds the offset of each character of a highlighted target under the pointer, and nothing after a line end', async () => {
    const { page, info } = await openPainted();
    const centres = await charCentres(page, '地区生产总值增长7%左右');
    expect(centres.length).toBe('地区生产总值增长7%左右'.length);
    for (const c of centres) {
      const hit = await offsetAt(page, c.x, c.y);
      expect(hit.offset, info.text[c.offset]).toBe(c.offset);
      expect(hit.onlyOver).toBe(c.offset);
      expect(hit.any).toBe(true);
    }
    const names = await page.evaluate(({ x, y }) => {
      const g = (window as unknown as { GovPaint: Bundle }).GovPaint;
      return g.highlightNamesAt(document, x, y);
    }, centres[0]!);
    expect(names).toContain('gov-target');
    const empty = await pointAfterShortLine(page);
    expect(await offsetAt(page, empty.x, empty.y)).toEqual({ offset: null, onlyOver: null, any: false });
    await page.close();
  });

  it('flashes a range above the targets and removes the flash', async () => {
    const { page } = await openPainted();
    const seen = await page.evaluate(async () => {
      const { painter, index, find } = (window as unknown as { __state: { painter: ReturnType<Bundle['createPainter']>; index: ReturnType<Bundle['buildTextIndex']>; find: (p: string) => { start: number; end: number } } }).__state;
      const g = (window as unknown as { GovPaint: Bundle }).GovPaint;
      const { start, end } = find('粮食产量');
      painter.flash(g.toRange(index, start, end)!, 50);
      const during = CSS.highlights.get('gov-flash');
      const text = during ? [...during].map((r) => (r as Range).toString()) : [];
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { text, after: CSS.highlights.has('gov-flash') };
    });
    expect(seen).toEqual({ text: ['粮食产量'], after: false });
    await page.close();
  });
});

describe('painter in Chromium: wrap fallback', () => {
  it('wraps each layer, keeps every block box where it was, and restores the DOM exactly', async () => {
    const { page, before, info } = await openPainted('wrap');
    expect(info.mode).toBe('wrap');
    const marked = await page.evaluate(() => {
      // Each mark wraps one text node (through any marks nested inside it): its textContent is that text.
      const out: Record<string, string> = {};
      for (const mark of document.querySelectorAll('gov-mark')) {
        const layer = mark.getAttribute('data-layer')!;
        out[layer] = (out[layer] ?? '') + mark.textContent;
      }
      return { out, registered: [...CSS.highlights.keys()] };
    });
    expect(marked.registered.filter((n) => n.startsWith('gov-'))).toEqual([]);
    for (const [layer, phrases] of Object.entries(LAYERS)) expect(squash(marked.out[layer] ?? ''), layer).toBe(squash(phrases.join('')));
    expect(marked.out['gov-keyword']).toBe('招商引资能耗强度高质量发展'); // document order
    expect(marked.out['gov-kw-green']).toBe('能耗强度');
    expect(await blockRects(page)).toEqual(before);
    // Computed style of a wrapped target: the page's font, our background.
    const look = await page.evaluate(() => {
      const mark = document.querySelector('gov-mark[data-layer="gov-target"]')!;
      const s = getComputedStyle(mark);
      const parent = getComputedStyle(mark.parentElement!);
      return { display: s.display, bg: s.backgroundColor, font: s.fontFamily === parent.fontFamily, size: s.fontSize === parent.fontSize };
    });
    expect(look).toEqual({ display: 'inline', bg: 'rgb(253, 230, 138)', font: true, size: true });

    const restored = await page.evaluate(() => {
      const { painter } = (window as unknown as { __state: { painter: ReturnType<Bundle['createPainter']> } }).__state;
      painter.destroy();
      const article = document.getElementById('article')!;
      const was = (window as unknown as { __before: { html: string; nodes: Text[]; data: string[] } }).__before;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      return {
        html: article.innerHTML === was.html,
        count: nodes.length === was.nodes.length,
        same: nodes.every((n, i) => n === was.nodes[i] && n.data === was.data[i]),
        marks: document.querySelectorAll('gov-mark').length,
        style: document.querySelectorAll('style[data-gov-ui]').length,
      };
    });
    expect(restored).toEqual({ html: true, count: true, same: true, marks: 0, style: 0 });
    await page.close();
  });

  it('finds the offset of each character under the pointer through split text nodes', async () => {
    const { page } = await openPainted('wrap');
    for (const phrase of ['地区生产总值增长7%左右', '城镇新增就业']) {
      const centres = await charCentres(page, phrase);
      for (const c of centres) {
        const hit = await offsetAt(page, c.x, c.y);
        expect(hit.offset).toBe(c.offset);
        expect(hit.any).toBe(true);
      }
    }
    const empty = await pointAfterShortLine(page);
    expect((await offsetAt(page, empty.x, empty.y)).offset).toBeNull();
    await page.close();
  });
});
