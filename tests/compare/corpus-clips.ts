/**
 * Clips built by hand from real corpus reports, the way the store's buildClip makes them: the text of a
 * span of the report, the engine targets inside it with offsets shifted to the clip, the source from the
 * report's title.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/analysis-types';
import { clipSourceOf } from '../../lib/store/clip-source';
import type { Clip } from '../../lib/store/types';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');

const cache = new Map<string, { text: string; analysis: Analysis }>();

export function readReport(file: string): { text: string; analysis: Analysis } {
  let entry = cache.get(file);
  if (!entry) {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    entry = { text, analysis: analyze(text) };
    cache.set(file, entry);
  }
  return entry;
}

let nextId = 1;

/** A clip of [start, end) of a corpus report. */
export function clipOfSpan(file: string, start: number, end: number, extra: Partial<Clip> = {}): Clip {
  const { text, analysis } = readReport(file);
  const inside = analysis.targets.filter((t) => t.start >= start && t.end <= end);
  const keywords = analysis.keywords.filter((k) => k.start >= start && k.end <= end);
  const section = [...analysis.sections].reverse().find((s) => s.start <= start && end <= s.end) ?? null;
  const clipText = text.slice(start, end);
  const time = '2025-03-10T08:00:00.000Z';
  return {
    id: `clip-${nextId++}`,
    collectionId: 'col-provinces',
    createdAt: time,
    updatedAt: time,
    kind: 'selection',
    source: clipSourceOf({
      url: `https://www.example.gov.cn/${encodeURIComponent(file)}?utm_source=wechat#p1`,
      pageTitle: `${analysis.title ?? file}_政府门户网站`,
      reportTitle: analysis.title,
      yearHint: analysis.year,
    }),
    section: section?.title ?? null,
    text: clipText,
    note: '',
    tags: [],
    targets: inside.map((t) => ({ ...t, start: t.start - start, end: t.end - start, valueStart: t.valueStart - start, valueEnd: t.valueEnd - start })),
    keywords: [...new Map(keywords.map((k) => [k.term, { term: k.term, theme: k.theme }])).values()],
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: clipText, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    },
    ...extra,
  };
}

/** The headline target paragraph (主要预期目标) of a report as a clip. */
export function headlineClip(file: string, extra: Partial<Clip> = {}): Clip {
  const { analysis } = readReport(file);
  if (!analysis.headline) throw new Error(`no headline paragraph in ${file}`);
  return clipOfSpan(file, analysis.headline.start, analysis.headline.end, extra);
}

/** The sentence (up to 。；) of a report that contains `phrase`, as a clip. */
export function sentenceClip(file: string, phrase: string, extra: Partial<Clip> = {}): Clip {
  const { text } = readReport(file);
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" not in ${file}`);
  const before = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at));
  const after = text.slice(at).search(/[。\n]/);
  return clipOfSpan(file, before + 1, after < 0 ? text.length : at + after + 1, extra);
}
