/**
 * Upgrades for saved rollouts and cohorts written by older versions, one version at a time.
 *
 * Version 1 named the stages after implementation science (`exploration`, `installation`,
 * `initialImplementation`, `fullImplementation`; `onHold`, `abandoned`) and had no `sustain`;
 * its campuses were `selected`, `training`, `live`, `embedded` or `dropped` and counted
 * `teachersAtFidelity`; its audit trail was `history: [{ at, by, type, description, note }]`;
 * a paused rollout remembered `heldFrom`; thresholds had no `leadershipTurnoverAt`.
 *
 * A migration takes untrusted JSON and returns a new value one version newer, never mutating
 * its input. It converts what it recognizes and leaves the rest for validation to report.
 */
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

/** The version this library writes. */
export const ROLLOUT_FORMAT_VERSION = 2;

/** A JSON object as read from a file. */
type Raw = { readonly [key: string]: unknown };

/** One step in the upgrade path of saved district and cohort snapshots. */
export interface RolloutMigration {
  from: number;
  to: number;
  description: string;
  district(snapshot: Raw): Raw;
  cohort(snapshot: Raw): Raw;
}

/** Thrown by a migration that cannot convert a snapshot without losing data. */
export class RolloutMigrationError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'RolloutMigrationError';
  }
}

/** Every migration, oldest first; each one's `to` is the next one's `from`. */
export const ROLLOUT_MIGRATIONS: readonly RolloutMigration[] = [
  {
    from: 1,
    to: 2,
    description:
      'Stages renamed (exploration → explore, installation → prepare, initialImplementation → pilot, ' +
      'fullImplementation → scale, onHold → paused, abandoned → declined); campus states renamed; ' +
      '`history` becomes the numbered `log`; `heldFrom` becomes `pausedFrom`.',
    district: (snapshot) => districtV1ToV2(snapshot, 'snapshot'),
    cohort: cohortV1ToV2,
  },
];

/** The oldest version this library can still read. */
export const OLDEST_ROLLOUT_VERSION: number = ROLLOUT_MIGRATIONS[0]?.from ?? ROLLOUT_FORMAT_VERSION;

/** The outcome of upgrading a saved snapshot. */
export type RolloutMigrateResult = { ok: true; snapshot: unknown } | { ok: false; path: string; message: string };

/** Runs the migrations for a district or cohort snapshot from `fromVersion` to the current version. */
export function migrateRolloutSnapshot(kind: 'district' | 'cohort', snapshot: unknown, fromVersion: number): RolloutMigrateResult {
  let current = snapshot;
  for (let version = fromVersion; version < ROLLOUT_FORMAT_VERSION; version++) {
    const step = ROLLOUT_MIGRATIONS.find((migration) => migration.from === version);
    if (step === undefined) return { ok: false, path: 'version', message: `no upgrade exists from version ${version}` };
    if (!isObject(current)) return { ok: true, snapshot: current }; // validation reports it
    try {
      current = kind === 'district' ? step.district(current) : step.cohort(current);
    } catch (error) {
      const known = error instanceof RolloutMigrationError;
      return {
        ok: false,
        path: known ? error.path : 'snapshot',
        message: `could not upgrade from version ${step.from} to ${step.to}: ${error instanceof Error ? error.message : 'an unexpected error'}`,
      };
    }
  }
  return { ok: true, snapshot: current };
}

// ---------------------------------------------------------------------------------------------
// 1 → 2

const STAGES_V1: Readonly<Record<string, string>> = {
  exploration: 'explore',
  installation: 'prepare',
  initialImplementation: 'pilot',
  fullImplementation: 'scale',
  onHold: 'paused',
  abandoned: 'declined',
};

const CAMPUS_STATES_V1: Readonly<Record<string, string>> = {
  selected: 'candidate',
  training: 'preparing',
  live: 'implementing',
  embedded: 'sustaining',
  dropped: 'withdrawn',
};

function districtV1ToV2(snapshot: Raw, path: string): Raw {
  const next: Record<string, unknown> = { ...snapshot, value: rename(STAGES_V1, snapshot['value']) };
  const context = snapshot['context'];
  if (isObject(context)) next['context'] = districtContextV1(context, `${path}.context`);
  const children = snapshot['children'];
  if (isObject(children)) next['children'] = mapValues(children, (child) => mapSnapshot(child, campusV1ToV2));
  return next;
}

function districtContextV1(context: Raw, path: string): Raw {
  const { heldFrom, history, ...rest } = context;
  const next: Record<string, unknown> = { ...rest };
  if (history !== undefined) next['log'] = logV1(history, rest['log'], `${path}.history`);
  if (heldFrom !== undefined) {
    if (rest['pausedFrom'] !== undefined) throw new RolloutMigrationError(`${path}.heldFrom`, 'both "heldFrom" and "pausedFrom" are set');
    next['pausedFrom'] = heldFrom === null ? null : rename(STAGES_V1, heldFrom);
  }
  const thresholds = rest['thresholds'];
  if (isObject(thresholds) && thresholds['leadershipTurnoverAt'] === undefined) {
    next['thresholds'] = { ...thresholds, leadershipTurnoverAt: DEFAULT_THRESHOLDS.leadershipTurnoverAt };
  }
  return next;
}

function campusV1ToV2(snapshot: Raw): Raw {
  const next: Record<string, unknown> = { ...snapshot, value: rename(CAMPUS_STATES_V1, snapshot['value']) };
  const context = snapshot['context'];
  if (isObject(context) && 'teachersAtFidelity' in context) {
    const { teachersAtFidelity, ...rest } = context;
    next['context'] = { ...rest, atFidelity: teachersAtFidelity };
  }
  return next;
}

function cohortV1ToV2(snapshot: Raw): Raw {
  const next: Record<string, unknown> = { ...snapshot };
  const context = snapshot['context'];
  if (isObject(context) && 'history' in context) {
    const { history, ...rest } = context;
    next['context'] = { ...rest, log: logV1(history, rest['log'], 'snapshot.context.history') };
  }
  const children = snapshot['children'];
  if (isObject(children)) {
    next['children'] = mapValues(children, (child, id) =>
      mapSnapshot(child, (district) => districtV1ToV2(district, `snapshot.children.${id}.snapshot`)),
    );
  }
  return next;
}

/** `[{ at, by, type, description, note }]` → `[{ seq, when, who, event, what, why }]`. */
function logV1(history: unknown, log: unknown, path: string): unknown {
  if (log !== undefined) throw new RolloutMigrationError(path, 'both "history" and "log" are set');
  if (!Array.isArray(history)) return history;
  return history.map((entry, index) => {
    if (!isObject(entry)) return entry;
    const converted: Record<string, unknown> = {
      seq: index + 1,
      when: entry['at'],
      who: entry['by'] ?? 'unknown',
      event: entry['type'],
      what: entry['description'],
    };
    if (entry['note'] !== undefined && entry['note'] !== null && entry['note'] !== '') converted['why'] = entry['note'];
    return converted;
  });
}

function mapSnapshot(child: unknown, convert: (snapshot: Raw) => Raw): unknown {
  if (!isObject(child) || !isObject(child['snapshot'])) return child;
  return { ...child, snapshot: convert(child['snapshot']) };
}

function mapValues(record: Raw, convert: (value: unknown, key: string) => unknown): Raw {
  const next: Record<string, unknown> = {};
  for (const key of Object.keys(record)) next[key] = convert(record[key], key);
  return next;
}

function rename(names: Readonly<Record<string, string>>, value: unknown): unknown {
  return typeof value === 'string' && Object.hasOwn(names, value) ? names[value] : value;
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
