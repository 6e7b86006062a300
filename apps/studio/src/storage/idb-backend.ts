/**
 * The IndexedDB store of plans: database `sixsources`, object store `plans` (read through
 * idb-keyval), with each plan's listing in the `listings` store beside it (`idb-database.ts`).
 * The connection is opened here rather than by idb-keyval's `createStore`, for two faults seen
 * in real browsers: an open request that never answers (Safari 14.1 on a first load), which must
 * not leave the studio loading forever, and a newer version of the app upgrading the database,
 * which this tab must not block by holding its connection open.
 */
import { entries, get, keys, type UseStore } from 'idb-keyval';
import { StoreUnavailableError, revisionOf, type StoreBackend, type StoredListings } from './backend.ts';
import { LISTING_STORE, REVISION_INDEX, STORE_NAME, hasListings, openDatabase } from './idb-database.ts';

export { DATABASE_NAME, LISTING_STORE, REVISION_INDEX, STORE_NAME } from './idb-database.ts';

/**
 * How long opening the database may take before the studio gives up on it and works in
 * memory. Opening takes milliseconds; this only ends a request that will never answer.
 */
export const OPEN_TIMEOUT_MS = 10_000;

/**
 * Opens the plans store. Throws when the browser has no IndexedDB at all; a store that
 * cannot be opened (blocked, private mode, an open that never answers) fails on first use
 * instead, with a `StoreUnavailableError`.
 */
export function openIdbBackend(openTimeoutMs: number = OPEN_TIMEOUT_MS): StoreBackend {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new StoreUnavailableError('IndexedDB is not available in this browser');
  const database = connection(openTimeoutMs);
  const plans: UseStore = (mode, callback) => database().then((db) => callback(db.transaction(STORE_NAME, mode).objectStore(STORE_NAME)));
  return {
    entries: () => entries(plans),
    keys: () => keys(plans),
    get: (key) => get(key, plans),
    update: async (key, updater, listing) => {
      const db = await database();
      const withListing = listing !== undefined && hasListings(db);
      const transaction = db.transaction(withListing ? [STORE_NAME, LISTING_STORE] : STORE_NAME, 'readwrite');
      const store = transaction.objectStore(STORE_NAME);
      const request = store.get(key);
      let failure: unknown = null;
      request.onsuccess = () => {
        try {
          const next = updater(request.result);
          store.put(next, key);
          const made = withListing && next !== request.result ? listing(next) : undefined;
          if (made !== undefined) transaction.objectStore(LISTING_STORE).put(made, key);
        } catch (error) {
          failure = error;
          abortQuietly(transaction);
        }
      };
      try {
        await done(transaction);
      } catch (error) {
        // The transaction's own error (quota) says most; else what the updater threw.
        throw transaction.error ?? failure ?? error;
      }
    },
    del: async (key) => {
      const db = await database();
      const both = hasListings(db);
      const transaction = db.transaction(both ? [STORE_NAME, LISTING_STORE] : STORE_NAME, 'readwrite');
      transaction.objectStore(STORE_NAME).delete(key);
      if (both) transaction.objectStore(LISTING_STORE).delete(key);
      await done(transaction);
    },
    listings: async () => {
      const db = await database();
      return hasListings(db) ? readListings(db) : null;
    },
    putListing: async (key, listing) => {
      const db = await database();
      if (!hasListings(db)) return;
      const transaction = db.transaction(LISTING_STORE, 'readwrite');
      const store = transaction.objectStore(LISTING_STORE);
      const request = store.get(key);
      request.onsuccess = () => {
        const stored: unknown = request.result;
        const revision = typeof stored === 'object' && stored !== null ? (stored as { revision?: unknown }).revision : undefined;
        // Never replace the listing of a later save (another tab may have saved meanwhile).
        if (typeof revision !== 'number' || revision <= listing.revision) store.put(listing, key);
      };
      await done(transaction);
    },
  };
}

/**
 * Every key, and the listings that match their record's revision, in one read-only
 * transaction that never reads a record: the listings first, then, for each revision they
 * name, which records have it (through the revision index; all at once, not one by one).
 */
function readListings(db: IDBDatabase): Promise<StoredListings> {
  const transaction = db.transaction([STORE_NAME, LISTING_STORE], 'readonly');
  const plans = transaction.objectStore(STORE_NAME);
  const listingStore = transaction.objectStore(LISTING_STORE);
  const result: StoredListings = { keys: [], current: new Map() };
  const allKeys = plans.getAllKeys();
  allKeys.onsuccess = () => (result.keys = allKeys.result);
  const listingKeys = listingStore.getAllKeys();
  const listingValues = listingStore.getAll();
  listingValues.onsuccess = () => {
    const byRevision = new Map<number, Map<IDBValidKey, unknown>>();
    listingKeys.result.forEach((key, i) => {
      const listing = listingValues.result[i];
      const revision = revisionOf(listing);
      if (revision === null) return;
      const listed = byRevision.get(revision) ?? new Map<IDBValidKey, unknown>();
      listed.set(key, listing);
      byRevision.set(revision, listed);
    });
    const index = plans.index(REVISION_INDEX);
    for (const [revision, listed] of byRevision) {
      const holders = index.getAllKeys(IDBKeyRange.only(revision));
      holders.onsuccess = () => {
        for (const key of holders.result) if (listed.has(key)) result.current.set(key, listed.get(key));
      };
    }
  };
  return done(transaction).then(() => result);
}

/** Aborts a transaction that may already have been aborted (by the browser, on a failed write). */
function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already finished: its own error is reported.
  }
}

/** Resolves when the transaction commits; rejects with its error when it fails or aborts. */
function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () => reject(transaction.error ?? new Error('the IndexedDB transaction was aborted'));
  });
}

/** One connection, opened on first use and again after it closes. */
function connection(openTimeoutMs: number): () => Promise<IDBDatabase> {
  let opened: Promise<IDBDatabase> | undefined;
  return () => {
    opened ??= openDatabase(openTimeoutMs).then(
      (db) => {
        // The browser closed it (storage cleared), or a newer version needs to upgrade it: reopen next time.
        db.onclose = () => (opened = undefined);
        db.onversionchange = () => {
          db.close();
          opened = undefined;
        };
        return db;
      },
      (error: unknown) => {
        opened = undefined;
        throw error;
      },
    );
    return opened;
  };
}
