/**
 * npm run bench:store — the user's saved work at scale, each line against its budget:
 *   side panel 指标 first render with 1,000 targets        < 100 ms  (happy-dom, tests/bench/sidepanel-render.ts)
 *   saving a clip (addClip, median)                          (no budget; printed with p95)
 *   export of 10,000 clips to JSON and to CSV                < 1 s each
 *   re-anchoring 200 clips on a 50,000-character page        < 100 ms  (an edited page: offsets shifted,
 *                                                                       punctuation and figures changed)
 * The store runs on wxt's fake browser (in-memory storage.local), so "saving" measures our code
 * (validation, record building, the key lay-out), not the browser's disk. Clips are built with buildClip
 * from real corpus reports. `--check` exits with 1 when a budget is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, hostname } from 'node:os';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExportFile } from '../../components/export-files';
import type { Analysis } from '../../lib/analysis-types';
import { analyze } from '../../lib/analyze';
import { createAnchorer } from '../../lib/anchoring';
import { buildClip, type ClipPage } from '../../lib/store/build-clip';
import type { Clip, ClipInput, Collection } from '../../lib/store/types';

// wxt/browser picks globalThis.browser (or chrome) when its module is first evaluated: install the fake
// browser before anything that imports it (the store, and the components through t.ts) is loaded.
Object.assign(globalThis, { browser: fakeBrowser, chrome: fakeBrowser });
const store = await import('../../lib/store/collections');
const { analysisWithTargets, renderTargetsMs } = await import('./sidepanel-render');

const CORPUS = join(import.meta.dirname, '../fixtures/corpus');
const PROVINCES = join(CORPUS, 'reports-2025-provinces');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
}
function timeOnce<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
/** Median of `runs` timed calls after one warm-up. */
function timeMedian<T>(fn: () => T, runs: number): { ms: number; value: T } {
  let value = fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = timeOnce(fn);
    xs.push(r.ms);
    value = r.value;
  }
  return { ms: median(xs), value };
}

function page(file: string, text = readFileSync(join(PROVINCES, file), 'utf8')): ClipPage {
  const region = file.replace(/^2025年|\.txt$/g, '');
  return { text, analysis: analyze(text), url: `https://www.example.gov.cn/zfgzbg/2025/${encodeURIComponent(region)}.html`, pageTitle: `2025年${region}政府工作报告` };
}

/** Sentences [start, end) of a text (up to 。；！？ or a line end), whitespace-only ones left out. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^。；！？\n]+[。；！？]?/g)) if (m[0].trim().length >= 8) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Clip inputs for every sentence with a target in the provincial reports: what users actually save. */
function corpusClipInputs(): ClipInput[] {
  const inputs: ClipInput[] = [];
  for (const file of readdirSync(PROVINCES).filter((f) => f.endsWith('.txt')).sort()) {
    const p = page(file);
    for (const s of sentences(p.text)) {
      if (p.analysis.targets.some((t) => t.start >= s.start && t.end <= s.end)) inputs.push(buildClip(p, s));
    }
  }
  return inputs;
}

type Line = { label: string; ms: number; budget: number | null; detail: string };
const lines: Line[] = [];
const report = (line: Line) => {
  lines.push(line);
  const verdict = line.budget === null ? '' : line.ms <= line.budget ? `  ok (budget ${line.budget} ms)` : `  OVER BUDGET (${line.budget} ms)`;
  console.log(`${line.label.padEnd(44)} ${line.ms.toFixed(1).padStart(8)} ms${verdict}   ${line.detail}`);
};

console.log(`machine: ${hostname()} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · node ${process.version}\n`);

// 1. Side panel first render -------------------------------------------------------------------------
const analysis: Analysis = analysisWithTargets(1000);
report({ label: 'side panel 指标 first render, 1,000 targets', ms: await renderTargetsMs(analysis), budget: 100, detail: 'median of 5, happy-dom' });

// 2. Saving a clip ------------------------------------------------------------------------------------
const inputs = corpusClipInputs();
fakeBrowser.reset();
const collection = await store.createCollection('2025 各省目标');
await store.setCurrentCollection(collection.id);
// A store that already holds work: 1,000 clips, then 200 timed saves.
for (const input of inputs.slice(0, 1000)) await store.addClip(input);
const saves: number[] = [];
for (const input of inputs.slice(1000, 1200)) {
  const t0 = performance.now();
  await store.addClip(input);
  saves.push(performance.now() - t0);
}
report({
  label: 'saving a clip (addClip)',
  ms: median(saves),
  budget: null,
  detail: `median of ${saves.length}, p95 ${percentile(saves, 0.95).toFixed(2)} ms, store of 1,000+ clips, fake storage`,
});

