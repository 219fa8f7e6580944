import { describe, expect, it } from 'vitest';
import { buildTextIndex, toRange } from '../../lib/dom/text-index';
import { domEnvs } from './dom-envs';

const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

/** Every real character of the index maps to the same character in its text node (a collapsed space to white space). */
function expectRunsMatch(index: ReturnType<typeof buildTextIndex>) {
  for (const run of index.nodeSpans) {
    for (let i = run.start; i < run.end; i++) {
      const source = run.node.data[run.nodeStart + i - run.start]!;
      expect(index.text[i] === source || (index.text[i] === ' ' && /[\t\n\r\f ]/.test(source))).toBe(true);
    }
  }
}

describe.each(domEnvs)('buildTextIndex ($name)', ({ parse }) => {
  const root = (body: string) => parse(page(body)).body;

  it('reads inline elements as transparent, so a number split across spans reads whole', () => {
    const index = buildTextIndex(root('<p>规模以上工业增加值增长<span lang="EN-US">7</span>.<span lang="EN-US">5%</span>左右</p>'));
    expect(index.text).toBe('规模以上工业增加值增长7.5%左右');
    expectRunsMatch(index);
  });

  it('turns blocks and <br> into one line break, never at the start or the end', () => {
    const index = buildTextIndex(
      root('<div><p>各位代表：</p><p></p><div><p>现在，我代表市人民政府，向大会报告工作。<br><br><br>一、过去五年工作回顾</p></div></div><br>'),
    );
    expect(index.text).toBe('各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、过去五年工作回顾');
  });

  it('collapses source white space like CSS, keeps &nbsp; and U+3000, drops line breaks between Chinese characters', () => {
    const index = buildTextIndex(root('<p>\n   \u3000\u3000城镇新增就业\n   1.2万人以上，\n  城镇调查失业率\n控制在5.5%以内&nbsp;&nbsp;(预期)  </p>'));
    expect(index.text).toBe('\u3000\u3000城镇新增就业 1.2万人以上，城镇调查失业率控制在5.5%以内\u00a0\u00a0(预期)');
    expectRunsMatch(index);
  });

  it('skips scripts, styles, hidden elements and our own UI', () => {
    const index = buildTextIndex(
      root(
        '<p>粮食产量保持在<b>181</b>万吨以上<script>var x = "6.5%";</script><style>p{}</style>' +
          '<span style="display: none">隐藏</span><span hidden>隐藏</span><span aria-hidden="true">隐藏</span>' +
          '<span data-gov-ui="card">目标：181万吨</span><noscript>请启用脚本</noscript>。</p>',
      ),
    );
    expect(index.text).toBe('粮食产量保持在181万吨以上。');
  });

  it('keeps white space inside <pre>', () => {
    const index = buildTextIndex(root('<p>表</p><pre>指标    目标\n增长    6%</pre>'));
    expect(index.text).toBe('表\n指标    目标\n增长    6%');
    expectRunsMatch(index);
  });

  it('locates every offset in its text node and maps spans across inline elements to range bounds', () => {
    const body = root('<p>地区生产总值增长<span>6</span><span>.5%</span>左右</p><p>粮食产量<b>181</b>万吨</p>');
    const index = buildTextIndex(body);
    const text = index.text;
    expect(text).toBe('地区生产总值增长6.5%左右\n粮食产量181万吨');
    for (let i = 0; i < text.length; i++) {
      const p = index.locate(i);
      if (text[i] === '\n') expect(p.node.data[p.offset]).toBe('粮'); // synthetic: the next real character
      else expect(p.node.data[p.offset]).toBe(text[i]);
    }
    const start = text.indexOf('6.5%');
    const b = index.toRangeBounds(start, start + 4)!;
    expect([b.startContainer.data, b.startOffset, b.endContainer.data, b.endOffset]).toEqual(['6', 0, '.5%', 3]);
    // a span over the synthetic line break ends in the first paragraph's last node and starts in the second
    const across = index.toRangeBounds(text.indexOf('左右'), text.indexOf('粮食') + 2)!;
    expect([across.startContainer.data, across.startOffset, across.endContainer.data, across.endOffset]).toEqual(['左右', 0, '粮食产量', 2]);
    expect(index.toRangeBounds(text.indexOf('\n'), text.indexOf('\n') + 1)).toBeNull();
    expect(index.toRangeBounds(3, 3)).toBeNull();
    // the end of the text
    const end = index.locate(text.length);
    expect([end.node.data, end.offset]).toEqual(['万吨', 2]);
  });
});

