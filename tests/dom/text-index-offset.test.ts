import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../lib/dom/text-index';
import { domEnvs } from './dom-envs';

const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;
const fixture = (name: string) => readFileSync(`tests/fixtures/html/${name}`, 'utf8');
const FIXTURES = ['gov-cn-ucap.html', 'hanweb-district.html', 'readability-picks-sidebar.html', 'trs-editor-table.html'];

describe.each(domEnvs)('TextIndex.offsetOf ($name)', ({ parse }) => {
  it.each(FIXTURES)('inverts locate() at every real character of %s', (name) => {
    const index = buildTextIndex(parse(fixture(name)).body);
    let checked = 0;
    for (const run of index.nodeSpans) {
      for (let i = run.start; i < run.end; i++) {
        const point = index.locate(i);
        expect(index.offsetOf(point.node, point.offset)).toBe(i);
        checked++;
      }
      // The boundary after a run's last character is the run's end.
      expect(index.offsetOf(run.node, run.nodeStart + run.end - run.start)).toBe(run.end);
    }
    expect(checked).toBe(index.nodeSpans.reduce((n, run) => n + run.end - run.start, 0));
    expect(checked).toBeGreaterThan(300);
  });

  it('maps white space that collapsing dropped to the next character kept', () => {
    const body = parse(page('<p>\n   \u3000\u3000城镇新增就业\n   1.2万人以上，城镇调查失业率控制在5.5%以内</p>')).body;
    const index = buildTextIndex(body);
    const node = body.querySelector('p')!.firstChild as Text;
    expect(index.text).toBe('\u3000\u3000城镇新增就业 1.2万人以上，城镇调查失业率控制在5.5%以内');
    // "\n   " before the ideographic spaces is dropped: every one of those points is text offset 0.
    for (let k = 0; k <= 4; k++) expect(index.offsetOf(node, k)).toBe(0);
    const afterJiuye = node.data.indexOf('业') + 1; // the "\n" that became the one kept space
    expect(index.text[index.offsetOf(node, afterJiuye)!]).toBe(' ');
    // The three spaces after it were dropped: they map to "1".
    for (let k = afterJiuye + 1; k <= afterJiuye + 4; k++) expect(index.text[index.offsetOf(node, k)!]).toBe('1');
  });

  it('reads numbers split across inline elements back to one offset line', () => {
    const body = parse(page('<p>规模以上工业增加值增长<span lang="EN-US">7</span>.<span lang="EN-US">5%</span>左右</p>')).body;
    const index = buildTextIndex(body);
    const spans = body.querySelectorAll('span');
    expect(index.offsetOf(spans[0]!.firstChild as Text, 0)).toBe(index.text.indexOf('7'));
    expect(index.offsetOf(spans[1]!.firstChild as Text, 1)).toBe(index.text.indexOf('%'));
  });

  it('answers null for nodes outside the index and for negative offsets', () => {
    const doc = parse(page('<nav>首页</nav><article><p>粮食产量保持在181万吨以上</p></article>'));
    const index = buildTextIndex(doc.querySelector('article')!);
    const inside = doc.querySelector('p')!.firstChild as Text;
    expect(index.offsetOf(doc.querySelector('nav')!.firstChild as Text, 0)).toBeNull();
    expect(index.offsetOf(doc.createTextNode('粮食产量'), 0)).toBeNull();
    expect(index.offsetOf(inside, -1)).toBeNull();
    expect(index.offsetOf(inside, 3)).toBe(3);
  });

  it('keeps answering in original coordinates after the node was split', () => {
    const doc = parse(page('<p>全年签约重点项目不少于50个</p>'));
    const index = buildTextIndex(doc.body);
    const node = doc.querySelector('p')!.firstChild as Text;
    node.data = node.data.slice(0, 4); // what splitText(4) leaves in the node (linkedom has no splitText)
    expect(node.data).toBe('全年签约');
    expect(index.offsetOf(node, 10)).toBe(10);
  });
});
