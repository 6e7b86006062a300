/**
 * Saved plans for the studio benchmarks, written into the page's IndexedDB exactly as the
 * studio stores them when it saves (the records of `apps/studio/src/storage/record.ts` and
 * their listings of `listing.ts`, in the database, stores and index its IndexedDB backend
 * opens), before the app itself is loaded.
 */
import type { Page } from 'playwright-core';
import type { Plan } from '@sixsources/core';
import { createRecord } from '../../../apps/studio/src/storage/record.ts';
import { createListing } from '../../../apps/studio/src/storage/listing.ts';
import { DATABASE_NAME, LISTING_STORE, REVISION_INDEX, STORE_NAME } from '../../../apps/studio/src/storage/idb-database.ts';
import { DISTRICT_PLAN_SIZE, WORKLOAD_SEED, generatePlan } from '../workloads.ts';

/** A blank page of the studio's origin, served by the benchmark itself: storage is written there, with no app running. */
const SEED_PATH = '__sixsources-bench-seed';

/** The district plan of the issue, as the benchmarks open it. */
export function districtPlan(): Plan {
  return generatePlan(DISTRICT_PLAN_SIZE);
}

/** A small plan for smoke runs: 3 behaviors, 8 strategies, 2 measures of 12 observations. */
export function smallPlan(): Plan {
  return generatePlan({ behaviors: 3, strategies: 8, measures: 2, observationsPerMeasure: 12 });
}

/** `count` different district-sized plans (own seed, id and title each), saved a minute apart. */
export function savedLibrary(count: number): { plan: Plan; savedAt: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const plan = generatePlan(DISTRICT_PLAN_SIZE, WORKLOAD_SEED + i);
    const savedAt = new Date(Date.UTC(2025, 9, 6, 15, 30 - i)).toISOString();
    return { plan: { ...plan, id: `plan-bench-${i + 1}`, title: `District plan ${i + 1}`, updatedAt: savedAt }, savedAt };
  });
}

// Runs in the page: opens the database as the studio does on a first visit (creating its stores
// and index, as `addLayout` in idb-database.ts) and puts every record with its listing, as a save does.
const PUT_RECORDS = String.raw`(database, store, listings, revisionIndex, entries) => new Promise((resolve, reject) => {
  const request = indexedDB.open(database);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(store).createIndex(revisionIndex, revisionIndex);
    request.result.createObjectStore(listings);
  };
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const transaction = db.transaction([store, listings], 'readwrite');
    for (const [key, value, listing] of entries) {
      transaction.objectStore(store).put(value, key);
      transaction.objectStore(listings).put(listing, key);
    }
    transaction.oncomplete = () => { db.close(); resolve(entries.length); };
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  };
})`;

/**
 * Stores `plans` (revision 1 each) in the IndexedDB of `baseUrl`'s origin, through a blank
 * page of that origin, so the studio finds them on its next load as a person's saved plans.
 */
export async function seedSavedPlans(page: Page, baseUrl: string, plans: readonly { plan: Plan; savedAt: string }[]): Promise<void> {
  const seedUrl = new URL(SEED_PATH, baseUrl).href;
  await page.route(seedUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(seedUrl);
  checkSeeded(await page.evaluate(seedingScript(plans)), plans.length);
  await page.unroute(seedUrl);
}

/** An expression that, evaluated in a page of the studio's origin, stores `plans` and resolves to how many it stored. */
export function seedingScript(plans: readonly { plan: Plan; savedAt: string }[]): string {
  const entries = plans.map(({ plan, savedAt }) => [plan.id, createRecord(plan, 1, savedAt), createListing(plan, 1, savedAt)]);
  const names = [DATABASE_NAME, STORE_NAME, LISTING_STORE, REVISION_INDEX].map((name) => JSON.stringify(name)).join(', ');
  return `(${PUT_RECORDS})(${names}, ${JSON.stringify(entries)})`;
}

/** Throws unless `stored` (what the seeding script resolved to) is `expected`. */
export function checkSeeded(stored: unknown, expected: number): void {
  if (stored !== expected) throw new Error(`stored ${String(stored)} of ${expected} plans`);
}
