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
   * store. It must be synchronous (IndexedDB commits a transaction left idle). When the value
   * changed, `listing` (if given) makes the listing stored beside it in the same transaction.
   */
  update(key: string, updater: (stored: unknown) => unknown, listing?: (value: unknown) => unknown): Promise<void>;
  /** Deletes a record and its listing. */
  del(key: string): Promise<void>;
  /**
   * What the library needs without reading any record: every key, and the listings that
   * describe their record's current revision. `null` (or absent) on a store that keeps no
   * listings: the library then reads every record.
   */
  listings?(): Promise<StoredListings | null>;
  /** Stores a listing beside its record, unless a listing of a later revision is already there. */
  putListing?(key: string, listing: { revision: number }): Promise<void>;
}

/** Everything the library lists, read without the records themselves. */
export interface StoredListings {
  /** Every key of the plans store. */
  keys: unknown[];
  /**
   * The stored listings whose `revision` is their record's `revision`, by key. A listing left
   * behind by a save that did not write one (an older version of the app) is not among them.
   */
  current: Map<unknown, unknown>;
}

/** The store itself could not be opened (as opposed to one record failing to read or write). */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A store held in memory: the fallback when IndexedDB is unavailable, and the tests' store.
 * `data` holds the records, `listingData` the listings beside them.
 */
export function memoryBackend(
  initial: Iterable<[string, unknown]> = [],
): StoreBackend & { data: Map<string, unknown>; listingData: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial);
  const listingData = new Map<string, unknown>();
  return {
    data,
    listingData,
    entries: async () => [...data.entries()],
    keys: async () => [...data.keys()],
    get: async (key) => data.get(key),
    update: async (key, updater, listing) => {
      const stored = data.get(key);
      const next = updater(stored);
      data.set(key, next);
      const made = next === stored ? undefined : listing?.(next);
      if (made !== undefined) listingData.set(key, made);
    },
    del: async (key) => {
      data.delete(key);
      listingData.delete(key);
    },
    listings: async () => {
      const current = new Map<unknown, unknown>();
      for (const [key, listing] of listingData) {
        const revision = revisionOf(listing);
        if (revision !== null && revision === revisionOf(data.get(key))) current.set(key, listing);
      }
      return { keys: [...data.keys()], current };
    },
    putListing: async (key, listing) => {
      const stored = revisionOf(listingData.get(key));
      if (stored === null || stored <= listing.revision) listingData.set(key, listing);
    },
  };
}

/** The `revision` field of a stored value, as IndexedDB's revision index sees it (any number). */
export function revisionOf(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const revision = (value as Record<string, unknown>)['revision'];
  return typeof revision === 'number' && !Number.isNaN(revision) ? revision : null;
}
