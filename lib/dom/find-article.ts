/**
 * Find the article (the report) on a government web page and return it as an element of the LIVE document,
 * so that highlights can be painted on the page the user is reading.
 *
 * 1. Readability, mapped back: every candidate block of the live page gets a `data-gov-block` id before the
 *    document is cloned; Readability rewrites the clone (it removes, renames and wraps elements but copies
 *    attributes), and the ids that survive in its result name the live blocks it kept. The root is their
 *    lowest common ancestor, computed over the blocks that carry text of their own and are not site chrome.
 * 2. Known content containers of government site templates (TRS WCM, 开普云 UCAP, 大汉 Hanweb, …) when
 *    Readability fails, keeps too little, or keeps mostly links.
 * 3. The densest text block: text length minus link text, with site chrome (nav, footer, aside, link lists,
 *    breadcrumbs, share and font-size bars, ICP/版权 footers) counted as nothing.
 * The stamps are removed before returning: the page is left as it was found.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { buildTextIndex, isHiddenByMarkup, type TextIndex } from './text-index';

export type ArticleMethod = 'readability' | 'template' | 'density';

export interface ArticleMatch {
  /** The article's element in the document that was passed in (the live page). */
  root: Element;
  title: string;
  method: ArticleMethod;
  /** isProbablyReaderable's opinion: a cue for callers, not a gate. */
  readerable: boolean;
  /**
   * Site chrome inside the root (a navigation list or footer beside paragraphs that sit straight in
   * <body>, a print/close tool bar inside a body field): left out when the text is read (indexArticle).
   */
  exclude: Element[];
}

export interface FindArticleOptions {
  /** Fewer non-link characters than this is not an article. Default 200. */
  minTextLength?: number;
  /**
   * Is the element shown? Only a live page can tell (elementIsRendered): a site may keep a second copy
   * of the article for its 长者/无障碍 view, hidden by a style sheet, which no markup test sees.
   */
  isRendered?: (el: Element) => boolean;
}

/** For the live page: an element that is not displayed (itself or an ancestor display:none) has no boxes. */
export function elementIsRendered(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/**
 * The elements a selector finds, without those not rendered when more than one is found (asked only then:
 * the question may make the browser lay out the page).
 */
function shownMatches(doc: Document, selector: string, isRendered: FindArticleOptions['isRendered']): Element[] {
  const all = Array.from(doc.querySelectorAll(selector));
  return all.length > 1 && isRendered ? all.filter(isRendered) : all;
}

export const BLOCK_STAMP = 'data-gov-block';
/** Non-link characters that make a known CMS body field the article without asking Readability. */
const FAST_PATH_TEXT = 1500;
const STAMPED_SELECTOR = 'p,div,td,section,article,li,h1,h2,h3,h4,h5,h6,blockquote,pre,table';

/**
 * Content containers of the common Chinese government site templates, most specific first. The generic
 * ones at the end (#content, .content …) often wrap site chrome too, so the result is tightened afterwards.
 */
export const TEMPLATE_SELECTORS = [
  '#UCAP-CONTENT', // 开普云 UCAP (www.gov.cn and many provincial portals)
  'ucapcontent', // the same CMS's own element around the body field (四川 and other provincial portals)
  '.pages_content',
  '.TRS_Editor', // TRS WCM
  '.TRS_UEDITOR',
  '.trs_editor_view',
  '.trs_paper_default',
  '#zoom', // 大汉 Hanweb and others (font-size zoom target)
  '#Zoom',
  '#zoomcon',
  '#fontzoom',
  'td.bt_content',
  '.bt_content',
  '.xxgk_content',
  '.zwgk_content',
  '.article-content',
  '.article_content',
  '.article_con',
  '.articleCon',
  '.con_text',
  '.news_content',
  '.detail-content',
  '.detail_content',
  '.view_content',
  '.wzcon',
  // generic names: also used by sidebars and page wrappers, so they never override Readability
  '.main-content',
  '.main_content',
  '#content',
  '.content',
];
const GENERIC_FROM = TEMPLATE_SELECTORS.indexOf('.main-content');

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIP_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'button', 'svg', 'iframe', 'head', 'title']);
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'menu']);
/** class / id words of navigation, footers, share bars, breadcrumbs (whole words after splitting on -_ and spaces). */
const CHROME_WORD =
  /^(?:nav\w*|\w*menu\w*|breadcrumbs?|crumbs?|footer|foot|share\w*|bdshare\w*|sidebar|aside|copyright|related\w*|relate|reldoc\w*|position|location|toolbar|fontsize|header|topbar|login|search\w*|dqwz|xglj|xgxx|xgwz|xgwj|wzdh|friendlinks?|yqlj|links)$/;
