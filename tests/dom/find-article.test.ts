import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLOCK_STAMP, findArticle, indexArticle } from '../../lib/dom/find-article';
import { buildTextIndex } from '../../lib/dom/text-index';
import { domEnvs, snapshot } from './dom-envs';

const html = (name: string) => readFileSync(`tests/fixtures/html/${name}`, 'utf8');
const lines = (file: string) => readFileSync(`tests/fixtures/corpus/${file}`, 'utf8').split('\n');
const beijing = lines('reports-2025-provinces/2025年北京市.txt');
const guangdong = lines('reports-2025-provinces/2025年广东省.txt');
const henan = lines('reports-2025-provinces/2025年河南省.txt');
const xianyang = lines('reports/2022_咸阳市.txt')[1]!;
const tianmen = lines('reports/2022_天门市.txt')[1]!;

/** Site chrome that the fixtures carry: none of it may end up inside the article root. */
const CHROME = ['当前位置', '您现在的位置', 'ICP备', '版权所有', '分享到', '字体', '字号', '打印', '首页', '相关', '热读', '发布'];

function expectNoChrome(root: Element) {
  const text = root.textContent ?? '';
  for (const word of CHROME) expect(text, word).not.toContain(word);
  expect(root.querySelector('nav, footer, .nav, .footer, .foot, .menu, .share, .related')).toBeNull();
}