describe('toRange (happy-dom)', () => {
  it('gives a DOM Range whose text is the engine span, across inline elements', () => {
    const doc = domEnvs[1]!.parse(page('<p>城乡居民人均可支配收入分别增长<font face="仿宋">8</font>%、<span>10%</span>左右</p>'));
    const index = buildTextIndex(doc.body);
    const start = index.text.indexOf('8%');
    const range = toRange(index, start, index.text.indexOf('左右') + 2)!;
    expect(range.toString()).toBe('8%、10%左右');
  });
});

describe.each(domEnvs)('buildTextIndex on white-space soups ($name)', ({ parse }) => {
  // A fixed-seed generator: the same 400 documents every run.
  let seed = 20251121;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const pieces = [' ', '\n', '\t', '\r\n', '  ', '中', '文', '增长', 'a', '5%', '\u3000', '\u00a0'];
  const tags = ['span', 'p', 'b', 'div', 'pre', 'br'];
  const soup = () => {
    let html = '';
    for (let p = 1 + rand(8); p > 0; p--) {
      let t = '';
      for (let i = rand(8); i > 0; i--) t += pieces[rand(pieces.length)];
      const tag = tags[rand(tags.length)]!;
      html += tag === 'br' ? `${t}<br>` : `<${tag}>${t}</${tag}>${rand(2) ? t : ''}`;
    }
    return html;
  };

  it('maps every character to its node, one for one, and collapses white space as CSS does outside <pre>', () => {
    for (let k = 0; k < 400; k++) {
      const html = soup();
      const index = buildTextIndex(parse(page(html)).body);
      expectRunsMatch(index);
      if (!html.includes('<pre>')) {
        expect(index.text).not.toMatch(/^[ \n]|[ \n]$|[ \t\r\n]{2}| \n|\n /);
      }
      // runs are in order, do not overlap and stay inside the text
      let end = 0;
      for (const run of index.nodeSpans) {
        expect(run.start).toBeGreaterThanOrEqual(end);
        expect(run.end).toBeGreaterThan(run.start);
        end = run.end;
      }
      expect(end).toBeLessThanOrEqual(index.text.length);
    }
  });

  it('gives the same range bounds whatever order spans are asked in (it remembers where it last looked)', () => {
    for (let k = 0; k < 100; k++) {
      const html = soup() + soup();
      const body = parse(page(html)).body;
      const spans: [number, number][] = [];
      const length = buildTextIndex(body).text.length;
      for (let i = 0; i < 30; i++) {
        const a = rand(length + 1);
        spans.push([a, a + rand(6)]);
      }
      const inOrder = buildTextIndex(body);
      const sorted = [...spans].sort((x, y) => x[0] - y[0]);
      const bySorted = new Map(sorted.map(([a, b]) => [`${a}:${b}`, inOrder.toRangeBounds(a, b)]));
      const shuffled = buildTextIndex(body);
      for (const [a, b] of [...spans].reverse()) {
        const want = bySorted.get(`${a}:${b}`) ?? null;
        const got = shuffled.toRangeBounds(a, b);
        expect(got === null).toBe(want === null);
        if (got && want) {
          expect(got.startContainer === want.startContainer && got.endContainer === want.endContainer).toBe(true);
          expect([got.startOffset, got.endOffset]).toEqual([want.startOffset, want.endOffset]);
        }
      }
    }
  });
});
