/**
 * From a DOM selection to a span of the article text: selections inside one node, across inline
 * <span>s that split a figure (as TRS and Word-pasted pages do), across paragraphs, starting in the site
 * chrome, ending between elements, and across <gov-mark> wrappers of the fallback painter.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { spanOfRange, selectedSpan } from '../../entrypoints/content/selection-span';
import { createPainter } from '../../lib/dom/painter';
import { buildTextIndex } from '../../lib/dom/text-index';

const corpus = readFileSync('tests/fixtures/corpus/reports/2022_天门市.txt', 'utf8');

/** Three real sentences of the 天门 report that carry figures. */
function sentences(): string[] {
  const found = corpus
    .split(/(?<=[。；;])/)
    .map((s) => s.trim())
    .filter((s) => /\d+(\.\d+)?%/.test(s) && s.length > 20 && s.length < 200);
  return found.slice(0, 3);
}

/** Figures split into <span>s (5<span>.</span>5% style markup of CMS editors). */
const spanned = (s: string) => s.replace(/(\d+(?:\.\d+)?)(%)/g, '<span>$1</span><span>$2</span>');

function page(paragraphs: string[]) {
  const window = new Window({ url: 'https://www.tianmen.gov.cn/zwgk/2022/report.html' });
  const html = `<!DOCTYPE html><html><head><title>天门</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div id="article">
${paragraphs.map((p) => `  <p>${spanned(p)}</p>`).join('\n')}
</div>
<div class="footer">网站标识码 4290060001</div></body></html>`;
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const root = doc.getElementById('article')!;
  return { doc, root, index: buildTextIndex(root) };
}

/** The DOM point before text[offset] of the node that holds it, by walking text nodes (test-side mapping). */
function pointOf(root: Element, needle: string, from = 0): [Text, number] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  let text = '';
  const nodes: [Text, number][] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push([n as Text, text.length]);
    text += (n as Text).data;
  }
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not in the DOM: ${needle}`);
  for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i]![1] <= at) return [nodes[i]![0], at - nodes[i]![1]];
  throw new Error('no node');
}

function rangeOf(doc: Document, start: [Node, number], end: [Node, number]): Range {
  const r = doc.createRange();
  r.setStart(start[0], start[1]);
  r.setEnd(end[0], end[1]);
  return r;
}

describe('spanOfRange', () => {
  const [first, second, third] = sentences() as [string, string, string];

  it('uses real sentences with figures', () => {
    expect(first).toMatch(/%/);
    expect(third).toBeDefined();
  });

  it('maps a selection inside one text node to the same characters of the article text', () => {
    const { doc, root, index } = page([first, second]);
    const phrase = first.slice(0, 8);
    const [node, offset] = pointOf(root, phrase);
    const span = spanOfRange(rangeOf(doc, [node, offset], [node, offset + phrase.length]), index);
    expect(span).not.toBeNull();
    expect(index.text.slice(span!.start, span!.end)).toBe(phrase);
    expect(span!.start).toBe(index.text.indexOf(phrase));
  });

  it('maps a figure split over <span>s and a selection across paragraphs', () => {
    const { doc, root, index } = page([first, second, third]);
    const m = /\d+(\.\d+)?%/.exec(first)!;
    const before = first.slice(Math.max(0, m.index - 6), m.index);
    const startPoint = pointOf(root, before);
    // End inside the third paragraph, two characters in.
    const endPoint = pointOf(root, third.slice(0, 2));
    const span = spanOfRange(rangeOf(doc, startPoint, [endPoint[0], endPoint[1] + 2]), index)!;
    const expected = `${first.slice(first.indexOf(before))}\n${second}\n${third.slice(0, 2)}`;
    expect(index.text.slice(span.start, span.end)).toBe(expected);
  });

  it('keeps only the article part of a selection that starts in the breadcrumb', () => {
    const { doc, root, index } = page([first, second]);
    const nav = doc.querySelector('.nav')!;
    const end = pointOf(root, second.slice(0, 4));
    const span = spanOfRange(rangeOf(doc, [nav, 0], [end[0], end[1] + 4]), index)!;
    expect(span.start).toBe(0);
    expect(index.text.slice(span.start, span.end)).toBe(`${first}\n${second.slice(0, 4)}`);
  });

  it('accepts ends given as element + child index (a triple click selects whole paragraphs)', () => {
    const { doc, root, index } = page([first, second, third]);
    const ps = root.querySelectorAll('p');
    const span = spanOfRange(rangeOf(doc, [root, 1], [ps[1]!, ps[1]!.childNodes.length]), index)!;
    expect(index.text.slice(span.start, span.end)).toBe(`${first}\n${second}`);
  });

  it('gives null for a selection outside the article, and for an empty one', () => {
    const { doc, root, index } = page([first]);
    const footer = doc.querySelector('.footer')!;
    expect(spanOfRange(rangeOf(doc, [footer, 0], [footer, 1]), index)).toBeNull();
    const [node, offset] = pointOf(root, first.slice(0, 2));
    expect(spanOfRange(rangeOf(doc, [node, offset], [node, offset]), index)).toBeNull();
  });

  it('maps through <gov-mark> wrappers of the fallback painter to the offsets of the unwrapped text', () => {
    const { doc, root, index } = page([first, second]);
    // 年均增长7.3%; — the text before the figure is split by the painter, the figure's own nodes are wrapped whole.
    const m = /\d+(\.\d+)?%/.exec(first)!;
    const wanted = first.slice(m.index - 4, m.index + m[0].length + 1);
    const at = index.text.indexOf(wanted);
    const painter = createPainter(doc, { force: 'wrap' });
    painter.paint('gov-target', [index.toRangeBounds(at + 2, at + wanted.length - 1)!]);
    painter.flush();
    expect(doc.querySelectorAll('gov-mark').length).toBeGreaterThan(0);
    // Start inside the split-off part (in the mark), end inside the split node after the figure.
    const flat = root.textContent!;
    const from = flat.indexOf(wanted);
    const start = pointOf(root, wanted.slice(3), from + 3);
    const end = pointOf(root, wanted.slice(-1), from + wanted.length - 1);
    expect(start[0].parentElement!.tagName.toLowerCase()).toBe('gov-mark');
    const span = spanOfRange(rangeOf(doc, start, [end[0], end[1] + 1]), index)!;
    expect(span).toEqual({ start: at + 3, end: at + wanted.length });
    painter.destroy();
  });

  it('reads the document selection (selectedSpan)', () => {
    const { doc, root, index } = page([first, second]);
    expect(selectedSpan(doc, index)).toBeNull();
    const [node, offset] = pointOf(root, second.slice(0, 6));
    doc.getSelection()!.setBaseAndExtent(node, offset, node, offset + 6);
    const span = selectedSpan(doc, index)!;
    expect(index.text.slice(span.start, span.end)).toBe(second.slice(0, 6));
  });
});