/**
 * A bar of tool buttons and nothing else (打印|关闭, 【打印】【关闭】, [收藏][返回顶部]), on compacted text.
 * Alone, these words are never a sentence of a report.
 */
const TOOL_BAR = /^(?:[【[(（]?(?:打印|关闭|返回|顶部|返回顶部|收藏|分享|打印本页|关闭窗口|关闭本页|纠错|我要纠错)[】\])）]?[|｜/／·]?)+$/;
/** Footer and tool-bar texts of government sites (only tested on short elements). */
const CHROME_TEXT =
  /ICP备|ICP证|版权所有|主办单位|承办单位|网站标识码|技术支持|公网安备|网站地图|联系我们|当前位置|您现在的位置|所在位置|字体[:：]?\s*[【[]?\s*大|字号[:：]|打印本页|【打印】|关闭窗口|【关闭】|分享到|扫一扫在手机/;
const SHORT_TEXT = 400;
/**
 * Footer and tool-bar wording no report sentence contains: an element inside the article root carrying it
 * (and little else) is left out of the text. CHROME_TEXT is wider (技术支持, 联系我们 can be prose) and only
 * keeps a block from counting towards the choice of the root.
 */
const STRONG_CHROME_TEXT = /ICP备|ICP证|版权所有|网站标识码|公网安备|打印本页|【打印】|关闭窗口|【关闭】|当前位置|您现在的位置|扫一扫在手机/;
const STRONG_SHORT_TEXT = 120;
/** A child with this much article text is a paragraph, not part of a tool bar around it. */
const WRAPPED_PARAGRAPH = 150;

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/** Nav, footer and the like by tag name or class/id words. */
export function isChromeElement(el: Element): boolean {
  return isChromeByTag(el) || isChromeByName(el);
}

function isChromeByTag(el: Element): boolean {
  if (CHROME_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'contentinfo' || role === 'banner';
}

/**
 * Chrome by its class or id words only. Weaker than a tag: a site may wrap its whole article column in
 * a `div.menu_con` (a real county finance page), so a named element that holds prose is not chrome
 * (see holdsProse).
 */
function isChromeByName(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => w !== '' && CHROME_WORD.test(w));
}

function isStrongChromeText(compacted: string): boolean {
  return STRONG_CHROME_TEXT.test(compacted) || TOOL_BAR.test(compacted);
}

/** Long text, mostly not links: a paragraph column, whatever its wrapper is called. */
function holdsProse(text: number, link: number): boolean {
  return text >= SHORT_TEXT && link * 3 < text;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A short text that reads like a footer, breadcrumb or tool bar. */
export function isChromeText(text: string): boolean {
  const t = compact(text);
  return t.length > 0 && t.length < SHORT_TEXT && (CHROME_TEXT.test(t) || TOOL_BAR.test(t));
}

interface Measure {
  /** Non-white-space characters of visible text. */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Text that counts as article text: not in links, not in chrome. */
  dense: number;
  /** The element itself is chrome (nav, footer, link list, tool bar …): none of its text counts. */
  chrome: boolean;
}

/**
 * One post-order pass over the subtree: visible text, link text and dense text of every element.
 * Short elements are also checked for footer / tool-bar wording.
 */
function measureTree(root: Element): Map<Element, Measure> {
  const out = new Map<Element, Measure>();
  const visit = (el: Element, inLink: boolean): Measure => {
    const m: Measure = { text: 0, link: 0, dense: 0, chrome: false };
    const link = inLink || tagOf(el) === 'a';
    /** The most article text one child element carries (after its own chrome was counted out). */
    let childDense = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const n = compact((c as Text).data).length;
        m.text += n;
        if (link) m.link += n;
        else m.dense += n;
      } else if (c.nodeType === ELEMENT_NODE) {
        const ce = c as Element;
        if (SKIP_TEXT_TAGS.has(tagOf(ce)) || isHiddenByMarkup(ce)) continue;
        const cm = visit(ce, link);
        m.text += cm.text;
        m.link += cm.link;
        m.dense += cm.dense;
        if (cm.dense > childDense) childDense = cm.dense;
      }
    }
    const tag = tagOf(el);
    const linkList = (tag === 'ul' || tag === 'ol' || tag === 'dl') && m.link * 2 >= m.text;
    const chromeByMarkup = isChromeByTag(el) || linkList || (isChromeByName(el) && !holdsProse(m.text, m.link));
    // Chrome wording decides for a short element, unless it wraps a paragraph of its own: a short notice
    // sits in the same box as its "打印 【字体：大中小】" line, which is left out at its own level.
    if (chromeByMarkup || (m.text < SHORT_TEXT && childDense < WRAPPED_PARAGRAPH && isChromeText(el.textContent ?? ''))) {
      m.dense = 0;
      m.chrome = m.text > 0 && (chromeByMarkup || (m.text < STRONG_SHORT_TEXT && isStrongChromeText(compact(el.textContent ?? ''))));
    }
    out.set(el, m);
    return m;
  };
  visit(root, false);
  return out;
}

