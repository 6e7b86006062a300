/**
 * Debounced saving, one timer per plan: a burst of edits becomes one write after a quiet
 * `delayMs`, `flush()` writes everything pending at once (page hidden or closing), and two
 * writes of the same plan never overlap (a change during a write is saved right after it).
 */

/** Timer functions, injectable for tests. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaverOptions {
  delayMs: number;
  /** Saves the latest state of one plan. Errors are the caller's to report; they do not stop autosaving. */
  write(id: string): Promise<void>;
  timers?: Timers;
}

/** The autosave scheduler. */
export interface Autosaver {
  /** Something changed in this plan: save it after the quiet delay. */
  schedule(id: string): void;
  /** Saves every pending plan now; resolves when all writes have finished. */
  flush(): Promise<void>;
  /** Forgets a pending save (the plan was deleted or replaced). */
  cancel(id: string): void;
  /** Plans with a save scheduled or running. */
  pending(): string[];
  /** Stops all timers; pending saves are dropped. */
  dispose(): void;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Creates an autosaver. */
export function createAutosaver({ delayMs, write, timers = defaultTimers }: AutosaverOptions): Autosaver {
  const timersById = new Map<string, unknown>();
  const running = new Map<string, Promise<void>>();
  const dirtyWhileRunning = new Set<string>();
  let disposed = false;

  const run = (id: string): Promise<void> => {
    const current = running.get(id);
    if (current !== undefined) {
      dirtyWhileRunning.add(id);
      return current;
    }
    const job = (async () => {
      try {
        await write(id);
      } catch {
        // Reported by `write` itself; the next change tries again.
      } finally {
        running.delete(id);
      }
      if (dirtyWhileRunning.delete(id) && !disposed) await run(id);
    })();
    running.set(id, job);
    return job;
  };

  const clearTimer = (id: string) => {
    const handle = timersById.get(id);
    if (handle !== undefined) timers.clearTimeout(handle);
    timersById.delete(id);
  };

  return {
    schedule(id) {
      if (disposed) return;
      clearTimer(id);
      timersById.set(
        id,
        timers.setTimeout(() => {
          timersById.delete(id);
          void run(id);
        }, delayMs),
      );
    },
    async flush() {
      const ids = [...timersById.keys()];
      for (const id of ids) clearTimer(id);
      await Promise.all([...ids.map(run), ...running.values()]);
    },
    cancel(id) {
      clearTimer(id);
      dirtyWhileRunning.delete(id);
    },
    pending: () => [...new Set([...timersById.keys(), ...running.keys()])],
    dispose() {
      disposed = true;
      for (const id of [...timersById.keys()]) clearTimer(id);
    },
  };
}
