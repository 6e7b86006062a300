/** The IndexedDB store of plans, through idb-keyval: database `sixsources`, object store `plans`. */
import { createStore, del, entries, get, update } from 'idb-keyval';
import type { StoreBackend } from './backend.ts';

/** Database and object store names; changing them would orphan saved plans. */
export const DATABASE_NAME = 'sixsources';
export const STORE_NAME = 'plans';

/**
 * Opens the plans store. Throws when the browser has no IndexedDB at all; a store that
 * cannot be opened (blocked, private mode) fails on first use instead.
 */
export function openIdbBackend(): StoreBackend {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw new Error('IndexedDB is not available in this browser');
  const store = createStore(DATABASE_NAME, STORE_NAME);
  return {
    entries: () => entries(store),
    get: (key) => get(key, store),
    update: (key, updater) => update(key, updater, store),
    del: (key) => del(key, store),
  };
}
