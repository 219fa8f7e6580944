/**
 * Where a clip comes from: the page URL without tracking noise, the host, and the region and year of the
 * report as its title states them. Pure functions: the content script, the store's migrations and the
 * exporters all call them.
 */
import { parseChineseNumeral } from '../numbers/chinese-numeral';
import { PROVINCES, canonicalRegion, provinceByShortName } from './provinces';
import type { ClipSource } from './types';

/**
 * Query parameters that only say how the reader arrived (campaign tags, share buttons, WeChat and Alibaba
 * referral stamps, ad click ids). Parameters that pick the document (id=, docid=, page=) are kept.
 */
const TRACKING_PARAMS = new Set([
  'spm',
  'from',
  'share',
  'share_from',
  'share_source',
  'share_medium',
  'share_token',
  'sharer',
  'shareid',
  'share_id',
  'isappinstalled',
  'scene',
  'clicktime',
  'enterid',
  'wxfrom',
  'from_source',
  'srcid',
  'fbclid',
  'gclid',
  'msclkid',
  'yclid',
  'dclid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'vd_source',
]);
const TRACKING_PREFIXES = ['utm_', 'share_', 'sharer_'];

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The page address as a clip stores it: no fragment, no tracking parameters; everything else as it was
 * (order of the remaining parameters included, since some old portals read them positionally). Host
 * case and default ports are normalised by URL itself. A string that is not a URL loses only its hash.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    const hash = trimmed.indexOf('#');
    return hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  }
  parsed.hash = '';
  if (parsed.search) {
    // Rebuild the query by hand rather than through URLSearchParams, which would re-encode every kept
    // parameter (GBK-encoded values on old portals would change and no longer match the page's own URL).
    const kept = parsed.search
      .slice(1)
      .split('&')
      .filter((part) => part !== '' && !isTrackingParam(decodeName(part.split('=')[0] ?? '')));
    parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  }
  return parsed.href;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The key under which two addresses count as the same document: the normalised URL without its scheme
 * and without a leading www. (portals serve the same report over http and https, with and without www).
 */
export function urlMatchKey(url: string): string {
  const n = normalizeUrl(url);
  return n.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^www\./i, '');
}

/** Host name of a URL, or '' when it has none (file:, a bad string). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------- region

/** Words in titles that are never part of a place name; cutting at them leaves the place names alone. */
const NOISE = [
  '人民代表大会常务委员会',
  '人民代表大会',
  '政府工作报告',
  '人民政府',
  '门户网站',
  '工作报告',
  '常务委员会',
  '政府网',
  '政府',
  '报告',
  '关于',
  '在',
  '上的',
  '会议',
  '中华人民共和国',
  '中国',
  '中共',
];

/**
 * Suffixes of administrative units, longest first so that 自治区 wins over 区. A bare 州 is left out: it
 * ends city names (杭州, 广州) far more often than it marks a prefecture.
 */
const UNIT_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '新区', '林区', '地区', '省', '市', '区', '县', '旗', '盟'];

/** Words ending in a unit suffix that are not places (城区 in 中心城区, 开发区 alone). */
const NOT_PLACES = new Set(['城', '市', '全', '本', '我', '该', '辖', '各', '郊', '城乡', '地', '山', '园', '景', '社', '开发', '示范', '新城', '老城', '中心城']);

/** Kinds of area that end like a place but are not one (中心城区, 经济开发区, 自然保护区). */
const GENERIC_AREAS = /(?:城区|市区|辖区|园区|景区|社区|山区|郊区|片区|街区|开发区|示范区|功能区|试验区|保护区|集聚区|自贸区)$/;

/** 全市 / 我区 / 各县 …: the speaker's own area, not a name; a run starting with one is read after it. */
const SELF_REFERENCE = /^(?:[全本我各该](?:省|市|区|县|旗|州))+/;

/** The most specific place named in one run of Chinese text, e.g. 天津市东丽区 → [天津市, 东丽区]. */
function placesInRun(run: string): string[] {
  const places: string[] = [];
  let rest = run.replace(SELF_REFERENCE, '');
  while (rest.length > 0) {
    const found = firstUnit(rest);
    if (!found) {
      const province = provinceByShortName(rest);
      if (province) places.push(province);
      break;
    }
    places.push(found.name);
    rest = rest.slice(found.end);
  }
  return places;
}

