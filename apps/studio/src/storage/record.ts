/**
 * One stored plan: the versioned plan document plus what the library needs without opening
 * it. Reading a record never throws: it is a plan, a plan from a newer version (left alone),
 * or something unreadable (set aside, never deleted).
 */
import { PLAN_SCHEMA_VERSION, parsePlanValue, type Plan } from '@sixsources/core';
import { RECORD_KIND, isObject } from './record-write.ts';

export { RECORD_KIND, createRecord, isNewerSchema, storedVersion, type PlanRecord } from './record-write.ts';

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
