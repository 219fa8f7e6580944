/**
 * One re-read of the store per burst of storage changes. A save-all, an import or another tab's bulk save
 * can fire many change events close together; re-reading (and re-validating) the whole store for each one
 * kept the panel busy for seconds. Here a change only (re)starts a short quiet timer; when it ends, one
 * refresh runs. A refresh never overlaps another: changes that arrive while one is running cause exactly
 * one more after it, so the last change is always read.
 */
export interface BurstRefresh {
  /** A change happened: refresh once things are quiet. */
  poke(): void;
  /** Stop: no refresh starts after this (one already running finishes). */
  stop(): void;
}

export function burstRefresh(refresh: () => Promise<unknown>, quietMs: number): BurstRefresh {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let again = false;
  let stopped = false;

  const start = () => {
    timer = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void Promise.resolve()
      .then(refresh)
      .catch(() => undefined) // the refresh reports its own errors; a failure must not stop later ones
      .finally(() => {
        running = false;
        if (again && !stopped) {
          again = false;
          start();
        }
      });
  };

  return {
    poke() {
      if (stopped) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(start, quietMs);
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