/** The shortest prefix of `s` that reads as a place name with a unit suffix (at least two characters). */
function firstUnit(s: string): { name: string; end: number } | null {
  for (let end = 2; end <= s.length; end++) {
    for (const suffix of UNIT_SUFFIXES) {
      const stem = end - suffix.length;
      // A one-character stem only when it is the whole run (沛县, 歙县); otherwise 杭州市 would stop at 杭州.
      if (stem < 1 || (stem < 2 && end !== s.length) || !s.startsWith(suffix, stem)) continue;
      const stemText = s.slice(0, stem);
      if (NOT_PLACES.has(stemText) || GENERIC_AREAS.test(s.slice(0, end))) continue;
      return { name: withoutProvincePrefix(s.slice(0, end)), end };
    }
  }
  return null;
}

/**
 * 湖北天门市 → 天门市: a province's short name written in front of a lower unit. Not when the rest is a
 * bare suffix (吉林市 is a city) or an ethnic autonomous unit (海南藏族自治州 is in 青海).
 */
function withoutProvincePrefix(name: string): string {
  // 广西自治区 is the province itself, written short.
  if (canonicalRegion(name) !== name) return name;
  for (const p of PROVINCES) {
    if (name.startsWith(p.short) && !name.startsWith(p.full)) {
      const rest = name.slice(p.short.length);
      if (rest.length >= 3 && !rest.includes('族') && firstUnit(rest)?.end === rest.length) return rest;
    }
  }
  return name;
}

/** Text runs of a title between digits, punctuation and the noise words (longest noise word first). */
function runsOf(title: string): string[] {
  let t = title.normalize('NFKC');
  for (const w of NOISE) t = t.split(w).join('|');
  // Ordinals and dates are not places: 第十八届, 二〇二二年, 1月8日. Only 年/月/日 after a numeral are cut,
  // because the same characters start place names (日照市, 月湖区, 万年县).
  t = t.replace(/第[一二三四五六七八九十百零〇\d]+[届次]/g, '|');
  t = t.replace(/[\d〇零一二三四五六七八九十]+\s*[年月日号]/g, '|');
  return t.split(/[^\u3400-\u9fff]+/).filter((r) => r.length >= 2);
}

/**
 * The region a report is about, from its title (or the page title): 2025年北京市政府工作报告 → 北京市,
 * 天门市2022年政府工作报告 → 天门市, 2025年宁夏政府工作报告 → 宁夏回族自治区 (provinces by their short name
 * get their full name, so that titles of different years compare), …在天津市东丽区… → 东丽区 (the most
 * specific unit), 国务院 / 全国人民代表大会 → 全国. Null when the title names no place.
 */
export function regionOf(title: string | null | undefined): string | null {
  if (!title) return null;
  const t = title.normalize('NFKC');
  // Titles name one place, or a place inside another (天津市东丽区): the first run that names a place
  // decides, and its innermost unit is the region.
  for (const run of runsOf(t)) {
    const places = placesInRun(run);
    const last = places[places.length - 1];
    if (last) return canonicalRegion(last);
  }
  if (/国务院|全国人民代表大会|全国人大/.test(t)) return '全国';
  return null;
}

// ------------------------------------------------------------------------------------------------ year

const YEAR_MIN = 1949;
const YEAR_MAX = 2100;

/**
 * The year of a report from its title: the first year written as 2022年 or 二〇二二年 that is not the date
 * of the session (2023年1月8日 names when it was given, which is usually but not always the same year);
 * else the session date's year; else a bare four-digit year ((2022)). Null when there is none.
 */
export function yearOf(title: string | null | undefined): number | null {
  if (!title) return null;
  const t = title.normalize('NFKC');
  let dateYear: number | null = null;
  const re = /((?:19|20)\d\d|[〇零一二三四五六七八九]{4})\s*年(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)?/g;
  for (const m of t.matchAll(re)) {
    const before = m.index > 0 ? t[m.index - 1]! : '';
    if (/\d/.test(before)) continue;
    const y = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (y === null || y < YEAR_MIN || y > YEAR_MAX) continue;
    if (!m[2]) return y;
    dateYear ??= y;
  }
  if (dateYear !== null) return dateYear;
  const bare = /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(t);
  return bare ? Number(bare[1]) : null;
}

// ------------------------------------------------------------------------------------------- assembly

/**
 * The source block of a clip. Region and year come from the report title when it names them, else from
 * the page title; `yearHint` (the engine's plan year) fills in a year neither title states.
 */
export function clipSourceOf(page: {
  url: string;
  pageTitle: string;
  reportTitle?: string | null;
  yearHint?: number | null;
}): ClipSource {
  const reportTitle = page.reportTitle?.trim() || null;
  const pageTitle = page.pageTitle.trim();
  return {
    url: normalizeUrl(page.url),
    pageTitle,
    site: siteOf(page.url),
    reportTitle,
    region: regionOf(reportTitle) ?? regionOf(pageTitle),
    year: yearOf(reportTitle) ?? page.yearHint ?? yearOf(pageTitle),
  };
}
