/**
 * Loading and saving plan records. Saves compare the stored revision before writing, in the
 * same transaction, so a tab never overwrites a newer save from another tab, and never
 * touches a record written by a newer version of the app.
 */
import type { Plan } from '@sixsources/core';
import { StoreUnavailableError, type StoreBackend } from './backend.ts';
import { isQuotaError } from './quota.ts';
import type { RecordReading } from './record.ts';
import { createListing, readListing, type PlanListing } from './listing.ts';

/** A plan read from storage. */
export interface StoredPlan {
  id: string;
  plan: Plan;
  revision: number;
  savedAt: string;
  migratedFrom: number | null;
}

/** A record from a newer version of the app: listed, never opened or written. */
export interface NewerRecord {
  id: string;
  schemaVersion: number;
  title: string | null;
  savedAt: string | null;
}

/** A record that could not be read: left where it is, untouched. */
export interface SetAsideRecord {
  key: string;
  reason: string;
}

/** Everything found in storage, sorted by last save (newest first). */
export interface LoadedLibrary {
  plans: StoredPlan[];
  newer: NewerRecord[];
  setAside: SetAsideRecord[];
}

/**
 * Reading and writing whole records needs the core's plan checks (zod), which the library's
 * first screen does without: they load on the first read or save of a record.
 */
const records = () => import('./record.ts');

/** Reads every record; one bad record never stops the others from loading. */
export async function loadLibrary(backend: StoreBackend): Promise<LoadedLibrary> {
  const { readRecord } = await records();
  const library: LoadedLibrary = { plans: [], newer: [], setAside: [] };
  for (const [key, value] of await readEveryRecord(backend, library.setAside)) {
    const reading = readRecord(key, value);
    if (reading.kind === 'plan') {
      const { plan, revision, savedAt, migratedFrom } = reading;
      library.plans.push({ id: plan.id, plan, revision, savedAt, migratedFrom });
    } else if (reading.kind === 'newer') {
      const { schemaVersion, title, savedAt } = reading;
      library.newer.push({ id: String(key), schemaVersion, title, savedAt });
    } else {
      library.setAside.push({ key: describeKey(key), reason: reading.reason });
    }
  }
  library.plans.sort((a, b) => newestFirst(a.savedAt, b.savedAt));
  return library;
}

/** A stored plan as the library lists it. */
export interface ListedPlan {
  id: string;
  listing: PlanListing;
  /** The plan, when its record had to be read to list it; `null` until it is opened. */
  plan: Plan | null;
}

/** Everything found in storage, listed without reading whole plans where listings allow. */
export interface ListedLibrary {
  /** Sorted by last save, newest first. */
  plans: ListedPlan[];
  newer: NewerRecord[];
  setAside: SetAsideRecord[];
}

/**
 * Lists the library from the stored listings, reading only the records that have none, or
 * one of another revision (saved by an older version of the app, or written by hand): those
 * are read and checked as `loadLibrary` does, and their listing is stored for next time.
 * Nothing in the plans store is ever written here.
 */
export async function loadListedLibrary(backend: StoreBackend): Promise<ListedLibrary> {
  const stored = await readListings(backend);
  if (stored === null) {
    const full = await loadLibrary(backend);
    return { ...full, plans: full.plans.map((entry) => listedFrom(entry)) };
  }
  const library: ListedLibrary = { plans: [], newer: [], setAside: [] };
  for (const key of stored.keys) {
    const listing = readListing(stored.current.get(key));
    if (typeof key === 'string' && listing !== null) {
      library.plans.push({ id: key, listing, plan: null });
      continue;
    }
    let value: unknown;
    try {
      value = typeof key === 'string' ? await backend.get(key) : undefined;
    } catch (error) {
      library.setAside.push({ key: describeKey(key), reason: describeError(error) });
      continue;
    }
    const { readRecord } = await records();
    const reading = readRecord(key, value);
    if (reading.kind === 'plan') {
      const entry = listedFrom({ id: reading.plan.id, ...reading });
      library.plans.push(entry);
      // Only a cache: when it cannot be stored, the record is simply read again next time.
      void backend.putListing?.(entry.id, entry.listing).catch(() => {});
    } else if (reading.kind === 'newer') {
      const { schemaVersion, title, savedAt } = reading;
      library.newer.push({ id: String(key), schemaVersion, title, savedAt });
    } else {
      library.setAside.push({ key: describeKey(key), reason: reading.reason });
    }
  }
  library.plans.sort((a, b) => newestFirst(a.listing.savedAt, b.listing.savedAt));
  return library;
}

/** The listings, or `null` when the store keeps none (then every record is read). */
async function readListings(backend: StoreBackend) {
  if (backend.listings === undefined) return null;
  try {
    return await backend.listings();
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    return null;
  }
}

