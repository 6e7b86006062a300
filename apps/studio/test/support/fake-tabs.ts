/** Several studios ("tabs") over one in-memory store, with a channel that delivers notices between them. */
import type { StoreBackend } from '../../src/storage/backend.ts';
import type { TabChannel, TabNotice } from '../../src/storage/tab-sync.ts';
import { Studio } from '../../src/session/studio.ts';

/** A broadcast hub: a notice posted by one tab reaches every other open tab. */
export function createHub() {
  const listeners = new Set<(notice: TabNotice) => void>();
  return {
    open(onNotice: (notice: TabNotice) => void): TabChannel {
      const listener = (notice: TabNotice) => onNotice(notice);
      listeners.add(listener);
      return {
        post: (notice) => {
          for (const other of listeners) if (other !== listener) queueMicrotask(() => other(notice));
        },
        close: () => listeners.delete(listener),
      };
    },
  };
}

/** A studio on `backend`, joined to `hub`, saving after `autosaveDelayMs`. */
export function openTab(backend: StoreBackend, hub: ReturnType<typeof createHub>, tabId: string): Studio {
  return new Studio({ openBackend: () => backend, openChannel: (onNotice) => hub.open(onNotice), autosaveDelayMs: 20, tabId });
}

/** Waits for timers and microtasks to settle. */
export const settle = (ms = 80) => new Promise((resolve) => setTimeout(resolve, ms));