/** The outermost chrome elements inside root (root itself never: it holds the article). */
function chromeInside(root: Element, measures: Map<Element, Measure>): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const m = measures.get(c);
      if (!m) continue; // skipped while measuring (script, hidden …): the text index skips it too
      if (m.chrome) out.push(c);
      else if (m.text > 0) visit(c);
    }
  };
  visit(root);
  return out;
}

/** The article's text index, without the chrome findArticle found inside its root. */
export function indexArticle(match: ArticleMatch): TextIndex {
  if (match.exclude.length === 0) return buildTextIndex(match.root);
  const skip = new Set(match.exclude);
  return buildTextIndex(match.root, { isHidden: (el) => skip.has(el) });
}

function lowestCommonAncestor(elements: readonly Element[]): Element | null {
  let lca: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (lca && !lca.contains(el)) lca = lca.parentElement;
    if (!lca) return null;
  }
  return lca;
}

/** Elements that hold an article's blocks; paragraphs and list items are never a root on their own. */
const CONTAINER_TAGS = new Set(['body', 'div', 'section', 'article', 'main', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'center', 'form', 'font']);
/** A meta line under a title: date, source, hits, font size, editor. */
const META_TEXT = /发布|来源|时间|日期|作者|浏览|点击|阅读|字号|字体|编辑|索引号|文号|【/;

function heaviestChild(el: Element, measures: Map<Element, Measure>): [Element | null, number] {
  let best: Element | null = null;
  let bestDense = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const d = measures.get(c)?.dense ?? 0;
    if (d > bestDense) {
      best = c;
      bestDense = d;
    }
  }
  return [best, bestDense];
}

function directText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) s += (c as Text).data;
  return compact(s);
}

/** A title or meta line that may be left outside the root (never a paragraph of the report). */
function isTitleOrMeta(el: Element): boolean {
  if (isTitleElement(el)) return true;
  const t = compact(el.textContent ?? '');
  if (t.length >= 100) return false;
  if (META_TEXT.test(t)) return true;
  // a row or box that only wraps a heading (<tr><td><h2>…</h2></td></tr>)
  const heading = el.querySelector('h1,h2,h3,h4,[class*="title"],[id*="title"]');
  return heading !== null && compact(heading.textContent ?? '') === t;
}

/**
 * Move down into the child that holds the article text when everything else beside it is chrome, a title
 * or a meta line (so a wrapper with a title bar gives way to the text's own container, but a short real
 * paragraph such as 各位代表： is never left out).
 */