function listedFrom({ id, plan, revision, savedAt, migratedFrom }: StoredPlan): ListedPlan {
  return { id, plan, listing: createListing(plan, revision, savedAt, migratedFrom) };
}

/**
 * Every stored key and value. One value the browser cannot read back (Chromium: "Failed to
 * read large IndexedDB value") fails reading them all at once, so then each is read on its
 * own and the unreadable ones are set aside. Throws when the store cannot be opened, or not
 * even the keys can be read.
 */
async function readEveryRecord(backend: StoreBackend, setAside: SetAsideRecord[]): Promise<Array<[unknown, unknown]>> {
  try {
    return await backend.entries();
  } catch (bulkError) {
    if (bulkError instanceof StoreUnavailableError) throw bulkError;
    const keys = await backend.keys().catch(() => {
      throw bulkError;
    });
    const readable: Array<[unknown, unknown]> = [];
    for (const key of keys) {
      // A key that is not a plan id is set aside by `readRecord` whatever its value.
      if (typeof key !== 'string') {
        readable.push([key, undefined]);
        continue;
      }
      try {
        readable.push([key, await backend.get(key)]);
      } catch (error) {
        // The browser's own words: the sentence around them is in the catalogs.
        setAside.push({ key, reason: describeError(error) });
      }
    }
    return readable;
  }
}

/** Reads one plan's record; `null` when there is none. */
export async function loadPlan(backend: StoreBackend, id: string): Promise<RecordReading | null> {
  const [{ readRecord }, value] = await Promise.all([records(), backend.get(id)]);
  return value === undefined ? null : readRecord(id, value);
}

/** What a save did. */
export type SaveOutcome =
  | { status: 'saved'; revision: number; savedAt: string }
  /** Another tab saved a newer revision: nothing was written. */
  | { status: 'conflict'; storedRevision: number | null }
  /** A newer version of the app owns the record: nothing was written. */
  | { status: 'newer-schema'; schemaVersion: number }
  | { status: 'failed'; quota: boolean; error: unknown };

/** A save request: the plan, and the revision this tab last read or wrote (`null` for a new plan). */
export interface SaveRequest {
  plan: Plan;
  baseRevision: number | null;
  /** The time to stamp on the record (ISO). */
  savedAt: string;
}

/** Writes a plan unless storage holds a newer revision or a newer schema (checked atomically). */
export async function savePlan(backend: StoreBackend, request: SaveRequest): Promise<SaveOutcome> {
  let outcome: SaveOutcome = { status: 'failed', quota: false, error: new Error('the save did not run') };
  try {
    // A save needs no plan checks: only the writing half of the records module.
    const { createRecord, isNewerSchema, storedVersion } = await import('./record-write.ts');
    const listing = (value: unknown) => (outcome.status === 'saved' && value !== undefined ? createListing(request.plan, outcome.revision, outcome.savedAt) : undefined);
    await backend.update(request.plan.id, (stored) => {
      if (stored === undefined) {
        const revision = (request.baseRevision ?? 0) + 1;
        outcome = { status: 'saved', revision, savedAt: request.savedAt };
        return createRecord(request.plan, revision, request.savedAt);
      }
      const version = storedVersion(stored);
      if (version === null) {
        outcome = { status: 'conflict', storedRevision: null };
        return stored;
      }
      if (version.schemaVersion !== null && isNewerSchema(version.schemaVersion)) {
        outcome = { status: 'newer-schema', schemaVersion: version.schemaVersion };
        return stored;
      }
      if (request.baseRevision === null || version.revision > request.baseRevision) {
        outcome = { status: 'conflict', storedRevision: version.revision };
        return stored;
      }
      const revision = request.baseRevision + 1;
      outcome = { status: 'saved', revision, savedAt: request.savedAt };
      return createRecord(request.plan, revision, request.savedAt);
    }, listing);
  } catch (error) {
    return { status: 'failed', quota: isQuotaError(error), error };
  }
  return outcome;
}

/** Deletes a plan's record. */
export async function deletePlan(backend: StoreBackend, id: string): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await backend.del(id);
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The raw value of a set-aside record, for downloading it as it is. Never throws: a value the
 * browser cannot read comes back as a note saying so (the record itself stays where it is).
 */
export async function readRaw(backend: StoreBackend, key: string): Promise<unknown> {
  try {
    return await backend.get(key);
  } catch (error) {
    return { key, unreadable: describeError(error) };
  }
}

/**
 * Orders ISO times newest first. They compare as plain strings: `localeCompare` would give the
 * same order much more slowly (a collator, on the library's first screen).
 */
export function newestFirst(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

function describeKey(key: unknown): string {
  return typeof key === 'string' ? key : String(key);
}

function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return `${error.name}: ${error.message}`;
  return String(error);
}
