import { describe, expect, it } from 'vitest';
import { looksLikeArticleUrl } from '../../lib/article-url';

describe('looksLikeArticleUrl: is waking the engine worth it before the page has loaded?', () => {
  it.each([
    'https://www.gov.cn/zhengce/content/202403/content_6939584.htm',
    'https://www.gov.cn/yaowen/liebiao/202503/content_7010168.htm',
    'https://www.zj.gov.cn/art/2025/1/20/art_1229019364_2542381.html',
    'https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_3993227.html',
    'https://www.hubei.gov.cn/zfwj/ezf/202501/t20250124_5516432.shtml',
    'https://www.gd.gov.cn/gkmlpt/content/4/4602/post_4602622.html',
    'https://www.ndrc.gov.cn/fzggw/jgsj/zcs/sjdt/202501/t20250120_1395513.html',
    'http://politics.people.com.cn/n1/2025/0305/c1001-40432345.html',
    'https://www.news.cn/politics/20250305/0a1b2c3d4e5f/c.html',
    'https://www.example.gov.cn/site/detail.jsp?id=20250120',
    'https://fgw.example.gov.cn/xxgk/ghjh/2025012012345.html',
  ])('yes: %s', (url) => expect(looksLikeArticleUrl(url)).toBe(true));

  it.each([
    'https://www.gov.cn/',
    'https://www.gov.cn/zhengce/',
    'https://www.zj.gov.cn/col/col1229019364/index.html',
    'https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/index_2.html',
    'https://www.hubei.gov.cn/zfwj/list.shtml',
    'https://www.example.gov.cn/about.html',
    'not a url',
  ])('no: %s', (url) => expect(looksLikeArticleUrl(url)).toBe(false));
});