function tighten(el: Element, measures: Map<Element, Measure>): Element {
  let cur = el;
  for (;;) {
    const [best] = heaviestChild(cur, measures);
    if (!best || !CONTAINER_TAGS.has(tagOf(best)) || directText(cur) !== '') return cur;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling) {
      if (c !== best && (measures.get(c)?.dense ?? 0) > 0 && !isTitleOrMeta(c)) return cur;
    }
    cur = best;
  }
}

/**
 * From the body down, follow the child that holds most (share) of the dense text while what is left beside
 * it is small: the smallest container of the page's main text.
 */
function densestBlock(body: Element, measures: Map<Element, Measure>, share: number): Element {
  let cur = body;
  for (;;) {
    const total = measures.get(cur)?.dense ?? 0;
    const [best, bestDense] = heaviestChild(cur, measures);
    if (!best || !CONTAINER_TAGS.has(tagOf(best))) return cur;
    if (bestDense < total * share || total - bestDense > Math.max(60, total * (1 - share) * 0.5)) return cur;
    cur = best;
  }
}

/** Text of `el` outside any stamped block inside it (the text this block itself carries). */
function ownText(el: Element): string {
  let s = '';
  const visit = (node: Element) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) s += (c as Text).data;
      else if (c.nodeType === ELEMENT_NODE) {
        const ce = c as Element;
        if (!ce.hasAttribute(BLOCK_STAMP) && !SKIP_TEXT_TAGS.has(tagOf(ce))) visit(ce);
      }
    }
  };
  visit(el);
  return s;
}

/** Share of the block's own text (outside stamped blocks inside it) that is link text. */
function ownLinkShare(el: Element): number {
  const all = compact(ownText(el)).length;
  if (all === 0) return 0;
  let link = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    if (a.closest(`[${BLOCK_STAMP}]`) === el) link += compact(a.textContent ?? '').length;
  }
  return link / all;
}

/** Non-white-space characters of the links inside el. */
function linkLength(el: Element): number {
  let link = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) link += compact(a.textContent ?? '').length;
  return link;
}

function linkShare(el: Element): number {
  const all = compact(el.textContent ?? '').length;
  return all === 0 ? 0 : linkLength(el) / all;
}

/** Inside a nav, footer … below `stop`; a class-named wrapper that holds prose does not count (holdsProse). */
function insideChrome(el: Element, stop: Element, prose: (el: Element) => boolean): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isChromeByTag(cur) || (isChromeByName(cur) && !prose(cur))) return true;
  }
  return false;
}

/** holdsProse of an element, measured on demand and remembered (the same wrappers are asked again). */
function proseTest(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    let answer = known.get(el);
    if (answer === undefined) {
      const text = compact(el.textContent ?? '').length;
      answer = holdsProse(text, linkLength(el));
      known.set(el, answer);
    }
    return answer;
  };
}

function runReadability(doc: Document, body: Element, stamped: readonly Element[], isRendered: FindArticleOptions['isRendered']): Element | null {
  let content: Element | null = null;
  try {
    // Readability rewrites the document it is given: it gets a clone.
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 300 }).parse();
    content = article?.content ?? null;
  } catch {
    return null; // a DOM implementation Readability does not support, or a page it chokes on
  }
  if (!content || linkShare(content) > 0.5) return null;
  const kept: Element[] = [];
  const prose = proseTest();
  const survivors = [...(content.hasAttribute(BLOCK_STAMP) ? [content] : []), ...Array.from(content.querySelectorAll(`[${BLOCK_STAMP}]`))];
  for (const s of survivors) {
    const live = stamped[Number(s.getAttribute(BLOCK_STAMP))];
    const own = ownText(s);
    if (!live || compact(own) === '' || isChromeText(own) || ownLinkShare(s) > 0.5) continue;
    if (insideChrome(live, body, prose)) continue;
    if (isRendered && !isRendered(live)) continue; // a hidden copy of the article (see FindArticleOptions)
    kept.push(live);
  }
  return lowestCommonAncestor(kept);
}

/**
 * The element of the first selector that has one with at least `min` characters of article text (not
 * mostly links), the one with the most; with the measures it was judged by (`measuresOf`: null skips it).
 */
