import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipSourceOf, normalizeUrl, regionOf, siteOf, urlMatchKey, yearOf } from '../../lib/store/clip-source';
import { canonicalRegion } from '../../lib/store/provinces';

const CORPUS = 'tests/fixtures/corpus';

/** Every report of the corpus with its first line (the title) and the region and year its file name gives. */
function corpusTitles(): Array<{ file: string; title: string; region: string; year: number }> {
  const out = [];
  for (const dir of readdirSync(CORPUS).filter((d) => d.startsWith('reports'))) {
    for (const file of readdirSync(join(CORPUS, dir))) {
      const title = readFileSync(join(CORPUS, dir, file), 'utf8').split('\n')[0]!.trim();
      // 2025年北京市.txt, 2022_天门市.txt
      const m = /^(\d{4})[年_](.+)\.txt$/.exec(file)!;
      out.push({ file, title, region: m[2]!, year: Number(m[1]) });
    }
  }
  return out;
}

/** Provinces the file names give by their short name, with the full name a comparison needs. */
const FULL_NAMES: Record<string, string> = {
  宁夏: '宁夏回族自治区',
  广西: '广西壮族自治区',
  新疆: '新疆维吾尔自治区',
  西藏: '西藏自治区',
};

describe('normalizeUrl', () => {
  it('drops the fragment and utm_* / spm / from / share tracking parameters, keeps the rest in order', () => {
    expect(
      normalizeUrl('https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm?utm_source=wechat&utm_medium=social&spm=a2c4g.11186623&from=timeline#section2'),
    ).toBe('https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm');
    expect(normalizeUrl('http://www.tianmen.gov.cn/zwgk/index.jsp?id=3966221&share_token=abc&isappinstalled=0&page=2')).toBe(
      'http://www.tianmen.gov.cn/zwgk/index.jsp?id=3966221&page=2',
    );
    expect(normalizeUrl('https://fgw.example.gov.cn/art.html?docid=9&UTM_Campaign=x&sharer_shareid=1&scene=1&clicktime=1712')).toBe(
      'https://fgw.example.gov.cn/art.html?docid=9',
    );
  });

  it('keeps parameters that pick the document, and their encoding as written', () => {
    expect(normalizeUrl('http://www.beijing.gov.cn/zhengce/?id=1&channel=%D5%FE%B8%AE')).toBe(
      'http://www.beijing.gov.cn/zhengce/?id=1&channel=%D5%FE%B8%AE',
    );
    expect(normalizeUrl('https://x.gov.cn/a.htm?fromto=1&refid=2')).toBe('https://x.gov.cn/a.htm?fromto=1&refid=2');
  });

  it('normalises host case and the default port, and leaves no bare ? behind', () => {
    expect(normalizeUrl('HTTPS://WWW.GOV.CN:443/a.htm?spm=1')).toBe('https://www.gov.cn/a.htm');
    expect(normalizeUrl('  https://www.gov.cn/a.htm#top  ')).toBe('https://www.gov.cn/a.htm');
  });

  it('is idempotent', () => {
    const urls = [
      'https://www.gov.cn/a.htm?utm_source=x&id=2#h',
      'http://www.tianmen.gov.cn/zwgk/index.jsp?id=3966221&from=singlemessage',
      'not a url#frag',
    ];
    for (const u of urls) expect(normalizeUrl(normalizeUrl(u))).toBe(normalizeUrl(u));
  });

  it('cuts only the hash of something that is not a URL', () => {
    expect(normalizeUrl('report.txt#p3')).toBe('report.txt');
  });
});

describe('urlMatchKey', () => {
  it('treats http/https and www. as the same document, but not different paths or ids', () => {
    const a = urlMatchKey('https://www.tianmen.gov.cn/zwgk/t.shtml?id=1#x');
    expect(urlMatchKey('http://tianmen.gov.cn/zwgk/t.shtml?id=1&utm_source=x')).toBe(a);
    expect(urlMatchKey('https://www.tianmen.gov.cn/zwgk/t.shtml?id=2')).not.toBe(a);
    expect(urlMatchKey('https://www.tianmen.gov.cn/zwgk/t2.shtml?id=1')).not.toBe(a);
  });
});

describe('siteOf', () => {
  it('is the host name, or empty without one', () => {
    expect(siteOf('http://www.tianmen.gov.cn/zwgk/index.jsp?id=1')).toBe('www.tianmen.gov.cn');
    expect(siteOf('garbage')).toBe('');
  });
});

