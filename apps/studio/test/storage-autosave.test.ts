import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../src/storage/autosave.ts';

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns a burst of edits into one write after the quiet delay', async () => {
    const writes: string[] = [];
    const saver = createAutosaver({ delayMs: 500, write: async (id) => void writes.push(id) });
    for (let i = 0; i < 10; i++) {
      saver.schedule('plan-a');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual(['plan-a']);
  });

  it('writes everything pending at once on flush (the page is being hidden)', async () => {
    const writes: string[] = [];
    const saver = createAutosaver({ delayMs: 500, write: async (id) => void writes.push(id) });
    saver.schedule('plan-a');
    saver.schedule('plan-b');
    await saver.flush();
    expect(writes.sort()).toEqual(['plan-a', 'plan-b']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(2);
  });

  it('never runs two writes of one plan at once, and saves a change made during a write', async () => {
    let active = 0;
    let maxActive = 0;
    let count = 0;
    const saver = createAutosaver({
      delayMs: 10,
      write: async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 50));
        count++;
        active--;
      },
    });
    saver.schedule('plan-a');
    await vi.advanceTimersByTimeAsync(20); // the first write is running
    saver.schedule('plan-a');
    await vi.advanceTimersByTimeAsync(20); // the second is due while the first still runs
    await vi.advanceTimersByTimeAsync(200);
    expect(maxActive).toBe(1);
    expect(count).toBe(2);
  });

  it('keeps saving after a write fails', async () => {
    let calls = 0;
    const saver = createAutosaver({
      delayMs: 10,
      write: async () => {
        calls++;
        if (calls === 1) throw new Error('disk full');
      },
    });
    saver.schedule('plan-a');
    await vi.advanceTimersByTimeAsync(20);
    saver.schedule('plan-a');
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toBe(2);
  });

  it('drops a cancelled save', async () => {
    const writes: string[] = [];
    const saver = createAutosaver({ delayMs: 500, write: async (id) => void writes.push(id) });
    saver.schedule('plan-a');
    saver.cancel('plan-a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual([]);
    expect(saver.pending()).toEqual([]);
  });
});