function bestContainer(
  doc: Document,
  selectors: readonly string[],
  min: number,
  isRendered: FindArticleOptions['isRendered'],
  measuresOf: (el: Element) => Map<Element, Measure> | null,
): { el: Element; measures: Map<Element, Measure> } | null {
  for (const selector of selectors) {
    let best: { el: Element; measures: Map<Element, Measure> } | null = null;
    let bestDense = 0;
    for (const el of shownMatches(doc, selector, isRendered)) {
      const measures = measuresOf(el);
      const m = measures?.get(el);
      if (!measures || !m || m.dense < min || m.link > m.text * 0.5) continue;
      if (m.dense > bestDense) {
        best = { el, measures };
        bestDense = m.dense;
      }
    }
    if (best) return best;
  }
  return null;
}

/** Inside an element whose text is never read (script, template …) or hidden by its markup. */
function insideSkipped(el: Element, body: Element): boolean {
  for (let cur = el.parentElement; cur && cur !== body; cur = cur.parentElement) {
    if (SKIP_TEXT_TAGS.has(tagOf(cur)) || isHiddenByMarkup(cur)) return true;
  }
  return false;
}

/**
 * The specific template container as bestContainer would pick it from a measure of the whole body,
 * measuring only the candidates' own subtrees (an element's measure depends on nothing outside it). On a
 * report page this reads the article once instead of the whole page.
 */
function specificContainerAlone(
  doc: Document,
  body: Element,
  min: number,
  isRendered: FindArticleOptions['isRendered'],
): { el: Element; measures: Map<Element, Measure> } | null {
  return bestContainer(doc, TEMPLATE_SELECTORS.slice(0, GENERIC_FROM), min, isRendered, (el) =>
    !body.contains(el) || el === body || SKIP_TEXT_TAGS.has(tagOf(el)) || isHiddenByMarkup(el) || insideSkipped(el, body) ? null : measureTree(el),
  );
}

const TITLE_CLASS = /(?:^|[\s_-])(?:title|tit|bt|biaoti|wztit|article-title|pages-title)(?:$|[\s_-]|\d)/i;

function titleText(el: Element): string | null {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  // A label (关联稿件：, 相关文件:) heads a list, not the article.
  return t.length >= 4 && t.length <= 120 && !isChromeText(t) && !/[：:]$/.test(t) ? t : null;
}

function isTitleElement(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'h1' || tag === 'h2' || tag === 'h3') return true;
  return TITLE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** The first `length` characters of el.textContent, without building the whole of it (a report is long). */
function textPrefix(el: Element, length: number): string {
  let out = '';
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && out.length < length; n = walker.nextNode()) out += (n as Text).data;
  return out.slice(0, length);
}

/** A heading in the article or just before it (walking up a few levels), else the page title without site name. */
function findTitle(doc: Document, root: Element): string {
  const first = root.querySelector('h1,h2,h3');
  if (first && titleText(first)) {
    // A heading among the article's first 40 characters is its title.
    const heading = first.textContent ?? '';
    const before = textPrefix(root, 40 + heading.length).indexOf(heading);
    if (before >= 0 && before < 40) return titleText(first)!;
  }
  let cur: Element | null = root;
  for (let depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    let seen = 0;
    for (let s = cur.previousElementSibling; s && seen < 6; s = s.previousElementSibling, seen++) {
      const candidates = isTitleElement(s) ? [s] : Array.from(s.querySelectorAll('h1,h2,h3,[class*="title"],[id*="title"]'));
      for (const c of candidates) {
        // A heading inside a share widget (微信分享 <h3>扫一扫</h3>) or a related-links box is no title.
        if (insideChrome(c, s.parentElement ?? s, () => false)) continue;
        const t = titleText(c);
        if (t) return t;
      }
    }
  }
  const pageTitle = (doc.title ?? '').trim();
  // 2022年政府工作报告_咸阳市人民政府 / …-中国政府网 / …｜…: the first part is the page's own title.
  const head = pageTitle.split(/\s*(?:_|\||｜|—{1,2}|-{1,2}|–)\s*/)[0]?.trim() ?? '';
  return head.length >= 4 ? head : pageTitle;
}

