/**
 * The side panel's store re-reads: one per burst of storage changes, never two at once, and always one
 * after the last change. Timers are faked; the refresh is a promise the test resolves by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { burstRefresh } from '../../entrypoints/sidepanel/burst-refresh';

function controlledRefresh() {
  const pending: (() => void)[] = [];
  let running = 0;
  let maxRunning = 0;
  const refresh = vi.fn(
    () =>
      new Promise<void>((resolve) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        pending.push(() => {
          running--;
          resolve();
        });
      }),
  );
  /** Let the oldest running refresh finish (and the scheduler react to it). */
  const finish = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { refresh, finish, maxRunning: () => maxRunning };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('burstRefresh', () => {
  it('turns a burst of 175 change events (one per saved clip) into one refresh after the quiet time', async () => {
    const { refresh } = controlledRefresh();
    const scheduler = burstRefresh(refresh, 60);
    for (let i = 0; i < 175; i++) {
      scheduler.poke();
      await vi.advanceTimersByTimeAsync(10); // events 10 ms apart: never quiet for 60 ms
    }
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(59);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('never runs two refreshes at once, and runs exactly one more for changes during a refresh', async () => {
    const { refresh, finish, maxRunning } = controlledRefresh();
    const scheduler = burstRefresh(refresh, 60);
    scheduler.poke();
    await vi.advanceTimersByTimeAsync(60);
    expect(refresh).toHaveBeenCalledTimes(1);
    // Three more bursts while the first read is still going.
    for (let burst = 0; burst < 3; burst++) {
      scheduler.poke();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(refresh).toHaveBeenCalledTimes(1);
    await finish();
    expect(refresh).toHaveBeenCalledTimes(2); // one follow-up reads all three bursts
    await finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(maxRunning()).toBe(1);
  });

  it('keeps refreshing after a refresh that failed', async () => {
    const refresh = vi.fn().mockRejectedValueOnce(new Error('read-failed')).mockResolvedValue(undefined);
    const scheduler = burstRefresh(refresh, 60);
    scheduler.poke();
    await vi.advanceTimersByTimeAsync(60);
    scheduler.poke();
    await vi.advanceTimersByTimeAsync(60);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('starts nothing after stop, also for a change that was waiting', async () => {
    const { refresh } = controlledRefresh();
    const scheduler = burstRefresh(refresh, 60);
    scheduler.poke();
    scheduler.stop();
    scheduler.poke();
    await vi.advanceTimersByTimeAsync(1000);
    expect(refresh).not.toHaveBeenCalled();
  });
});
