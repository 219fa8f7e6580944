import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { WARMUP_SAMPLE } from '../../lib/engine-warmup-sample';
import { WARMUP_BUDGET_MS, WARMUP_MAX_ROUNDS, warmEngine } from '../../lib/engine-warmup';

describe('engine warm-up in the background', () => {
  it('runs on a real report excerpt that exercises outline, targets and keywords', () => {
    const a = analyze(WARMUP_SAMPLE);
    expect(a.sections.length).toBeGreaterThan(1);
    expect(a.targets.some((t) => t.kind === 'target')).toBe(true);
    expect(a.targets.some((t) => t.kind === 'result')).toBe(true);
    expect(a.keywords.length).toBeGreaterThan(10);
  });

  it('runs one sample per task, stops at its budget or round limit, and only once per start', async () => {
    const tasks: (() => void)[] = [];
    const pending = warmEngine((run) => tasks.push(run));
    let rounds = 0;
    // Each scheduled task is one run; nothing runs until the task queue gives it a turn.
    while (tasks.length > 0) {
      expect(tasks.length).toBe(1);
      tasks.shift()!();
      rounds++;
    }
    const done = await pending;
    expect(done).not.toBeNull();
    expect(done!.rounds).toBe(rounds);
    expect(done!.rounds).toBeGreaterThanOrEqual(1);
    expect(done!.rounds).toBeLessThanOrEqual(WARMUP_MAX_ROUNDS);
    // it stopped because it reached one of its limits
    expect(done!.rounds === WARMUP_MAX_ROUNDS || done!.ms >= WARMUP_BUDGET_MS).toBe(true);
    expect(await warmEngine()).toBeNull();
  });
});
