/**
 * One stored plan: the versioned plan document plus what the library needs without opening
 * it. Reading a record never throws: it is a plan, a plan from a newer version (left alone),
 * or something unreadable (set aside, never deleted).
 */
import { PLAN_SCHEMA_VERSION, parsePlanValue, toPlanDocument, type Plan, type PlanDocument } from '@sixsources/core';

/** Marks a value in the store as one of ours. */
export const RECORD_KIND = 'sixsources.plan-record';

/** A plan as stored in IndexedDB, under its plan id. */
export interface PlanRecord {
  kind: typeof RECORD_KIND;
  /** Counts saves; a tab writes only over the revision it last saw. */
  revision: number;
  /** When this revision was saved (ISO time). */
  savedAt: string;
  /** The plan file, exactly as an export would write it. */
  document: PlanDocument;
}

/** A record read back from storage. */
export type RecordReading =
  | {
      kind: 'plan';
      plan: Plan;
      revision: number;
      savedAt: string;
      /** Set when the stored document was from an older schema and was upgraded on reading. */
      migratedFrom: number | null;
    }
  | { kind: 'newer'; schemaVersion: number; title: string | null; savedAt: string | null }
  | { kind: 'unreadable'; reason: string };

/** Builds the record for a save. */
export function createRecord(plan: Plan, revision: number, savedAt: string): PlanRecord {
  return { kind: RECORD_KIND, revision, savedAt, document: toPlanDocument(plan) };
}

/** Reads a stored value found under `key`. */
export function readRecord(key: unknown, value: unknown): RecordReading {
  if (typeof key !== 'string') return { kind: 'unreadable', reason: 'stored under a key that is not a plan id' };
  if (!isObject(value) || value['kind'] !== RECORD_KIND) return { kind: 'unreadable', reason: 'not a Six Sources plan record' };
  const revision = value['revision'];
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) {
    return { kind: 'unreadable', reason: 'its revision number is missing or broken' };
  }
  const savedAt = typeof value['savedAt'] === 'string' ? value['savedAt'] : null;
  const document = value['document'];
  const schemaVersion = isObject(document) ? document['schemaVersion'] : undefined;
  if (typeof schemaVersion === 'number' && schemaVersion > PLAN_SCHEMA_VERSION) {
    const plan = isObject(document) ? document['plan'] : undefined;
    const title = isObject(plan) && typeof plan['title'] === 'string' ? plan['title'].slice(0, 300) : null;
    return { kind: 'newer', schemaVersion, title, savedAt };
  }
  const parsed = parsePlanValue(document);
  if (!parsed.ok) {
    const first = parsed.errors[0];
    const where = first === undefined || first.path === '' ? '' : `${first.path}: `;
    return { kind: 'unreadable', reason: first === undefined ? 'the plan is invalid' : `${where}${first.message}` };
  }
  if (parsed.plan.id !== key) return { kind: 'unreadable', reason: `stored under "${key}" but holds plan "${parsed.plan.id}"` };
  return {
    kind: 'plan',
    plan: parsed.plan,
    revision,
    savedAt: savedAt ?? parsed.plan.updatedAt,
    migratedFrom: parsed.migratedFrom,
  };
}

/** The revision and schema of whatever is stored, as far as they can be read (for compare-before-write). */
export function storedVersion(value: unknown): { revision: number; schemaVersion: number | null } | null {
  if (!isObject(value) || value['kind'] !== RECORD_KIND) return null;
  const revision = value['revision'];
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision)) return null;
  const document = value['document'];
  const schemaVersion = isObject(document) && typeof document['schemaVersion'] === 'number' ? document['schemaVersion'] : null;
  return { revision, schemaVersion };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
