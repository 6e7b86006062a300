/**
 * The IndexedDB store of plans, through idb-keyval: database `sixsources`, object store `plans`.
 * Opening it is done here rather than by idb-keyval's `createStore`, for two faults seen in
 * real browsers: an open request that never answers (Safari 14.1 on a first load), which must
 * not leave the studio loading forever, and a newer version of the app upgrading the database,
 * which this tab must not block by holding its connection open.
 */
import { del, entries, get, keys, update, type UseStore } from 'idb-keyval';
import { StoreUnavailableError, type StoreBackend } from './backend.ts';

/** Database and object store names; changing them would orphan saved plans. */
export const DATABASE_NAME = 'sixsources';
export const STORE_NAME = 'plans';

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
  const store = plansStore(openTimeoutMs);
  return {
    entries: () => entries(store),
    keys: () => keys(store),
    get: (key) => get(key, store),
    update: (key, updater) => update(key, updater, store),
    del: (key) => del(key, store),
  };
}

/** idb-keyval's store function over one connection, opened on first use and again after it closes. */
function plansStore(openTimeoutMs: number): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  const database = (): Promise<IDBDatabase> => {
    connection ??= openDatabase(openTimeoutMs).then(
      (db) => {
        // The browser closed it (storage cleared), or a newer version needs to upgrade it: reopen next time.
        db.onclose = () => (connection = undefined);
        db.onversionchange = () => {
          db.close();
          connection = undefined;
        };
        return db;
      },
      (error: unknown) => {
        connection = undefined;
        throw error;
      },
    );
    return connection;
  };
  return (mode, callback) => database().then((db) => callback(db.transaction(STORE_NAME, mode).objectStore(STORE_NAME)));
}

function openDatabase(timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE_NAME);
    } catch (error) {
      reject(new StoreUnavailableError('IndexedDB refused to open', { cause: error }));
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new StoreUnavailableError(`IndexedDB did not open within ${timeoutMs / 1000} seconds`));
    }, timeoutMs);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
    request.onsuccess = () => {
      clearTimeout(timer);
      // Too late: the studio already works in memory, so the connection is not needed.
      if (timedOut) request.result.close();
      else resolve(request.result);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(new StoreUnavailableError('IndexedDB could not be opened', { cause: request.error }));
    };
  });
}
