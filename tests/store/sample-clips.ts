/**
 * Clip inputs made the way the content script makes them: buildClip over a real corpus report and its
 * analysis, for spans of real sentences.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/analyze';
import { buildClip, type ClipPage } from '../../lib/store/build-clip';
import type { ClipInput } from '../../lib/store/types';

function loadPage(file: string, url: string, pageTitle: string): ClipPage {
  const text = readFileSync(`tests/fixtures/corpus/${file}`, 'utf8');
  return { text, analysis: analyze(text), url, pageTitle };
}

export const BEIJING = loadPage(
  'reports-2025-provinces/2025年北京市.txt',
  'https://www.beijing.gov.cn/gongkai/jihua/zfgzbg/202501/t20250121_3994004.html',
  '2025年北京市政府工作报告',
);
export const TIANMEN = loadPage(
  'reports/2022_天门市.txt',
  'http://www.tianmen.gov.cn/zwgk/zfgzbg/t20220117.shtml?id=3966221',
  '2022年天门市政府工作报告_天门市人民政府',
);

/** The sentences of a page that hold at least one target, as clip inputs (up to `limit`). */
export function sentenceClips(page: ClipPage, limit: number): ClipInput[] {
  const out: ClipInput[] = [];
  const re = /[^。；\n]+[。；]/g;
  for (const m of page.text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!page.analysis.targets.some((t) => t.start >= start && t.end <= end)) continue;
    out.push(buildClip(page, { start, end }));
    if (out.length >= limit) break;
  }
  return out;
}

/** The first sentence of a page that contains `needle`, as a clip input. */
export function clipOf(page: ClipPage, needle: string): ClipInput {
  const at = page.text.indexOf(needle);
  if (at < 0) throw new Error(`not in the page: ${needle}`);
  const start = Math.max(page.text.lastIndexOf('。', at), page.text.lastIndexOf('\n', at)) + 1;
  const stop = page.text.slice(at).search(/[。\n]/);
  const end = stop < 0 ? page.text.length : at + stop + 1;
  return buildClip(page, { start, end });
}
