/**
 * Realistic saved work for the collection export tests: clips cut from real corpus reports (2025 湖北,
 * 2025 广东, the flattened 2022 天门 report, the 2022 市发改委 work plan with placeholders), with the
 * targets and keywords that analyze() finds in them, offsets shifted to the clip, and W3C selectors from
 * lib/anchoring describe(). Built by hand (not through the store) so that these tests stand on their own.
 */
import { readFileSync } from 'node:fs';
import type { Analysis } from '../../lib/analysis-types';
import { analyze } from '../../lib/analyze';
import { describe as describeSpan } from '../../lib/anchoring/describe';
import type { Clip, ClipKind, ClipSource, Collection } from '../../lib/store/types';

const CORPUS = 'tests/fixtures/corpus/';

export interface CorpusDoc {
  text: string;
  analysis: Analysis;
  source: ClipSource;
}

function load(file: string, source: Omit<ClipSource, 'reportTitle'>, reportTitle?: string | null): CorpusDoc {
  const text = readFileSync(CORPUS + file, 'utf8');
  const analysis = analyze(text);
  return { text, analysis, source: { ...source, reportTitle: reportTitle === undefined ? analysis.title : reportTitle } };
}

export const hubei = load('reports-2025-provinces/2025年湖北省.txt', {
  url: 'https://www.hubei.gov.cn/zwgk/hbyw/hbywqb/202501/t20250122_5512345.shtml',
  pageTitle: '政府工作报告——2025年1月16日在湖北省第十四届人民代表大会第三次会议上',
  site: 'www.hubei.gov.cn',
  region: '湖北省',
  year: 2025,
});
export const guangdong = load('reports-2025-provinces/2025年广东省.txt', {
  url: 'https://www.gd.gov.cn/gkmlpt/content/4/4612/post_4612345.html?id=88',
  pageTitle: '2025年广东省政府工作报告_广东省人民政府门户网站',
  site: 'www.gd.gov.cn',
  region: '广东省',
  year: 2025,
});
export const tianmen = load('reports/2022_天门市.txt', {
  url: 'http://www.tianmen.gov.cn/zwgk/zdly/zfgzbg/202201/t20220110_3951234.shtml',
  pageTitle: '2022年天门市政府工作报告',
  site: 'www.tianmen.gov.cn',
  region: '天门市',
  year: 2022,
});
export const workPlan = load('2022_市发改委_工作要点_含占位符.txt', {
  url: 'http://fgw.example.gov.cn/art/2022/2/18/art_1229_3977.html',
  pageTitle: '市发改委2022年工作要点',
  site: 'fgw.example.gov.cn',
  region: null,
  year: 2022,
});

/** [start, end) of `from` … through the first `to` after it (inclusive), or of `from` alone. */
export function spanOf(doc: CorpusDoc, from: string, to?: string): { start: number; end: number } {
  const start = doc.text.indexOf(from);
  if (start < 0) throw new Error(`not in the text: ${from}`);
  if (to === undefined) return { start, end: start + from.length };
  const stop = doc.text.indexOf(to, start + from.length);
  if (stop < 0) throw new Error(`not in the text after ${from}: ${to}`);
  return { start, end: stop + to.length };
}

export interface ClipMeta {
  id: string;
  collectionId: string;
  kind: ClipKind;
  createdAt: string;
  updatedAt?: string;
  note?: string;
  tags?: string[];
}

