/**
 * Storage faults injected the way browsers produce them, and direct access to the studio's
 * IndexedDB store (database `sixsources`, object store `plans`) for writing records as an
 * older or newer version of the app would have left them, and for reading them back raw.
 *
 * The faults are patched into the page's IndexedDB API by an init script, before the app
 * runs, and can be switched on and off later through `setStorageFaults`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './session.ts';

/** The app's database and store (apps/studio/src/storage/idb-backend.ts). */
export const PLANS_DATABASE = 'sixsources';
export const PLANS_STORE = 'plans';

/** How IndexedDB refuses to open, as different browsers do it. */
export type OpenFault =
  /** `window.indexedDB` is not there at all (old or locked-down browsers). */
  | 'missing'
  /** `indexedDB.open()` throws `SecurityError` (Firefox with cookies blocked). */
  | 'open-throws'
  /** The open request fails with `InvalidStateError` (Firefox private windows before version 115). */
  | 'open-errors'
  /** The open request never answers (Safari 14.1's first-load bug). */
  | 'open-hangs';

/** The faults of one page; every field can be changed while the page runs. */
export interface StorageFaults {
  open: OpenFault | null;
  /** Writes to the plans store abort at commit with `QuotaExceededError`, as Chromium does when the disk or quota is full. */
  quotaFull: boolean;
  /**
   * Keys of the plans store whose value the browser cannot read back: reading them, or the
   * whole store at once, fails with Chromium's `UnknownError: Failed to read large IndexedDB value`.
   */
  unreadableKeys: string[];
}

const NO_FAULTS: StorageFaults = { open: null, quotaFull: false, unreadableKeys: [] };

/**
 * Runs in the page before the app: patches the IndexedDB API to fail as `window.__storageFaults`
 * says. Self-contained, because Playwright sends its source to the page.
 */
function installStorageFaults(initial: StorageFaults): void {
  const faults: StorageFaults = { ...initial, unreadableKeys: [...initial.unreadableKeys] };
  Object.defineProperty(window, '__storageFaults', { value: faults, configurable: false });
  const plansStore = 'plans';

  /** A stand-in for an IDBRequest that fails (or never answers), with the handlers idb-keyval uses. */
  const failingRequest = (error: DOMException | null): IDBRequest => {
    const request = new EventTarget() as EventTarget & { onsuccess: unknown; onerror: ((event: Event) => void) | null };
    request.onsuccess = null;
    request.onerror = null;
    Object.defineProperty(request, 'error', { get: () => error });
    Object.defineProperty(request, 'readyState', { get: () => (error === null ? 'pending' : 'done') });
    Object.defineProperty(request, 'result', {
      get: () => {
        throw new DOMException('The request has not finished.', 'InvalidStateError');
      },
    });
    if (error !== null) {
      setTimeout(() => {
        const event = new Event('error', { cancelable: true });
        request.dispatchEvent(event);
        request.onerror?.call(request, event);
      }, 0);
    }
    return request as unknown as IDBRequest;
  };

  const factory = IDBFactory.prototype;
  const open = factory.open;
  factory.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>): IDBOpenDBRequest {
    if (faults.open === 'open-throws') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (faults.open === 'open-errors') {
      return failingRequest(
        new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'),
      ) as IDBOpenDBRequest;
    }
    if (faults.open === 'open-hangs') return failingRequest(null) as IDBOpenDBRequest;
    return open.apply(this, args);
  };
  if (faults.open === 'missing') Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });

  const store = IDBObjectStore.prototype;
  const put = store.put;
  store.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>): IDBRequest<IDBValidKey> {
    const request = put.apply(this, args);
    if (faults.quotaFull && this.name === plansStore) {
      // Chromium checks the quota when the transaction commits: the transaction aborts, its error says why.
      const transaction = this.transaction;
      const error = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
      Object.defineProperty(transaction, 'error', { get: () => error, configurable: true });
      transaction.abort();
    }
    return request;
  };
  const unreadable = () => new DOMException('Failed to read large IndexedDB value', 'UnknownError');
  const get = store.get;
  store.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange): IDBRequest {
    if (this.name === plansStore && typeof query === 'string' && faults.unreadableKeys.includes(query)) return failingRequest(unreadable());
    return get.call(this, query);
  };
  // Reading every value at once fails when one of them cannot be read (idb-keyval's `entries` uses getAll).
  const getAll = store.getAll;
  const getAllKeys = store.getAllKeys;
  store.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>): IDBRequest<unknown[]> {
    if (this.name !== plansStore || faults.unreadableKeys.length === 0) return getAll.apply(this, args);
    const keysRequest = getAllKeys.apply(this, args);
    const valuesRequest = getAll.apply(this, args);
    const request = new EventTarget() as EventTarget & {
      onsuccess: ((event: Event) => void) | null;
      onerror: ((event: Event) => void) | null;
    };
    request.onsuccess = null;
    request.onerror = null;
    let error: DOMException | null = null;
    Object.defineProperty(request, 'error', { get: () => error });
    Object.defineProperty(request, 'result', { get: () => valuesRequest.result });
    valuesRequest.onsuccess = () => {
      const type = keysRequest.result.some((key) => typeof key === 'string' && faults.unreadableKeys.includes(key)) ? 'error' : 'success';
      if (type === 'error') error = unreadable();
      const event = new Event(type, { cancelable: true });
      request.dispatchEvent(event);
      (type === 'error' ? request.onerror : request.onsuccess)?.call(request, event);
    };
    return request as unknown as IDBRequest<unknown[]>;
  };
}