function stampBlocks(body: Element): Element[] {
  const stamped = Array.from(body.querySelectorAll(STAMPED_SELECTOR));
  stamped.forEach((el, i) => el.setAttribute(BLOCK_STAMP, String(i)));
  return stamped;
}

/**
 * The page's body. A browser has one; linkedom (the command line) makes an empty first <body> when markup
 * stands before <head> or between </head> and <body> (saved pages with analytics scripts there), and
 * puts the page in a second one.
 */
function pageBody(doc: Document): Element | null {
  const body = doc.body;
  if (!body || body.firstElementChild) return body;
  let best: Element = body;
  let bestLength = (body.textContent ?? '').length;
  for (const b of Array.from(doc.querySelectorAll('body'))) {
    const length = (b.textContent ?? '').length;
    if (length > bestLength) {
      best = b;
      bestLength = length;
    }
  }
  return best;
}

export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleMatch | null {
  const body = pageBody(doc);
  if (!body) return null;
  const min = options.minTextLength ?? 200;

  // Fast path: a CMS body field (TRS_Editor, #UCAP-CONTENT, #zoom …) holding a whole document is the
  // article — the rule below would prefer it over Readability anyway. Skipping Readability here spares a
  // clone and a full parse of the page: tens of milliseconds, in one task, on a long report page; and
  // only the field is measured, not the whole page.
  const { isRendered } = options;
  const alone = specificContainerAlone(doc, body, min, isRendered);
  if (alone && (alone.measures.get(alone.el)?.dense ?? 0) >= FAST_PATH_TEXT) {
    const root = tighten(alone.el, alone.measures);
    return { root, title: findTitle(doc, alone.el), method: 'template', readerable: true, exclude: chromeInside(root, alone.measures) };
  }

  const measures = measureTree(body);
  const dense = (el: Element | null) => (el ? (measures.get(el)?.dense ?? 0) : 0);
  const whole = () => measures;
  const specific = bestContainer(doc, TEMPLATE_SELECTORS.slice(0, GENERIC_FROM), min, isRendered, whole)?.el ?? null;
  const generic = bestContainer(doc, TEMPLATE_SELECTORS.slice(GENERIC_FROM), min, isRendered, whole)?.el ?? null;

  // isProbablyReaderable walks every paragraph: asked only when Readability is going to run anyway.
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc, { minContentLength: 60 });
  } catch {
    readerable = false;
  }

  const stamped = stampBlocks(body);
  let fromReadability: Element | null;
  try {
    fromReadability = runReadability(doc, body, stamped, isRendered);
  } finally {
    for (const el of stamped) el.removeAttribute(BLOCK_STAMP);
  }

  let root: Element | null = null;
  let method: ArticleMethod = 'readability';
  const r = fromReadability && dense(fromReadability) >= min ? fromReadability : null;
  if (r && specific && r !== specific) {
    // The CMS's own body field is the article. Readability may have kept a wrapper with a sidebar beside
    // it, something else entirely, or too little of it; only a block inside it holding nearly all of its
    // text (an inner wrapper) is kept as Readability's answer.
    const inner = specific.contains(r) && dense(r) >= 0.9 * dense(specific);
    root = inner ? r : specific;
    method = inner ? 'readability' : 'template';
  } else if (r) {
    root = r;
    // Readability kept too little: a generic content container around it holds much more article text.
    if (generic && generic.contains(r) && dense(generic) > 2 * dense(r)) {
      root = generic;
      method = 'template';
    }
  } else if (specific ?? generic) {
    root = specific ?? generic;
    method = 'template';
  }
  if (!root) {
    root = densestBlock(body, measures, 0.8);
    method = 'density';
    if (dense(root) < min) return null;
  }
  // Drop wrappers whose extra content is chrome, a title or a meta line (the text's own container is the root).
  root = tighten(root, measures);
  return { root, title: findTitle(doc, root), method, readerable, exclude: chromeInside(root, measures) };
}
