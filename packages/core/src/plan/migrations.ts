/**
 * Upgrades for plan files written by older versions, one schema version at a time.
 *
 * A migration receives the whole document as untrusted JSON, returns a new document one
 * version newer and never mutates its input. It converts what it recognizes and leaves
 * anything else in place for validation to report; it throws `MigrationError` only when
 * converting would lose data. `migrateDocument` turns any throw into an issue.
 */
import { PLAN_SCHEMA_VERSION } from './document.ts';
import type { PlanIssue } from './issues.ts';

/** A plan file, or any object in it, as read from JSON and not yet validated. */
export type RawPlanDocument = { readonly [key: string]: unknown };

/** One step in a document's upgrade path. */
export interface Migration {
  from: number;
  to: number;
  /** What changed, for people reading the list. */
  description: string;
  migrate(document: RawPlanDocument): RawPlanDocument;
}

/** Thrown by a migration that cannot convert a document without losing data. */
export class MigrationError extends Error {
  constructor(
    /** Dotted path into the document being migrated. */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Every migration, oldest first; each one's `to` is the next one's `from`. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description:
      'Measure points become { value, date }; `leaders` becomes `influencers`; ' +
      "a behavior's crucialMomentIds move to the moments' behaviorIds.",
    migrate: migrateV1ToV2,
  },
];

/** The oldest schema version this library can still read. */
export const OLDEST_SCHEMA_VERSION: number = MIGRATIONS[0]?.from ?? PLAN_SCHEMA_VERSION;

/** The result of upgrading a document to the current schema version. */
export type MigrateResult = { ok: true; document: RawPlanDocument } | { ok: false; issue: PlanIssue };

/**
 * Runs the migrations from `fromVersion` up to `PLAN_SCHEMA_VERSION`. The version must be
 * between `OLDEST_SCHEMA_VERSION` and `PLAN_SCHEMA_VERSION`; the input is never mutated.
 */
export function migrateDocument(document: RawPlanDocument, fromVersion: number): MigrateResult {
  let current = document;
  for (let version = fromVersion; version < PLAN_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (step === undefined) {
      return {
        ok: false,
        issue: { path: 'schemaVersion', code: 'unknown-version', message: `no upgrade exists from schema ${version}` },
      };
    }
    try {
      current = { ...step.migrate(current), schemaVersion: step.to };
    } catch (error) {
      const known = error instanceof MigrationError;
      const reason = known ? error.message : describeThrown(error);
      return {
        ok: false,
        issue: {
          path: known ? error.path : '',
          code: 'migration-failed',
          message: `could not upgrade this file from schema ${step.from} to ${step.to}: ${reason}; nothing was changed`,
        },
      };
    }
  }
  return { ok: true, document: current };
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : 'an unexpected error';
}

// ---------------------------------------------------------------------------------------------
// 1 → 2

function migrateV1ToV2(document: RawPlanDocument): RawPlanDocument {
  const plan = document['plan'];
  if (!isObject(plan)) return { ...document }; // nothing to convert; validation reports it
  return { ...document, plan: migratePlanV1(plan) };
}

function migratePlanV1(plan: RawPlanDocument): RawPlanDocument {
  const { leaders, ...rest } = plan;
  const next: Record<string, unknown> = { ...rest };
  if (leaders !== undefined) {
    if (plan['influencers'] !== undefined) {
      throw new MigrationError('plan.leaders', 'the plan has both "leaders" and "influencers"');
    }
    next['influencers'] = leaders;
  }
  const result = plan['result'];
  if (isObject(result) && Array.isArray(result['measures'])) {
    next['result'] = { ...result, measures: result['measures'].map(migrateMeasureV1) };
  }
  return moveCrucialMomentLinks(next);
}

/** `baseline`, `baselineDate`, `target`, `targetDate` → `baseline: {value, date}`, `target: {value, date}`. */
function migrateMeasureV1(measure: unknown): unknown {
  if (!isObject(measure)) return measure;
  const { baseline, baselineDate, target, targetDate, ...rest } = measure;
  return { ...rest, baseline: measurePoint(baseline, baselineDate), target: measurePoint(target, targetDate) };
}

function measurePoint(value: unknown, date: unknown): Record<string, unknown> {
  const point: Record<string, unknown> = {};
  if (value !== undefined && value !== null) point['value'] = value;
  if (date !== undefined && date !== null) point['date'] = date;
  return point;
}

/** v1 behaviors listed their moments; v2 moments list their behaviors. */
function moveCrucialMomentLinks(plan: Record<string, unknown>): Record<string, unknown> {
  const behaviors = plan['behaviors'];
  if (!Array.isArray(behaviors)) return plan;
  const moments = Array.isArray(plan['crucialMoments']) ? plan['crucialMoments'] : [];

  const momentIndex = new Map<unknown, number>();
  moments.forEach((moment, index) => {
    if (isObject(moment) && !momentIndex.has(moment['id'])) momentIndex.set(moment['id'], index);
  });
  // Sets keep the order links were added and make each addition constant time.
  const linked: Set<unknown>[] = moments.map(
    (moment) => new Set(isObject(moment) && Array.isArray(moment['behaviorIds']) ? moment['behaviorIds'] : []),
  );

  const nextBehaviors = behaviors.map((behavior, b) => {
    if (!isObject(behavior) || !('crucialMomentIds' in behavior)) return behavior;
    const { crucialMomentIds, ...rest } = behavior;
    if (!Array.isArray(crucialMomentIds)) {
      throw new MigrationError(`plan.behaviors.${b}.crucialMomentIds`, 'crucialMomentIds must be a list of ids');
    }
    crucialMomentIds.forEach((momentId, m) => {
      const index = momentIndex.get(momentId);
      if (index === undefined) {
        throw new MigrationError(
          `plan.behaviors.${b}.crucialMomentIds.${m}`,
          `behavior ${JSON.stringify(behavior['id'])} links crucial moment ${JSON.stringify(momentId)}, which is not in the plan`,
        );
      }
      linked[index]?.add(behavior['id']);
    });
    return rest;
  });

  const nextMoments = moments.map((moment, index) =>
    isObject(moment) ? { ...moment, behaviorIds: [...(linked[index] ?? [])] } : moment,
  );
  const next: Record<string, unknown> = { ...plan, behaviors: nextBehaviors };
  if (Array.isArray(plan['crucialMoments'])) next['crucialMoments'] = nextMoments;
  return next;
}

function isObject(value: unknown): value is RawPlanDocument {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