/**
 * Like `openSession` (support/session.ts), with storage faults patched in before the app's
 * first line runs: a fresh context, the same tripwires, then the app at `hash`.
 */
export function openSessionWithFaults(faults: Partial<StorageFaults>, hash = ''): Promise<Session> {
  return openSession(hash, { beforeLoad: (context) => context.addInitScript(installStorageFaults, { ...NO_FAULTS, ...faults }) });
}

/** Changes this page's faults from now on (other tabs and reloads start from the session's faults). */
export async function setStorageFaults(page: Page, change: Partial<StorageFaults>): Promise<void> {
  await page.evaluate((patch) => {
    Object.assign((window as unknown as { __storageFaults: StorageFaults }).__storageFaults, patch);
  }, change);
}

/** A value to put in the plans store: JSON-like data, a string, or raw bytes. */
export type StoredValue = { json: unknown } | { text: string } | { bytes: number[] };

/**
 * A stored value in a form that compares byte for byte: `bytes:<hex>`, `text:<string>`
 * or `json:<JSON text>` (structured clones keep their key order).
 */
export type StoredFingerprint = string;

/** Writes values straight into the plans store, under the given keys, in one transaction. */
export async function writeStoredValues(page: Page, entries: ReadonlyArray<readonly [string, StoredValue]>): Promise<void> {
  await page.evaluate(
    async ({ database, storeName, entries }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(database);
        request.onupgradeneeded = () => request.result.createObjectStore(storeName);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const transaction = db.transaction(storeName, 'readwrite');
      for (const [key, value] of entries) {
        const raw = 'json' in value ? value.json : 'text' in value ? value.text : new Uint8Array(value.bytes);
        transaction.objectStore(storeName).put(raw, key);
      }
      await new Promise<void>((done, fail) => {
        transaction.oncomplete = () => done();
        transaction.onabort = () => fail(transaction.error);
      });
      db.close();
    },
    { database: PLANS_DATABASE, storeName: PLANS_STORE, entries: entries.map(([key, value]) => [key, value] as [string, StoredValue]) },
  );
}

/**
 * Every key of the plans store and its value's fingerprint: what is on disk, read past any
 * `unreadableKeys` fault (other faults must be off).
 */
export async function readStoredValues(page: Page): Promise<Record<string, StoredFingerprint>> {
  return page.evaluate(
    async ({ database, storeName }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const read = <T>(request: IDBRequest<T>) =>
        new Promise<T>((done, fail) => {
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
      // The requests are made with the fault off (it is checked when a request is made), then it is back on.
      const faults = (window as unknown as { __storageFaults?: StorageFaults }).__storageFaults ?? { unreadableKeys: [] };
      const unreadableKeys = faults.unreadableKeys;
      faults.unreadableKeys = [];
      const reading = Promise.all([read(store.getAllKeys()), read(store.getAll())]);
      faults.unreadableKeys = unreadableKeys;
      const [keys, values] = await reading;
      db.close();
      const fingerprint = (value: unknown): string => {
        if (value instanceof Uint8Array) return `bytes:${[...value].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
        if (typeof value === 'string') return `text:${value}`;
        return `json:${JSON.stringify(value)}`;
      };
      return Object.fromEntries(keys.map((key, index) => [String(key), fingerprint(values[index])]));
    },
    { database: PLANS_DATABASE, storeName: PLANS_STORE },
  );
}

/** The fingerprint `readStoredValues` gives a value written with `writeStoredValues`. */
export function fingerprintOf(value: StoredValue): StoredFingerprint {
  if ('json' in value) return `json:${JSON.stringify(value.json)}`;
  if ('text' in value) return `text:${value.text}`;
  return `bytes:${value.bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** A plan record in the app's stored format (apps/studio/src/storage/record.ts), around any plan document. */
export function planRecord(document: unknown, revision: number, savedAt: string): { json: unknown } {
  return { json: { kind: 'sixsources.plan-record', revision, savedAt, document } };
}

/** A plan file from the core's test fixtures (`plan-v1.json`, `plan-v999.json`), parsed. */
export function coreFixture(name: string): { schemaVersion: number; plan: { id: string; title: string } } & Record<string, unknown> {
  const path = resolve(import.meta.dirname, '../../../packages/core/test/fixtures', name);
  return JSON.parse(readFileSync(path, 'utf8')) as { schemaVersion: number; plan: { id: string; title: string } } & Record<string, unknown>;
}
