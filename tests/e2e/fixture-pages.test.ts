/**
 * The page fixtures themselves (no browser): they are what the generator makes from the corpus, they
 * carry the whole source text inside the article element, they have the site chrome that makes them
 * realistic, and they never reach for the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, fixturePage } from '../fixtures/pages/catalog';
import { parsePlain, parseReport, readCorpus, renderPages } from '../fixtures/pages/generate';
import { PAGES_DIR } from './support/server';

const read = (file: string) => readFileSync(join(PAGES_DIR, file), 'utf8');

/** Text for comparison: no whitespace at all (the pages indent with &nbsp;, join with spaces and <br>). */
const squash = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '');

/** The article's text as a reader gets it: <style>/<script> contents are not text. */
function articleText(html: string, selector: string): string {
  const { document } = parseHTML(html);
  const article = document.querySelector(selector);
  if (!article) throw new Error(`no ${selector}`);
  for (const node of article.querySelectorAll('style, script')) node.remove();
  return article.textContent ?? '';
}

/** The inline JSON of the client-rendered pages. */
function inlineJson(html: string, id: string): unknown {
  const { document } = parseHTML(html);
  return JSON.parse(document.getElementById(id)?.textContent ?? 'null');
}

describe('page fixtures', () => {
  it('are exactly what generate.ts makes from the templates and the corpus', () => {
    const pages = renderPages();
    expect(pages.size).toBe(FIXTURE_PAGES.length - 1); // news-list.html is hand-written whole
    for (const [file, html] of pages) expect(read(file) === html, `${file} is stale: run npx tsx tests/fixtures/pages/generate.ts`).toBe(true);
  });

  it('are all listed in catalog.ts and in README.md, and the catalog lists no missing file', () => {
    const onDisk = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
    expect(FIXTURE_PAGES.map((p) => p.file).sort()).toEqual(onDisk);
    const readme = read('README.md');
    for (const file of onDisk) expect(readme, file).toContain(`\`${file}\``);
    expect(onDisk.length).toBeGreaterThanOrEqual(8);
  });

  it.each(FIXTURE_PAGES.map((p) => [p.file, p] as const))('%s has real government site chrome', (file) => {
    const html = read(file);
    const { document } = parseHTML(html);
    const body = document.body.textContent ?? '';
    expect(document.querySelector('meta[charset], meta[http-equiv="Content-Type"]')).not.toBeNull();
    expect(body).toMatch(/当前位置|所在的?位置/);
    expect(body).toMatch(/主办单位/);
    expect(body).toMatch(/[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼蜀川贵黔云滇藏陕甘青宁新蒙]ICP备\d+号/);
    expect(body).toMatch(/公网安备\s*\d{14}号/);
    expect(body).toMatch(/网站标识码[：]?\s*(bm)?\d{8,10}/);
    // A top navigation with many links, as every portal has.
    expect(document.querySelectorAll('a').length).toBeGreaterThan(15);
  });

  it.each(FIXTURE_PAGES.map((p) => [p.file] as const))('%s loads nothing from the network', (file) => {
    const html = read(file);
    expect(html).not.toMatch(/<(script|img|iframe|link|source|video|audio)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
  });

  it('pages with a static article carry every paragraph of their source inside the article element', () => {
    const staticPages = FIXTURE_PAGES.filter((p) => p.sources.length > 0 && !p.lateMs && !p.spaViews);
    expect(staticPages.length).toBe(7);
    for (const page of staticPages) {
      const text = squash(articleText(read(page.file), page.articleSelector));
      for (const source of page.sources) {
        const parsed = source.startsWith('reports') ? parseReport(source) : parsePlain(source, '');
        for (const paragraph of parsed.paragraphs) expect(text.includes(squash(paragraph)), `${page.file}: ${paragraph.slice(0, 30)}`).toBe(true);
      }
      expect(text, page.file).toContain(squash(page.probe));
    }
  });

  it('the page chrome stays outside the article (breadcrumbs, footer and related links are not article text)', () => {
    for (const page of FIXTURE_PAGES.filter((p) => !p.lateMs && !p.spaViews && p.kind !== 'news-list')) {
      const text = articleText(read(page.file), page.articleSelector);
      expect(text, page.file).not.toMatch(/当前位置|ICP备|主办单位|网站标识码/);
    }
  });

  it('the client-rendered pages carry their source paragraphs in inline JSON', () => {
    const late = inlineJson(read('late-inject.html'), 'article-data') as { paragraphs: Array<{ text: string }> };
    const jiangsu = parseReport(fixturePage('late-inject.html').sources[0]!);
    expect(late.paragraphs.map((p) => p.text)).toEqual([...jiangsu.preface, ...jiangsu.paragraphs]);

    const spa = inlineJson(read('spa.html'), 'reports-data') as Record<string, { paragraphs: Array<{ text: string }> }>;
    const views = fixturePage('spa.html').spaViews ?? [];
    expect(views).toHaveLength(2);
    for (const view of views) {
      const year = new URLSearchParams(view.search).get('year')!;
      const parsed = parseReport(view.source);
      expect(spa[year]?.paragraphs.map((p) => p.text)).toEqual([...parsed.preface, ...parsed.paragraphs]);
      expect(readCorpus(view.source)).toContain(view.probe);
    }
  });

  it('every probe is a real passage of its corpus source', () => {
    for (const page of FIXTURE_PAGES.filter((p) => p.sources.length > 0)) {
      expect(page.sources.some((s) => readCorpus(s).includes(page.probe)), page.file).toBe(true);
    }
  });

  it('keeps the markup traps the real templates have', () => {
    // A number split across elements, in both forms.
    expect(read('national-ucap.html')).toMatch(/<span>\d+(\.\d+)?<\/span><span>[%％]<\/span>/);
    expect(read('provincial-trs.html')).toMatch(/Times New Roman';font-size:16pt">\d+(\.\d+)?<\/span><span style="font-family:仿宋_GB2312;font-size:16pt">[%％]/);
    // TRS puts a <style> inside the article; textContent of the article is not what readers see.
    const { document } = parseHTML(read('provincial-trs.html'));
    expect(document.querySelector('.TRS_Editor style')?.textContent).toContain('仿宋_GB2312');
    // Table layout with <br>-separated paragraphs and &nbsp; indents.
    const city = read('city-table.html');
    expect(city).toMatch(/<td id="zoom"/);
    expect((city.match(/&nbsp;&nbsp;&nbsp;&nbsp;[^<]{20}/g) ?? []).length).toBeGreaterThan(50);
    expect(parseHTML(city).document.querySelectorAll('table table table').length).toBeGreaterThan(0);
    // One huge paragraph.
    const flat = parseHTML(read('district-flat.html')).document.querySelectorAll('#zoomcon p');
    expect(flat).toHaveLength(1);
    expect(flat[0]?.textContent?.length).toBeGreaterThan(15_000);
    // Word paste.
    expect(read('district-word-paste.html')).toMatch(/class="MsoNormal"[\s\S]*<o:p><\/o:p>/);
    // The news list: 30 dated links and pagination, no article.
    const news = parseHTML(read('news-list.html')).document;
    expect(news.querySelectorAll('.news-list li a')).toHaveLength(30);
    expect(news.querySelectorAll('.news-list li .date')).toHaveLength(30);
    expect(news.querySelector('.pagination')?.textContent).toMatch(/下一页/);
  });

  it('the large page holds about 150,000 characters of article text', () => {
    const text = articleText(read('large-compilation.html'), '#content');
    expect(text.length).toBeGreaterThan(150_000);
    expect(text.length).toBeLessThan(200_000);
  });
});
