/**
 * Saved plans for the studio benchmarks, written into the page's IndexedDB exactly as the
 * studio stores them (the records of `apps/studio/src/storage/record.ts`, in the database and
 * object store its IndexedDB backend opens), before the app itself is loaded.
 */
import type { Page } from 'playwright-core';
import type { Plan } from '@sixsources/core';
import { createRecord } from '../../../apps/studio/src/storage/record.ts';
import { DATABASE_NAME, STORE_NAME } from '../../../apps/studio/src/storage/idb-backend.ts';
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

// Runs in the page: opens the store the way idb-keyval does (creating it on first use) and puts every record.
const PUT_RECORDS = String.raw`(database, store, entries) => new Promise((resolve, reject) => {
  const request = indexedDB.open(database);
  request.onupgradeneeded = () => request.result.createObjectStore(store);
  request.onerror = () => reject(request.error);
  request.onsuccess = () => {
    const db = request.result;
    const transaction = db.transaction(store, 'readwrite');
    for (const [key, value] of entries) transaction.objectStore(store).put(value, key);
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
  const entries = plans.map(({ plan, savedAt }) => [plan.id, createRecord(plan, 1, savedAt)]);
  const stored = await page.evaluate(`(${PUT_RECORDS})(${JSON.stringify(DATABASE_NAME)}, ${JSON.stringify(STORE_NAME)}, ${JSON.stringify(entries)})`);
  if (stored !== plans.length) throw new Error(`stored ${String(stored)} of ${plans.length} plans`);
  await page.unroute(seedUrl);
}