// 3. Export of 10,000 clips -----------------------------------------------------------------------------
const collections: Collection[] = Array.from({ length: 10 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `合集 ${i + 1}`,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
}));
const clips: Clip[] = Array.from({ length: 10_000 }, (_, i) => {
  const input = inputs[i % inputs.length]!;
  const time = new Date(Date.UTC(2026, 10, 1, 8) + i * 1000).toISOString();
  return {
    ...input,
    id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    collectionId: collections[i % collections.length]!.id,
    createdAt: time,
    updatedAt: time,
    note: i % 3 === 0 ? '与上年目标对比，见第二部分，"左右"' : '',
    tags: i % 5 === 0 ? ['GDP', '主要预期目标'] : [],
  };
});
const data = { collections, clips };
const targetCount = clips.reduce((n, c) => n + c.targets.length, 0);
const options = { collectionId: null, now: new Date(), language: 'zh' } as const;
for (const kind of ['collection-json', 'csv'] as const) {
  const { ms, value } = timeMedian(() => buildExportFile(data, kind, options), 3);
  report({
    label: `export 10,000 clips to ${kind === 'csv' ? 'CSV' : 'JSON'}`,
    ms,
    budget: 1000,
    detail: `median of 3, ${(value.text.length / 1e6).toFixed(1)} M chars, ${targetCount} targets${kind === 'collection-json' ? ', schema-validated' : ', one row per target'}`,
  });
}

// 4. Re-anchoring 200 clips on an edited 50,000-character page -------------------------------------------
const joined = ['2025年湖北省.txt', '2025年广东省.txt'].map((f) => readFileSync(join(PROVINCES, f), 'utf8')).join('\n');
const original = joined.slice(0, joined.lastIndexOf('\n', 50_000));
const spans = sentences(original);
const step = Math.floor(spans.length / 200);
const clipSpans = Array.from({ length: 200 }, (_, i) => spans[i * step]!);
const original50k = page('2025年湖北省.txt', original);
const saved = clipSpans.map((s) => buildClip(original50k, s).selectors);
// The page as it is when the user comes back: a notice inserted at the top (every offset shifts),
// full-width commas turned half-width in every 7th sentence and a figure changed in every 23rd.
let edited = '';
let at = 0;
spans.forEach((s, i) => {
  let sentence = original.slice(s.start, s.end);
  if (i % 7 === 3) sentence = sentence.replace(/，/g, ', ');
  if (i % 23 === 5) sentence = sentence.replace(/\d/, (d) => String((Number(d) + 1) % 10));
  edited += original.slice(at, s.start) + sentence;
  at = s.end;
});
edited = '（本页内容于2025年2月10日更新，增加了附件下载链接。）\n' + edited + original.slice(at);
const anchorAll = (text: string) => {
  const anchorer = createAnchorer(text);
  return saved.map((sel) => anchorer.anchor(sel));
};
const statusCounts = (results: ReturnType<typeof anchorAll>) => {
  const n: Record<string, number> = { exact: 0, fuzzy: 0, orphan: 0 };
  for (const r of results) n[r.status] = (n[r.status] ?? 0) + 1;
  return `${n.exact} exact, ${n.fuzzy} fuzzy, ${n.orphan} orphan`;
};
const unchanged = timeMedian(() => anchorAll(original), 5);
report({ label: 're-anchoring 200 clips, unchanged 50k page', ms: unchanged.ms, budget: 100, detail: `median of 5: ${statusCounts(unchanged.value)}` });
const changed = timeMedian(() => anchorAll(edited), 5);
report({
  label: 're-anchoring 200 clips, edited 50k page',
  ms: changed.ms,
  budget: 100,
  detail: `median of 5 (fold + index included): ${statusCounts(changed.value)}; ${edited.length} chars`,
});

const over = lines.filter((l) => l.budget !== null && l.ms > l.budget);
console.log(over.length === 0 ? '\nall within budget' : `\n${over.length} over budget: ${over.map((l) => l.label).join('; ')}`);
if (process.argv.includes('--check') && over.length > 0) process.exitCode = 1;
