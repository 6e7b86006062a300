/**
 * Saving and restoring district rollouts and cohorts, with their campuses, as versioned JSON.
 *
 * Restoring runs, in order: size, JSON, shape (depth, forbidden keys), envelope, version,
 * migrations, schema, consistency — and only then `createActor`. Nothing here throws, and no
 * caller ever gets an actor with status `error`: a snapshot xstate cannot take is refused with
 * a sentence saying why. A restored actor is in the saved state and replays no actions.
 */
import { createActor, type Actor, type InspectionEvent, type Observer, type Snapshot } from 'xstate';
import { checkJsonShape } from '../plan/shape-guard.ts';
import { exceedsUtf8Bytes } from '../plan/text-size.ts';
import { cohortMachine } from './cohort-machine.ts';
import { districtMachine } from './district-machine.ts';
import { OLDEST_ROLLOUT_VERSION, ROLLOUT_FORMAT_VERSION, migrateRolloutSnapshot } from './migrations.ts';
import {
  PersistedCohortSnapshotSchema,
  PersistedDistrictSnapshotSchema,
  checkCohortConsistency,
  checkDistrictConsistency,
  type PersistedCohortSnapshot,
  type PersistedDistrictSnapshot,
} from './persisted-schema.ts';

/** The `format` of a saved district rollout. */
export const ROLLOUT_FORMAT = 'sixsources.rollout';
/** The `format` of a saved cohort. */
export const COHORT_FORMAT = 'sixsources.cohort';
/** Largest saved file accepted, in bytes of UTF-8 text (a cohort of 50 × 400 campuses fits). */
export const MAX_ROLLOUT_FILE_BYTES = 64 * 1024 * 1024;
/** Deepest nesting accepted: a cohort's campus evidence sits about 12 levels down. */
const MAX_DEPTH = 24;

/** A district rollout, saved. */
export interface PersistedRollout {
  format: typeof ROLLOUT_FORMAT;
  version: number;
  snapshot: PersistedDistrictSnapshot;
}

/** A cohort with all its districts and campuses, saved. */
export interface PersistedCohort {
  format: typeof COHORT_FORMAT;
  version: number;
  snapshot: PersistedCohortSnapshot;
}

/** A running district rollout actor. */
export type DistrictActor = Actor<typeof districtMachine>;
/** A running cohort actor. */
export type CohortActor = Actor<typeof cohortMachine>;

/** Why a saved file could not be restored. */
export type RolloutFileIssueCode =
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-a-rollout-file'
  | 'too-new'
  | 'unknown-version'
  | 'migration-failed'
  | 'invalid-snapshot';

/** One problem with a saved file: where (a dotted path), what, and a code to switch on. */
export interface RolloutFileIssue {
  code: RolloutFileIssueCode;
  path: string;
  message: string;
}

/** The outcome of restoring: a started actor, or the problems that stopped it. */
export type RestoreResult<TActor> =
  | {
      ok: true;
      actor: TActor;
      /** The version the file was upgraded from, or `null` if it was current. */
      migratedFrom: number | null;
    }
  | { ok: false; errors: RolloutFileIssue[] };

/** Options for restoring. */
export interface RestoreOptions {
  /** Passed to `createActor`, e.g. to watch that restoring replays nothing. */
  inspect?: Observer<InspectionEvent> | ((event: InspectionEvent) => void);
}

/** Most issues reported for one file. */
const MAX_ISSUES = 20;

/**
 * Saves a district rollout with its campuses. Call it before `stop()`: a stopped actor's
 * children are gone. The result is plain JSON, detached from the actor.
 */
export function persistDistrict(actor: DistrictActor): PersistedRollout {
  return { format: ROLLOUT_FORMAT, version: ROLLOUT_FORMAT_VERSION, snapshot: detach(actor.getPersistedSnapshot()) };
}

/** Saves a cohort with every district and campus. Call it before `stop()`. */
export function persistCohort(actor: CohortActor): PersistedCohort {
  return { format: COHORT_FORMAT, version: ROLLOUT_FORMAT_VERSION, snapshot: detach(actor.getPersistedSnapshot()) };
}

/** A saved rollout or cohort as file text: two-space JSON ending in a newline. */
export function serializeRolloutFile(saved: PersistedRollout | PersistedCohort): string {
  return `${JSON.stringify(saved, null, 2)}\n`;
}

/**
 * Restores a district rollout from file text or parsed JSON, upgrading older versions. Never
 * throws. The actor comes back started, in the saved state, with its campuses.
 */
export function restoreDistrict(source: unknown, options: RestoreOptions = {}): RestoreResult<DistrictActor> {
  return guarded(() => {
    const read = readEnvelope(source, ROLLOUT_FORMAT, 'district');
    if (!read.ok) return read;
    const parsed = PersistedDistrictSnapshotSchema.safeParse(read.snapshot);
    if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error.issues) };
    const problems = checkDistrictConsistency(parsed.data);
    if (problems.length > 0) return { ok: false, errors: problems.slice(0, MAX_ISSUES).map(consistencyIssue) };
    return start(() => createActor(districtMachine, restoring(parsed.data, options)), read.migratedFrom);
  });
}

/** Restores a cohort with every district and campus. Never throws. */
export function restoreCohort(source: unknown, options: RestoreOptions = {}): RestoreResult<CohortActor> {
  return guarded(() => {
    const read = readEnvelope(source, COHORT_FORMAT, 'cohort');
    if (!read.ok) return read;
    const parsed = PersistedCohortSnapshotSchema.safeParse(read.snapshot);
    if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error.issues) };
    const problems = checkCohortConsistency(parsed.data);
    if (problems.length > 0) return { ok: false, errors: problems.slice(0, MAX_ISSUES).map(consistencyIssue) };
    return start(() => createActor(cohortMachine, restoring(parsed.data, options)), read.migratedFrom);
  });
}

