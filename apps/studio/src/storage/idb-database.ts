/**
 * Opening the studio's IndexedDB database and giving it the layout this version needs: the
 * `plans` store of records, an index of their `revision` fields, and the `listings` store.
 *
 * The database is opened without a version first, so a database already upgraded by a newer
 * version of the app opens as it is. Only when this version's stores or index are missing is it
 * reopened one version up to add them; the upgrade adds, never removes or rewrites, so older
 * versions of the app keep reading and writing the `plans` store as before. When the upgrade
 * fails, the database is used as it is (the library then reads every record, as it used to).
 */
import { StoreUnavailableError } from './backend.ts';

/** Database and object store names; changing them would orphan saved plans. */
export const DATABASE_NAME = 'sixsources';
export const STORE_NAME = 'plans';
/** The listings beside the records (`listing.ts`), under the same keys. */
export const LISTING_STORE = 'listings';
/** The index of the records' `revision` fields, read to find listings that are out of date. */
export const REVISION_INDEX = 'revision';

const layouts = new WeakMap<IDBDatabase, boolean>();

/** True when `db` has the plans store, its revision index and the listings store (looked at once per connection). */
export function hasListings(db: IDBDatabase): boolean {
  let known = layouts.get(db);
  if (known === undefined) {
    known =
      db.objectStoreNames.contains(STORE_NAME) &&
      db.objectStoreNames.contains(LISTING_STORE) &&
      db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME).indexNames.contains(REVISION_INDEX);
    layouts.set(db, known);
  }
  return known;
}

/**
 * Adds whatever of this version's layout is missing, inside an upgrade transaction. The same
 * steps run for a new database and for one made by an older version.
 */
export function addLayout(db: IDBDatabase, upgrade: IDBTransaction): void {
  const plans = db.objectStoreNames.contains(STORE_NAME) ? upgrade.objectStore(STORE_NAME) : db.createObjectStore(STORE_NAME);
  if (!plans.indexNames.contains(REVISION_INDEX)) plans.createIndex(REVISION_INDEX, REVISION_INDEX);
  if (!db.objectStoreNames.contains(LISTING_STORE)) db.createObjectStore(LISTING_STORE);
}

/** Opens the database with this version's layout, or as it is when that cannot be added; gives up after `timeoutMs`. */
export function openDatabase(timeoutMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new StoreUnavailableError(`IndexedDB did not open within ${timeoutMs / 1000} seconds`));
    }, timeoutMs);
    const succeed = (db: IDBDatabase) => {
      clearTimeout(timer);
      // Too late: the studio already works in memory, so the connection is not needed.
      if (settled) db.close();
      else resolve(db);
      settled = true;
    };
    const fail = (error: StoreUnavailableError) => {
      clearTimeout(timer);
      if (!settled) reject(error);
      settled = true;
    };
    open(undefined, (db) => {
      if (settled || hasListings(db)) return succeed(db);
      const version = db.version + 1;
      db.close();
      // Another tab may upgrade first (then this version is taken): open whatever is there.
      open(version, succeed, () => open(undefined, succeed, fail));
    }, fail);
  });
}

/** One open request; `version` undefined opens the database at its current version. */
function open(version: number | undefined, onOpen: (db: IDBDatabase) => void, onFail: (error: StoreUnavailableError) => void): void {
  let request: IDBOpenDBRequest;
  try {
    request = version === undefined ? indexedDB.open(DATABASE_NAME) : indexedDB.open(DATABASE_NAME, version);
  } catch (error) {
    onFail(new StoreUnavailableError('IndexedDB refused to open', { cause: error }));
    return;
  }
  request.onupgradeneeded = () => {
    if (request.transaction !== null) addLayout(request.result, request.transaction);
  };
  request.onsuccess = () => onOpen(request.result);
  request.onerror = () => onFail(new StoreUnavailableError('IndexedDB could not be opened', { cause: request.error }));
}