describe('regionOf', () => {
  const titles = corpusTitles();

  it('reads the region of every corpus report from its title line', () => {
    expect(titles.length).toBe(36);
    for (const t of titles) {
      expect({ file: t.file, region: regionOf(t.title) }).toEqual({ file: t.file, region: FULL_NAMES[t.region] ?? t.region });
    }
  });

  it('gives the same region for a province however the title writes it', () => {
    expect(regionOf('2025年宁夏政府工作报告')).toBe(regionOf('2024年宁夏回族自治区政府工作报告'));
    expect(regionOf('2023年广西自治区政府工作报告')).toBe('广西壮族自治区');
    expect(canonicalRegion('北京')).toBe('北京市');
  });

  it('reads titles where the region comes first, after the date or inside the session line', () => {
    expect(regionOf('天门市2022年政府工作报告')).toBe('天门市');
    expect(regionOf('政府工作报告——2023年1月8日在天津市东丽区第十八届人民代表大会第三次会议上')).toBe('东丽区');
    expect(regionOf('北京市海淀区2023年政府工作报告')).toBe('海淀区');
    expect(regionOf('湖北天门市2022年政府工作报告')).toBe('天门市');
    expect(regionOf('政府工作报告_天门市人民政府')).toBe('天门市');
    expect(regionOf('2022年政府工作报告 - 湖北省人民政府门户网站')).toBe('湖北省');
  });

  it('knows the unit suffixes of every level', () => {
    expect(regionOf('2024年内蒙古自治区政府工作报告')).toBe('内蒙古自治区');
    expect(regionOf('2024年黔东南苗族侗族自治州政府工作报告')).toBe('黔东南苗族侗族自治州');
    expect(regionOf('2023年阿拉善盟政府工作报告')).toBe('阿拉善盟');
    expect(regionOf('2024年滨海新区政府工作报告')).toBe('滨海新区');
    expect(regionOf('2024年神农架林区政府工作报告')).toBe('神农架林区');
    expect(regionOf('2024年沛县政府工作报告')).toBe('沛县');
    expect(regionOf('2021年市中区政府工作报告')).toBe('市中区');
  });

  it('does not cut place names that contain 年/日 or a city suffix inside them', () => {
    expect(regionOf('2023年日照市政府工作报告')).toBe('日照市');
    expect(regionOf('2024年万年县政府工作报告')).toBe('万年县');
    expect(regionOf('二〇二二年杭州市政府工作报告')).toBe('杭州市');
    expect(regionOf('2023年吉林市政府工作报告')).toBe('吉林市');
  });

  it('says 全国 for the State Council report and null when no place is named', () => {
    expect(regionOf('政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上 国务院总理 李强')).toBe('全国');
    expect(regionOf('2022年政府工作报告')).toBeNull();
    expect(regionOf('关于2021年国民经济和社会发展计划执行情况与2022年计划草案的报告')).toBeNull();
    expect(regionOf('全市中心城区建设')).toBeNull();
    expect(regionOf('')).toBeNull();
    expect(regionOf(null)).toBeNull();
  });
});

describe('yearOf', () => {
  it('reads the year of every corpus report from its title line', () => {
    for (const t of corpusTitles()) expect({ file: t.file, year: yearOf(t.title) }).toEqual({ file: t.file, year: t.year });
  });

  it('prefers the report year over the session date, and reads Chinese numerals', () => {
    expect(yearOf('天门市2022年政府工作报告')).toBe(2022);
    expect(yearOf('政府工作报告——2021年12月16日在天门市第九届人民代表大会第一次会议上')).toBe(2021);
    expect(yearOf('2022年政府工作报告——2021年12月16日在天门市第九届人民代表大会第一次会议上')).toBe(2022);
    expect(yearOf('二〇二二年杭州市政府工作报告')).toBe(2022);
    expect(yearOf('政府工作报告（2023）')).toBe(2023);
    expect(yearOf('第十四届全国人民代表大会')).toBeNull();
    expect(yearOf('12023年')).toBeNull();
  });
});

describe('clipSourceOf', () => {
  it('takes region and year from the report title, then the page title, then the engine year', () => {
    expect(
      clipSourceOf({
        url: 'https://www.tianmen.gov.cn/zwgk/t.shtml?id=1&utm_source=x#p',
        pageTitle: ' 政府工作报告_天门市人民政府 ',
        reportTitle: null,
        yearHint: 2022,
      }),
    ).toEqual({
      url: 'https://www.tianmen.gov.cn/zwgk/t.shtml?id=1',
      pageTitle: '政府工作报告_天门市人民政府',
      site: 'www.tianmen.gov.cn',
      reportTitle: null,
      region: '天门市',
      year: 2022,
    });
    const s = clipSourceOf({ url: 'http://www.beijing.gov.cn/a.html', pageTitle: '首页', reportTitle: '2025年北京市政府工作报告', yearHint: 2024 });
    expect([s.region, s.year, s.reportTitle]).toEqual(['北京市', 2025, '2025年北京市政府工作报告']);
  });
});