/** Which kind of saved file a parsed value is, by its `format`; `null` for anything else. */
export function rolloutFileKind(value: unknown): 'district' | 'cohort' | null {
  if (!isObject(value)) return null;
  return value['format'] === ROLLOUT_FORMAT ? 'district' : value['format'] === COHORT_FORMAT ? 'cohort' : null;
}

type EnvelopeResult = { ok: true; snapshot: unknown; migratedFrom: number | null } | { ok: false; errors: RolloutFileIssue[] };

function readEnvelope(source: unknown, format: string, kind: 'district' | 'cohort'): EnvelopeResult {
  let value = source;
  if (typeof source === 'string') {
    if (exceedsUtf8Bytes(source, MAX_ROLLOUT_FILE_BYTES)) {
      return refuse('too-large', '', `the file is larger than ${MAX_ROLLOUT_FILE_BYTES / (1024 * 1024)} MiB; it was not read`);
    }
    try {
      value = JSON.parse(source.startsWith('\uFEFF') ? source.slice(1) : source);
    } catch (error) {
      return refuse('not-json', '', `not valid JSON: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}`);
    }
  }
  const shape = checkJsonShape(value, '', MAX_DEPTH);
  if (shape.length > 0) {
    return {
      ok: false,
      errors: shape.slice(0, MAX_ISSUES).map((issue): RolloutFileIssue => {
        if (issue.code === 'forbidden-key') return { code: 'forbidden-key', path: issue.path, message: 'this key is not allowed in a saved rollout' };
        if (issue.code === 'too-deep') return { code: 'too-deep', path: issue.path, message: `nests deeper than ${MAX_DEPTH} levels of lists and objects` };
        return { code: 'too-large', path: issue.path, message: 'holds too many lists and objects' };
      }),
    };
  }
  const what = kind === 'district' ? 'a saved district rollout' : 'a saved cohort';
  if (!isObject(value)) return refuse('not-a-rollout-file', '', `this is not ${what}: it is not a JSON object`);
  if (value['format'] !== format) {
    const other = rolloutFileKind(value);
    const hint = other === null ? '' : ` (it is a saved ${other === 'district' ? 'district rollout' : 'cohort'})`;
    return refuse('not-a-rollout-file', 'format', `this is not ${what}: "format" must be "${format}"${hint}`);
  }
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse('unknown-version', 'version', `"version" must be a whole number such as ${ROLLOUT_FORMAT_VERSION}`);
  }
  if (version > ROLLOUT_FORMAT_VERSION) {
    return refuse(
      'too-new',
      'version',
      `saved by a newer version of Six Sources (version ${version}); this one reads versions ${OLDEST_ROLLOUT_VERSION} to ${ROLLOUT_FORMAT_VERSION} — update Six Sources; nothing was changed`,
    );
  }
  if (version < OLDEST_ROLLOUT_VERSION) {
    return refuse('unknown-version', 'version', `version ${version} was never written; this one reads versions ${OLDEST_ROLLOUT_VERSION} to ${ROLLOUT_FORMAT_VERSION}`);
  }
  if (version === ROLLOUT_FORMAT_VERSION) return { ok: true, snapshot: value['snapshot'], migratedFrom: null };
  const migrated = migrateRolloutSnapshot(kind, value['snapshot'], version);
  if (!migrated.ok) return refuse('migration-failed', migrated.path, `${migrated.message}; nothing was changed`);
  return { ok: true, snapshot: migrated.snapshot, migratedFrom: version };
}

function start<TActor extends DistrictActor | CohortActor>(create: () => TActor, migratedFrom: number | null): RestoreResult<TActor> {
  const actor = create();
  // Checked before and after start: any failure xstate reports is a refusal, never a live error actor.
  if (actor.getSnapshot().status === 'error') return refuse('invalid-snapshot', 'snapshot', describeError(actor.getSnapshot().error));
  actor.start();
  const snapshot = actor.getSnapshot();
  if (snapshot.status === 'error') {
    actor.stop();
    return refuse('invalid-snapshot', 'snapshot', describeError(snapshot.error));
  }
  return { ok: true, actor, migratedFrom };
}

function guarded<T>(work: () => RestoreResult<T>): RestoreResult<T> {
  try {
    return work();
  } catch (error) {
    return refuse('invalid-snapshot', '', `could not restore: ${describeError(error)}`);
  }
}

function zodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): RolloutFileIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => ({
    code: 'invalid-snapshot',
    path: ['snapshot', ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

function consistencyIssue(problem: string): RolloutFileIssue {
  const split = problem.indexOf(': ');
  return { code: 'invalid-snapshot', path: problem.slice(0, split), message: problem.slice(split + 2) };
}

function refuse(code: RolloutFileIssueCode, path: string, message: string): { ok: false; errors: RolloutFileIssue[] } {
  return { ok: false, errors: [{ code, path, message }] };
}

/** Actor options for a restore. xstate's types ask for `input`, which a restore ignores. */
function restoring(snapshot: object, options: RestoreOptions): { snapshot: Snapshot<unknown>; input: never; inspect?: RestoreOptions['inspect'] } {
  const actorOptions = { snapshot: snapshot as Snapshot<unknown>, input: undefined as never };
  return options.inspect === undefined ? actorOptions : { ...actorOptions, inspect: options.inspect };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : 'an unexpected error';
}

/** A deep copy through JSON: what a file would hold, sharing nothing with the live actor. */
function detach<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
