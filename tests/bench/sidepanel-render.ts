/**
 * First render of the side panel's 指标 view with 1,000 real engine targets, in happy-dom. Exported for
 * npm run bench:store (the budget is 100 ms); run directly with `npx tsx tests/bench/sidepanel-render.ts`.
 *
 * The targets are real: analyze() over several corpus reports joined into one text (so indices, sections
 * and section ids agree, as they do for one long page), cut to the first `count` targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { Window } from 'happy-dom';
import { TargetTable } from '../../components/TargetTable';
import { analyze } from '../../lib/analyze';
import type { Analysis } from '../../lib/analysis-types';

const PROVINCES = join(import.meta.dirname, '../fixtures/corpus/reports-2025-provinces');

/** An analysis of joined provincial reports with at least `count` targets (its targets cut to `count`). */
export function analysisWithTargets(count: number): Analysis {
  const parts: string[] = [];
  let analysis: Analysis | null = null;
  for (const file of readdirSync(PROVINCES).filter((f) => f.endsWith('.txt')).sort()) {
    parts.push(readFileSync(join(PROVINCES, file), 'utf8'));
    if (parts.length % 4 !== 0) continue;
    analysis = analyze(parts.join('\n\n'));
    if (analysis.targets.length >= count) break;
  }
  analysis ??= analyze(parts.join('\n\n'));
  if (analysis.targets.length < count) throw new Error(`the corpus has only ${analysis.targets.length} targets`);
  return { ...analysis, targets: analysis.targets.slice(0, count) };
}

export interface RenderTimes {
  /** The synchronous first render: the toolbar, the first rows, every group up to them. */
  firstMs: number;
  /** Until every row is in the DOM (the rest arrive in chunks, one task each). */
  completeMs: number;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Times of TargetTable with the analysis's targets (median of `runs` renders into fresh containers, after
 * one warm-up): the first render, and until all rows are drawn.
 */
export async function renderTargetsTimes(analysis: Analysis = analysisWithTargets(1000), runs = 5): Promise<RenderTimes> {
  const window = new Window();
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window };
  // Preact creates elements through the global document.
  g.document = window.document;
  g.window = window;
  try {
    const once = async (): Promise<RenderTimes> => {
      const container = window.document.createElement('div');
      window.document.body.appendChild(container as never);
      const t0 = performance.now();
      render(h(TargetTable, { targets: analysis.targets, sections: analysis.sections, onJump: () => undefined, onSave: () => undefined }), container as never);
      const firstMs = performance.now() - t0;
      if (container.querySelectorAll('tr.sp-row').length === 0) throw new Error('the first render drew no rows');
      for (let i = 0; i < 1000 && container.querySelectorAll('tr.sp-row').length < analysis.targets.length; i++) await tick();
      const completeMs = performance.now() - t0;
      const rows = container.querySelectorAll('tr.sp-row').length;
      if (rows !== analysis.targets.length) throw new Error(`rendered ${rows} rows for ${analysis.targets.length} targets`);
      render(null, container as never);
      container.remove();
      return { firstMs, completeMs };
    };
    await once();
    const all: RenderTimes[] = [];
    for (let i = 0; i < runs; i++) all.push(await once());
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return { firstMs: median(all.map((x) => x.firstMs)), completeMs: median(all.map((x) => x.completeMs)) };
  } finally {
    g.document = saved.document;
    g.window = saved.window;
    await window.happyDOM.close();
  }
}

/** Milliseconds of the first render of the 指标 view with 1,000 targets (the bench:store budget line). */
export async function renderTargetsMs(analysis?: Analysis): Promise<number> {
  return (await renderTargetsTimes(analysis)).firstMs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const analysis = analysisWithTargets(1000);
  const times = await renderTargetsTimes(analysis);
  console.log(
    `side panel 指标, ${analysis.targets.length} targets: first render ${times.firstMs.toFixed(1)} ms (budget 100 ms), ` +
      `all rows ${times.completeMs.toFixed(1)} ms (happy-dom)`,
  );
}