/** A clip of doc.text[start, end) as the store would save it. */
export function clipOf(doc: CorpusDoc, span: { start: number; end: number }, meta: ClipMeta): Clip {
  const { start, end } = span;
  const { analysis } = doc;
  const inner = analysis.sections.filter((s) => s.start <= start && start < s.end);
  const section = inner.reduce<(typeof inner)[number] | null>((best, s) => (best === null || s.level >= best.level ? s : best), null);
  const keywords: { term: string; theme: string }[] = [];
  for (const k of analysis.keywords) {
    if (k.start >= start && k.end <= end && !keywords.some((x) => x.term === k.term)) keywords.push({ term: k.term, theme: k.theme });
  }
  return {
    id: meta.id,
    collectionId: meta.collectionId,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt ?? meta.createdAt,
    kind: meta.kind,
    source: { ...doc.source },
    section: section?.title ?? null,
    text: doc.text.slice(start, end),
    note: meta.note ?? '',
    tags: meta.tags ?? [],
    targets: analysis.targets
      .filter((t) => t.start >= start && t.end <= end)
      .map((t) => ({ ...t, start: t.start - start, end: t.end - start, valueStart: t.valueStart - start, valueEnd: t.valueEnd - start })),
    keywords,
    selectors: describeSpan(doc.text, start, end),
  };
}

export const provinces: Collection = {
  id: '3f9a2c1e-7b4d-4e8a-9c61-2d5b8e0f1a37',
  name: '2025各省目标',
  createdAt: '2026-11-02T01:15:00.000Z',
  updatedAt: '2026-11-02T01:15:00.000Z',
};
export const cities: Collection = {
  id: 'a1c0e5d2-4f3b-4b9e-8d7a-6e2f1c9b0a54',
  name: '2022 市县/区 目标',
  createdAt: '2026-11-03T08:00:00.000Z',
  updatedAt: '2026-11-05T09:30:00.000Z',
};

/** Passages that users clip, with notes that have every character a CSV or Markdown writer must handle. */
export function sampleClips(): Clip[] {
  return [
    clipOf(hubei, spanOf(hubei, '经济社会发展的主要预期目标是', '。'), {
      id: 'c0000001-0000-4000-8000-000000000001',
      collectionId: provinces.id,
      kind: 'selection',
      createdAt: '2026-11-02T01:20:00.000Z',
      updatedAt: '2026-11-04T12:00:00.000Z',
      note: '湖北：经济增长"6%左右"，高于全国, 见第二部分\n与广东对比',
      tags: ['GDP', '就业', '主要预期目标'],
    }),
    clipOf(guangdong, spanOf(guangdong, '今年经济社会发展的主要预期目标是', '。'), {
      id: 'c0000001-0000-4000-8000-000000000002',
      collectionId: provinces.id,
      kind: 'section',
      createdAt: '2026-11-02T01:25:00.000Z',
      tags: ['主要预期目标'],
    }),
    clipOf(hubei, spanOf(hubei, '——经济运行持续向好。', '。'), {
      id: 'c0000001-0000-4000-8000-000000000003',
      collectionId: provinces.id,
      kind: 'selection',
      createdAt: '2026-11-02T01:30:00.000Z',
      note: '2024年实绩 =上年基数',
    }),
    clipOf(hubei, spanOf(hubei, '新质生产力'), {
      id: 'c0000001-0000-4000-8000-000000000004',
      collectionId: provinces.id,
      kind: 'keyword',
      createdAt: '2026-11-02T01:31:00.000Z',
    }),
    clipOf(tianmen, spanOf(tianmen, '全市经济社会发展的主要预期目标为', '。'), {
      id: 'c0000001-0000-4000-8000-000000000005',
      collectionId: cities.id,
      kind: 'selection',
      createdAt: '2026-11-03T08:05:00.000Z',
      note: '天门 2022：GDP 8%',
      tags: ['市县'],
    }),
    clipOf(workPlan, spanOf(workPlan, 'GDP增长X%左右'), {
      id: 'c0000001-0000-4000-8000-000000000006',
      collectionId: cities.id,
      kind: 'target',
      createdAt: '2026-11-03T08:10:00.000Z',
      note: '数字被遮蔽（X%）',
    }),
  ];
}

export function sampleData(): { collections: Collection[]; clips: Clip[] } {
  return { collections: [{ ...provinces }, { ...cities }], clips: sampleClips() };
}
