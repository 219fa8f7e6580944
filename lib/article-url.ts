/**
 * Does a URL on an official site look like one article (a report, a policy document, a news item) rather
 * than a home page, a column or a list? Used before the page has loaded, to decide whether waking the
 * background and warming the engine is worth it (lib/engine-warmup.ts): that costs tens of milliseconds
 * of background CPU, and most pages of a portal are lists. A wrong "no" only means a colder engine.
 *
 * Article URLs of Chinese government CMSs carry an id or a date in their last segments:
 *   /zhengce/content/202403/content_6939584.htm (gov.cn), /art/2025/1/20/art_1229019364_2542381.html
 *   (大汉), /202501/t20250121_3993227.html (TRS), /gkmlpt/content/4/4602/post_4602622.html, people.com.cn
 *   /n1/2025/0305/c1001-40432345.html, news.cn /politics/20250305/<hash>/c.html, ?id=12345 pages.
 * Lists end in index.html, index_2.html, list.html or a bare directory.
 */
const LIST_PAGE = /^(?:index|default|list|more)(?:_\d+)?\.(?:s?html?|jhtml|jsp|aspx?|php)$/i;
const ARTICLE_NAME = /(?:\d{5,}|t\d{8}_|content_\d|art_\d|post_\d|c\d+-\d+|detail)/i;
const DATE_DIR = /\/(?:19|20)\d{2}(?:[01]\d)(?:[0-3]\d)?\//;
const ID_QUERY = /[?&](?:id|articleId|docid|infoid|contentId|newsId|aid)=\w{3,}/i;

export function looksLikeArticleUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (ID_QUERY.test(url.search)) return true;
  const path = url.pathname;
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last === '' || LIST_PAGE.test(last)) return false;
  return ARTICLE_NAME.test(last) || (DATE_DIR.test(path) && /\.(?:s?html?|jhtml)$/i.test(last));
}
