/**
 * Where district rollouts are kept: IndexedDB database `sixsources-rollouts`, object store
 * `rollouts`, key = plan id (or `cohort:<id>` for a trainer's cohort), value = the core's
 * persisted rollout (`persistDistrict` / `persistCohort`), restored with `restoreDistrict`.
 *
 * FOR THE SHELL / LIBRARY: call `readRolloutStage(planId)` (a promise of the district's stage,
 * `paused`, `declined`, or `null` when no rollout was started) or the hook `useRolloutStage(planId)`
 * to show a plan's rollout stage. The plan record's own `rollout`/`rolloutStage` slots are not
 * used by the rollout screen: rollouts live here, next to the plans, never inside plan files.
 * When a plan is deleted for good, call `deleteRollout(planId)`.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { ROLLOUT_STATUSES, type RolloutStatus } from '@sixsources/core';

/** Database and store names; changing them would orphan saved rollouts. */
export const ROLLOUT_DATABASE = 'sixsources-rollouts';
export const ROLLOUT_STORE = 'rollouts';

let store: UseStore | null = null;
const listeners = new Set<(key: string, elsewhere: boolean) => void>();
let channel: BroadcastChannel | null = null;

function rollouts(): UseStore {
  store ??= createStore(ROLLOUT_DATABASE, ROLLOUT_STORE);
  return store;
}

function tabs(): BroadcastChannel | null {
  if (channel === null && typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel('sixsources-rollouts');
    channel.onmessage = (message: MessageEvent<unknown>) => {
      if (typeof message.data === 'string') for (const listener of listeners) listener(message.data, true);
    };
  }
  return channel;
}

/** The key a cohort is stored under (plan ids cannot contain `:`, so the two never collide). */
export function cohortKey(cohortId: string): string {
  return `cohort:${cohortId}`;
}

/** The saved value under `key`, or `undefined` when nothing was saved. */
export function loadRollout(key: string): Promise<unknown> {
  return get(key, rollouts());
}

/** Saves a persisted rollout or cohort and tells this tab's and other tabs' listeners. */
export async function saveRollout(key: string, persisted: unknown): Promise<void> {
  await set(key, persisted, rollouts());
  announce(key);
}

/** Forgets a saved rollout (e.g. when its plan is deleted for good). */
export async function deleteRollout(key: string): Promise<void> {
  await del(key, rollouts());
  announce(key);
}

/** Calls `listener(key, elsewhere)` whenever a rollout is saved, here (`false`) or in another tab (`true`). */
export function onRolloutSaved(listener: (key: string, elsewhere: boolean) => void): () => void {
  listeners.add(listener);
  tabs();
  return () => listeners.delete(listener);
}

function announce(key: string): void {
  for (const listener of listeners) listener(key, false);
  tabs()?.postMessage(key);
}

/**
 * The rollout stage of a plan's district: a stage, `paused` or `declined`; `null` when no
 * rollout was started or the saved one cannot be read. Reads the saved state without
 * restoring the whole actor, so a library of many plans stays fast.
 */
export async function readRolloutStage(planId: string): Promise<RolloutStatus | null> {
  try {
    return stageOf(await loadRollout(planId));
  } catch {
    return null;
  }
}

/** The state of a persisted district rollout, or `null` for anything else. */
export function stageOf(persisted: unknown): RolloutStatus | null {
  if (typeof persisted !== 'object' || persisted === null) return null;
  const snapshot = (persisted as { snapshot?: unknown }).snapshot;
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const value = (snapshot as { value?: unknown }).value;
  return typeof value === 'string' && (ROLLOUT_STATUSES as readonly string[]).includes(value) ? (value as RolloutStatus) : null;
}
