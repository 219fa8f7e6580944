/**
 * The span of article text in view, on a real report (the 2025 浙江 report as <p>s in a happy-dom page).
 * happy-dom does no layout, so Range.getBoundingClientRect is given a simple one here: the article starts
 * at y = 100, each paragraph starts on a new line, lines hold 30 characters and are 20 px tall, and the
 * page is scrolled by `scrollY`. The expected spans are computed from that layout by a plain scan.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { visibleSpan } from '../../entrypoints/content/visible-span';
import { buildTextIndex, type TextIndex } from '../../lib/dom/text-index';

const lines = readFileSync('tests/fixtures/corpus/reports-2025-provinces/2025年浙江省.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const LINE = 20;
const PER_LINE = 30;
const ARTICLE_TOP = 100;

function setup() {
  const window = new Window({ url: 'https://www.zj.gov.cn/art/2025/1/21/art_1229463129_60245498.html' });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = '<div id="nav">首页</div><div id="zoom"></div>';
  const zoom = doc.getElementById('zoom')!;
  for (const l of lines) zoom.appendChild(doc.createElement('p')).textContent = l;
  const index = buildTextIndex(zoom);

  // Layout: the line of each character of index.text (a paragraph break starts a new line).
  const lineOf = new Int32Array(index.text.length + 1);
  let line = 0;
  let column = 0;
  for (let i = 0; i < index.text.length; i++) {
    if (index.text[i] === '\n') {
      lineOf[i] = line;
      line++;
      column = 0;
      continue;
    }
    if (column === PER_LINE) {
      line++;
      column = 0;
    }
    lineOf[i] = line;
    column++;
  }
  const layout = { scrollY: 0, reads: 0 };
  const top = (offset: number) => ARTICLE_TOP + lineOf[offset]! * LINE - layout.scrollY;
  const proto = Object.getPrototypeOf(doc.createRange()) as Range;
  proto.getBoundingClientRect = function (this: Range) {
    layout.reads++;
    const s = index.offsetOf(this.startContainer as Text, this.startOffset);
    const e = index.offsetOf(this.endContainer as Text, this.endOffset);
    if (s === null || e === null || e <= s) return { top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 } as DOMRect;
    const t = top(s);
    const b = top(e - 1) + LINE;
    return { top: t, bottom: b, left: 0, right: 600, width: 600, height: b - t } as DOMRect;
  };
  return { doc, index, layout, top };
}

/** The expected span by a scan of every character: first whose line ends below y0, first starting at y1 or below. */
function scan(index: TextIndex, top: (offset: number) => number, y0: number, y1: number) {
  const real = (i: number) => index.text[i] !== '\n';
  let start = -1;
  for (let i = 0; i < index.text.length; i++) if (real(i) && top(i) + LINE > y0) { start = i; break; }
  let end = index.text.length;
  for (let i = Math.max(start, 0); i < index.text.length; i++) if (real(i) && top(i) >= y1) { end = i; break; }
  return start < 0 || top(start) >= y1 ? null : { start, end };
}

describe('visibleSpan', () => {
  const { doc, index, layout, top } = setup();

  it('at the top of the page: from the article start to the last line above the window bottom', () => {
    layout.scrollY = 0;
    const span = visibleSpan(doc, index, 0, 900);
    expect(span).toEqual(scan(index, top, 0, 900));
    expect(span!.start).toBe(0);
    expect(index.text.slice(span!.start, span!.start + 6)).toBe(lines[0]!.slice(0, 6));
  });

  it('scrolled into the plan: starts at the first line not wholly above the window, also half-hidden ones', () => {
    for (const scrollY of [4000, 4010, 7777, 10001]) {
      layout.scrollY = scrollY;
      const span = visibleSpan(doc, index, 0, 800);
      expect(span).toEqual(scan(index, top, 0, 800));
      expect(top(span!.start) + LINE).toBeGreaterThan(0);
      expect(top(span!.start)).toBeLessThanOrEqual(0);
    }
  });

  it('finds the text at a band below a fixed header as well', () => {
    layout.scrollY = 6000;
    expect(visibleSpan(doc, index, 120, 800)).toEqual(scan(index, top, 120, 800));
  });

  it('is null when the article is scrolled away or still below the band', () => {
    layout.scrollY = 1e7;
    expect(visibleSpan(doc, index, 0, 800)).toBeNull();
    layout.scrollY = -2000; // the article starts far below the window
    expect(visibleSpan(doc, index, 0, 800)).toBeNull();
  });

  it('reads layout a few dozen times, not once per paragraph or character', () => {
    layout.scrollY = 8000;
    layout.reads = 0;
    visibleSpan(doc, index, 0, 800);
    expect(index.nodeSpans.length).toBeGreaterThan(80);
    expect(layout.reads).toBeLessThan(index.nodeSpans.length / 2);
  });
});
