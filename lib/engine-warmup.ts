/**
 * A service worker that has just started runs the engine cold: regexes not compiled, the keyword automaton
 * not built, every function interpreted. V8 optimises a function only after it has run hot for a while, so
 * a single run on a short text (what this module did first) left a 50,000-character report at 25–70 ms in
 * the engine. The page's content script runs at document_idle; a tiny document_start script wakes the
 * worker as soon as a report site starts loading, and the worker runs the engine on a real report excerpt
 * a number of times while the page is still loading, in separate tasks so that a page that asks meanwhile
 * is answered between two runs.
 */
import { analyze } from './analyze';
import { WARMUP_SAMPLE } from './engine-warmup-sample';

/** Engine time a warm-up may spend, per start of the background. */
export const WARMUP_BUDGET_MS = 80;
/** Runs of the sample at most (a fast machine stops here, well within the budget). */
export const WARMUP_MAX_ROUNDS = 12;

let started = false;

export interface WarmupResult {
  rounds: number;
  ms: number;
}

/**
 * Warms the engine once per background start; resolves with the runs made and the time they took, or with
 * null when a warm-up already ran. `nextTask` schedules the next run (setTimeout by default).
 */
export function warmEngine(nextTask: (run: () => void) => void = (run) => setTimeout(run, 0)): Promise<WarmupResult | null> {
  if (started) return Promise.resolve(null);
  started = true;
  return new Promise((resolve) => {
    let rounds = 0;
    let ms = 0;
    const round = () => {
      const t0 = performance.now();
      analyze(WARMUP_SAMPLE);
      ms += performance.now() - t0;
      rounds++;
      if (rounds >= WARMUP_MAX_ROUNDS || ms >= WARMUP_BUDGET_MS) resolve({ rounds, ms });
      else nextTask(round);
    };
    nextTask(round);
  });
}
