/**
 * The few store operations the studio needs, as an interface so tests (and the in-memory
 * fallback) can stand in for IndexedDB.
 */

/** A key-value store of plan records. */
export interface StoreBackend {
  /** Every key and value. */
  entries(): Promise<Array<[unknown, unknown]>>;
  /** Every key, without reading the values (one value the browser cannot read fails `entries` as a whole). */
  keys(): Promise<unknown[]>;
  get(key: string): Promise<unknown>;
  /**
   * Reads and writes one key atomically: `updater` sees the stored value and returns the one to
   * store. It must be synchronous (IndexedDB commits a transaction left idle).
   */
  update(key: string, updater: (stored: unknown) => unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** The store itself could not be opened (as opposed to one record failing to read or write). */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** A store held in memory: the fallback when IndexedDB is unavailable, and the tests' store. */
export function memoryBackend(initial: Iterable<[string, unknown]> = []): StoreBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial);
  return {
    data,
    entries: async () => [...data.entries()],
    keys: async () => [...data.keys()],
    get: async (key) => data.get(key),
    update: async (key, updater) => {
      data.set(key, updater(data.get(key)));
    },
    del: async (key) => {
      data.delete(key);
    },
  };
}
