/**
 * Checks a command must pass before it may touch a plan: values that fit the schema,
 * ids that are new and well formed, links that point at real vital behaviors.
 */
import type { z } from 'zod';
import { newId } from '../plan/ids.ts';
import { IdSchema, type Plan } from '../plan/schema.ts';
import { isTacticOf, type Source, type Tactic } from '../plan/sources.ts';
import type { CommandError } from './command-error.ts';
import { ITEM_KINDS, indexOfId, itemsOf } from './collections.ts';

/** A check's answer: the checked value, or why the command is refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: CommandError };

/** A refusal, for `return refuse(…)` in checks. */
export function refuse(error: CommandError): { ok: false; error: CommandError } {
  return { ok: false, error };
}

/**
 * Parses one value with its schema and refuses, with every issue, when it does not fit.
 * Also refuses keys the schema does not know: zod would drop them silently, and a typo in a
 * field name should not look like a successful edit.
 */
export function parseValue<T>(schema: z.ZodType<T>, candidate: Record<string, unknown>): Checked<T> {
  const result = schema.safeParse(candidate);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    return refuse({
      code: 'invalid-value',
      issues,
      message: issues.map((issue) => `${issue.path || '(value)'}: ${issue.message}`).join('; '),
    });
  }
  const parsed = result.data as Record<string, unknown>;
  const unknown = Object.keys(candidate).filter((key) => candidate[key] !== undefined && !Object.hasOwn(parsed, key));
  if (unknown.length > 0) {
    const issues = unknown.map((key) => ({ path: key, message: 'not a field of this item' }));
    return refuse({ code: 'invalid-value', issues, message: `unknown field(s): ${unknown.join(', ')}` });
  }
  return { ok: true, value: result.data };
}

/** Copies `base` with `changes` applied: a key set to `undefined` is removed. */
export function withChanges(base: object, changes: object): Record<string, unknown> {
  const next: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Refuses changes to keys a command may not set (ids, and observations outside their commands). */
export function checkProtectedKeys(changes: object, protectedKeys: readonly string[]): Checked<null> {
  const touched = protectedKeys.filter((key) => Object.hasOwn(changes, key));
  if (touched.length === 0) return { ok: true, value: null };
  const issues = touched.map((key) => ({ path: key, message: 'cannot be set by this command' }));
  return refuse({ code: 'invalid-value', issues, message: `cannot set ${touched.join(', ')} here` });
}

/** True when any item or observation in the plan already has this id. */
export function idInUse(plan: Plan, id: string): boolean {
  for (const kind of ITEM_KINDS) if (indexOfId(itemsOf(plan, kind), id) >= 0) return true;
  for (const measure of plan.result.measures) if (indexOfId(measure.observations, id) >= 0) return true;
  return false;
}

/**
 * The caller's id for a new item, checked against every id in the plan, or a generated one.
 * Generated ids carry about 51 random bits, so even a plan of 20,000 ids meets a clash less
 * than once in 10^11 adds; they skip the scan, which is most of the cost of an add.
 */
export function idForNewItem(plan: Plan, requested: string | undefined, prefix: string): Checked<string> {
  if (requested === undefined) return { ok: true, value: newId(prefix) };
  if (!IdSchema.safeParse(requested).success) {
    return refuse({ code: 'invalid-id', id: requested, message: `"${requested}" is not a valid id` });
  }
  if (idInUse(plan, requested)) {
    return refuse({ code: 'duplicate-id', id: requested, message: `the plan already uses the id "${requested}"` });
  }
  return { ok: true, value: requested };
}

/** Refuses a link list that names a behavior twice or a behavior the plan does not have. */
export function checkBehaviorLinks(plan: Plan, behaviorIds: readonly string[]): Checked<null> {
  const seen = new Set<string>();
  const repeated = behaviorIds.filter((id) => seen.has(id) || !seen.add(id));
  if (repeated.length > 0) {
    return refuse({
      code: 'duplicate-link',
      behaviorIds: [...new Set(repeated)],
      message: `linked more than once: ${repeated.join(', ')}`,
    });
  }
  const unknown = behaviorIds.filter((id) => indexOfId(plan.behaviors, id) < 0);
  if (unknown.length > 0) {
    return refuse({
      code: 'unknown-behavior',
      behaviorIds: unknown,
      message: `no vital behavior has the id(s) ${unknown.join(', ')}`,
    });
  }
  return { ok: true, value: null };
}

/** Refuses a strategy whose tactic is not one of its source's. */
export function checkTactic(source: Source, tactic: Tactic): Checked<null> {
  if (isTacticOf(source, tactic)) return { ok: true, value: null };
  return refuse({
    code: 'tactic-not-of-source',
    source,
    tactic,
    message: `the tactic "${tactic}" does not belong to the source "${source}"`,
  });
}

/**
 * Refuses an end date before its start date (either may be missing). Plan files with such
 * dates fail `checkReferences`, so an edit must not create them.
 */
export function checkDateOrder(start: string | undefined, end: string | undefined, what: string): Checked<null> {
  // ISO calendar dates compare correctly as strings.
  if (start === undefined || end === undefined || end >= start) return { ok: true, value: null };
  return refuse({ code: 'dates-out-of-order', start, end, message: `${what} ${end} is before ${start}` });
}

/** Refuses an index outside `0..length` (`0..length-1` unless `allowEnd`). */
export function checkIndex(index: number, length: number, allowEnd: boolean): Checked<number> {
  const last = allowEnd ? length : length - 1;
  if (Number.isInteger(index) && index >= 0 && index <= last) return { ok: true, value: index };
  return refuse({ code: 'out-of-range', index, length, message: `index ${index} is outside the list (${length} items)` });
}

/** Structural equality for the JSON values a plan holds. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