describe.each(domEnvs)('findArticle ($name)', ({ parse }) => {
  it('gov.cn-like page (开普云 UCAP): the body field, read paragraph by paragraph', () => {
    const doc = parse(html('gov-cn-ucap.html'));
    const before = snapshot(doc);
    const match = findArticle(doc)!;
    expect(match.root.id).toBe('UCAP-CONTENT');
    expect(match.method).toBe('readability');
    expect(match.readerable).toBe(true);
    expect(match.title).toBe('2025年北京市政府工作报告');
    expectNoChrome(match.root);
    // the page is left exactly as found: no stamps, nothing moved
    expect(doc.querySelector(`[${BLOCK_STAMP}]`)).toBeNull();
    expect(snapshot(doc)).toBe(before);
    // root is live: an element of the document that was passed in
    expect(doc.body.contains(match.root)).toBe(true);
    const expected = [beijing[3], beijing[4], beijing[5], beijing[6], beijing[9], beijing[24], beijing[25], beijing[27]].join('\n');
    expect(buildTextIndex(match.root).text).toBe(expected);
  });

  it('TRS_Editor page in a table layout, 仿宋 spans and <br> paragraphs', () => {
    const doc = parse(html('trs-editor-table.html'));
    const match = findArticle(doc)!;
    expect(match.root.closest('.TRS_Editor')).not.toBeNull();
    expect(match.title).toBe('2022年咸阳市政府工作报告');
    expectNoChrome(match.root);
    const text = buildTextIndex(match.root).text;
    const opening = xianyang.indexOf('各位代表:');
    const heading = xianyang.indexOf('三、2022年重点工作');
    const goals = xianyang.indexOf('今年主要预期目标是:');
    expect(text).toBe(
      [
        '各位代表:',
        xianyang.slice(opening + 5, xianyang.indexOf('。', opening) + 1),
        '三、2022年重点工作',
        xianyang.slice(heading + '三、2022年重点工作'.length, goals),
        xianyang.slice(goals, xianyang.indexOf('。', goals) + 1),
      ].join('\n'),
    );
    // numbers written across <span>s and <b> read whole; the hidden TRS marker is not read
    expect(text).toContain('地区生产总值增长7%左右,规模以上工业增加值增长7.5%左右');
    expect(text).toContain('粮食产量保持在181万吨以上');
    expect(text).not.toContain('trs_hidden_marker');
  });

  it('大汉 Hanweb district page: td.bt_content / #zoom, title in a table row', () => {
    const doc = parse(html('hanweb-district.html'));
    const match = findArticle(doc)!;
    expect(match.root.id).toBe('zoom');
    expect(match.title).toBe('2022年天门市政府工作报告');
    expectNoChrome(match.root);
    const text = buildTextIndex(match.root).text;
    const paragraphs = text.split('\n');
    expect(paragraphs).toHaveLength(5);
    // each paragraph is the corpus text after its two &nbsp; of indent
    for (const p of paragraphs) {
      expect(p.startsWith('\u00a0\u00a0')).toBe(true);
      expect(tianmen).toContain(p.slice(2).trim());
    }
    expect(paragraphs[0]).toBe('\u00a0\u00a0各位代表:现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。');
  });

  it('a page where Readability keeps a sidebar of other reports: the CMS body field wins', () => {
    const doc = parse(html('readability-picks-sidebar.html'));
    const match = findArticle(doc)!;
    expect(match.method).toBe('template');
    expect(match.root.classList.contains('TRS_UEDITOR')).toBe(true);
    expect(match.title).toBe('广东省政府工作报告：今年主要预期目标');
    expectNoChrome(match.root);
    const text = buildTextIndex(match.root).text;
    expect(text.split('\n')[1]).toBe(guangdong[28]);
    expect(text).not.toContain('江苏');
  });

  // The structures below were met on real government sites that the hand-made pages above did not have.
  it('an article column wrapped in div.menu_con (a class that names chrome, holding prose) is still found', () => {
    const doc = parse(html('menu-wrapped-column.html'));
    const match = findArticle(doc)!;
    expect(match.root.id).toBe('czfxcontent');
    expect(match.title).toBe('2025年经济运行情况分析');
    const text = indexArticle(match).text;
    expect(text.startsWith(henan[6]!.slice(0, 20))).toBe(true);
    expect(text).not.toMatch(/打印|关闭|主办单位|当前位置/);
  });

  it('a short notice boxed with its 打印 【字体：大中小】 line; tool bar and QR caption inside it left out', () => {
    const doc = parse(html('short-notice-boxed.html'));
    const match = findArticle(doc)!;
    expect(match.root.closest('#articleWrap')).not.toBeNull();
    // The title is the h1 two boxes up, not the related-files label or the share widget's heading.
    expect(match.title).toBe('粮食生产再获丰收');
    const text = indexArticle(match).text;
    expect(text).toBe((henan[9]!.slice(0, 150) + henan[10]!.slice(0, 150)).trim());
  });

  it('a saved page with markup before <head> (linkedom makes an empty first <body>)', () => {
    const doc = parse(html('markup-before-head.html'));
    const match = findArticle(doc)!;
    expect(match.root.id).toBe('zoomcon');
    expect(indexArticle(match).text.split('\n')).toHaveLength(6);
  });

  it('a second copy of the article for the 长者 view, hidden by a style sheet, is left out where the page can tell', () => {
    const doc = parse(html('elder-copy-hidden.html'));
    // Only a live page knows what its style sheets hide; here the test says it as the page would.
    const match = findArticle(doc, { isRendered: (el) => el.closest('#zzzqcontentwrap') === null })!;
    expect(match.root.closest('#cmsArticleContent')).not.toBeNull();
    const text = indexArticle(match).text;
    expect(text.split('\n')).toHaveLength(4);
    expect(text).not.toMatch(/扫一扫|字体|当前位置/);
  });

  it('locates every character of the extracted text in the live page', () => {
    const doc = parse(html('trs-editor-table.html'));
    const index = buildTextIndex(findArticle(doc)!.root);
    const { text } = index;
    for (let i = 0; i < text.length; i++) {
      const p = index.locate(i);
      expect(doc.body.contains(p.node)).toBe(true);
      if (text[i] !== '\n') expect(p.node.data[p.offset]).toBe(text[i]);
    }
    const start = text.indexOf('规模以上工业增加值增长7.5%左右');
    const b = index.toRangeBounds(start, start + '规模以上工业增加值增长7.5%左右'.length)!;
    expect(b.startContainer.data.slice(b.startOffset)).toMatch(/^规模以上工业增加值增长$/);
    expect(b.endContainer.data.slice(0, b.endOffset)).toMatch(/左右$/);
  });

  it('a table layout with no known container: the text cell, without the navigation column', () => {
    // the Hanweb page with its template names taken away: only Readability (or density) can find it
    const page = html('hanweb-district.html').replace(' class="bt_content"', ' class="c2"').replace('<div id="zoom">', '<div>');
    const doc = parse(page);
    const match = findArticle(doc)!;
    expect(match.method).not.toBe('template');
    expectNoChrome(match.root);
    const text = buildTextIndex(match.root).text;
    expect(text.split('\n')).toHaveLength(5);
    expect(text.startsWith('\u00a0\u00a0各位代表:现在,我代表市人民政府')).toBe(true);
  });

  it('finds no article on a page of links and chrome only', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n${i}.html">2025年第${i + 1}期政务信息</a><span>2025-02-0${(i % 9) + 1}</span></li>`).join('');
    const doc = parse(
      `<html><head><title>政务信息_某区人民政府</title></head><body><div class="nav"><a href="/">首页</a></div>` +
        `<div class="list"><ul>${links}</ul></div><div class="footer">主办单位：某区人民政府办公室 版权所有 京ICP备12345678号</div></body></html>`,
    );
    expect(findArticle(doc)).toBeNull();
    expect(doc.querySelector(`[${BLOCK_STAMP}]`)).toBeNull();
  });

  describe('templates not named in the selector list (Readability and density must find them)', () => {
    const paragraphs = guangdong.slice(28, 36).filter((l) => l.trim());
    const navLinks = ['首页', '要闻动态', '政务公开', '政务服务', '互动交流', '走进广东', '专题专栏', '数据发布', '政策文件', '政策解读']
      .map((t, i) => `<li><a href="/c${i}/">${t}</a></li>`)
      .join('');
    const related = Array.from({ length: 15 }, (_, i) => `<li><a href="/zwgk/${i}.html">关于印发广东省2025年第${i + 1}批重点项目计划的通知</a></li>`).join('');
    const footer = '<div class="bottom"><p>主办单位：广东省人民政府办公厅 版权所有 粤ICP备05070829号 网站标识码：4400000064</p></div>';
    const modern = (body: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年广东省政府工作报告_广东省人民政府门户网站</title></head><body>` +
      `<div class="top"><ul class="daohang">${navLinks}</ul></div>` +
      `<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府工作报告</div>${body}${footer}</body></html>`;

    it('a modern portal with its own class names, a related-files column, attachments and a tool bar', () => {
      const doc = parse(
        modern(
          `<div class="zw-wrap"><div class="zw-main"><h1 class="zw-title">2025年广东省政府工作报告</h1>` +
            `<div class="zw-info">发布时间：2025-01-20 来源：广东省人民政府办公厅 字号：<a>大</a> <a>中</a> <a>小</a></div>` +
            `<div class="zw-txt">${paragraphs.map((p) => `<p style="text-indent:2em">${p}</p>`).join('')}</div>` +
            `<div class="zw-fj">附件：<a href="/f.pdf">2025年广东省政府工作报告（图解）.pdf</a></div>` +
            `<div class="zw-tool"><a>【打印本页】</a><a>【关闭窗口】</a></div></div>` +
            `<div class="zw-side"><h3>相关文件</h3><ul>${related}</ul></div></div>`,
        ),
      );
      const match = findArticle(doc)!;
      expect(match.title).toBe('2025年广东省政府工作报告');
      expectNoChrome(match.root);
      expect(indexArticle(match).text).toBe(paragraphs.join('\n'));
    });

    it('keeps short report paragraphs whose words a footer also uses (技术支持, 联系我们), leaves out the tool bar', () => {
      const prose = ['加强对中小企业的技术支持，建立健全联系我们的企业服务专员制度。', '完善网站地图式的政务服务导航，方便群众办事。'];
      const doc = parse(
        modern(
          `<div class="main"><h1>2025年广东省政府工作报告</h1><div class="TRS_Editor">${[...paragraphs.slice(0, 3), ...prose].map((p) => `<p>${p}</p>`).join('')}` +
            `<p class="tools">【打印本页】 【关闭窗口】</p></div></div>`,
        ),
      );
      const match = findArticle(doc)!;
      expect(match.root.className).toBe('TRS_Editor');
      expect(indexArticle(match).text).toBe([...paragraphs.slice(0, 3), ...prose].join('\n'));
    });

    it('a known class name used twice (a summary box in the sidebar and the article): the article', () => {
      const doc = parse(
        modern(
          `<div class="side"><div class="article-content">${guangdong[28]!.slice(0, 250)}</div></div>` +
            `<div class="main"><h1>2025年广东省政府工作报告</h1><div class="article-content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
        ),
      );
      const match = findArticle(doc)!;
      expect(match.root.className).toBe('article-content');
      expect(indexArticle(match).text).toBe(paragraphs.join('\n'));
    });

    it('a generic #content wrapper around a column of links and the article: the article column only', () => {
      const doc = parse(
        modern(
          `<div id="content"><div class="left"><h3>政府工作报告</h3><ul>${related}</ul></div>` +
            `<div class="right"><h1>2025年广东省政府工作报告</h1><div class="info">发布日期：2025-01-20 来源：省政府办公厅</div>` +
            `<div class="text">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div></div>`,
        ),
      );
      const match = findArticle(doc)!;
      expectNoChrome(match.root);
      expect(indexArticle(match).text).toBe(paragraphs.join('\n'));
    });

    it('an old static page: paragraphs straight in <body> after a navigation list', () => {
      const doc = parse(
        `<html><head><title>政府工作报告</title></head><body><ul class="daohang">${navLinks}</ul>` +
          `<center><b>2025年广东省政府工作报告</b></center>${paragraphs.map((p) => `<p>　　${p}</p>`).join('\n')}${footer}</body></html>`,
      );
      const match = findArticle(doc)!;
      const text = indexArticle(match).text;
      for (const p of paragraphs) expect(text).toContain(p);
      expect(text).not.toContain('要闻动态');
      expect(text).not.toContain('ICP备');
    });
  });
});
