/**
 * Saved rollouts come back exactly as they were. Random sequences of up to 100 events (valid
 * ones and refused ones) are sent to district rollouts and cohorts; after every event the
 * actor is saved, turned into file text and restored, and the restored actor must save the
 * same snapshot, show the same view (stage, every gate explained, summaries, risks, campuses,
 * share at fidelity, audit trail; for a cohort also its map) and hold live campus and district
 * actors. At random points the restored actor is kept and sent the rest of the events
 * alongside the original, which it must match after each one: a restore is a true fork.
 * A refused event leaves the saved snapshot as it was; an accepted one adds one audit entry.
 * `SIXSOURCES_FUZZ_RUNS` sets the number of sequences, as in the rest of the reliability suite. Files written by version 1 (the
 * fixtures, and random histories written in version 1's format) migrate to the same rollout,
 * and saving and restoring a migrated rollout again changes nothing.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  COHORT_FORMAT,
  ROLLOUT_STAGES,
  ROLLOUT_FORMAT,
  createCohort,
  createDistrictRollout,
  explainRefusal,
  persistCohort,
  persistDistrict,
  restoreCohort,
  restoreDistrict,
  sendDistrictEvent,
  serializeRolloutFile,
  type CohortActor,
  type CohortEvent,
  type CohortInput,
  type DistrictActor,
  type DistrictEvent,
  type DistrictInput,
  type PersistedCohort,
  type PersistedDistrictSnapshot,
  type PersistedRollout,
  type RestoreResult,
} from '../../src/rollout/index.ts';
import {
  cohortEvent,
  cohortGateKit,
  cohortInput,
  districtEvent,
  districtInput,
  gateKit,
  malformedDistrictEvent,
  sequenceOf,
} from '../support/rollout-arbitraries.ts';
import { FUZZ_RUNS, SOAK, runsFor, timeLimit } from './fuzz-settings.ts';
import { cohortRefProblems, cohortToV1, cohortView, districtRefProblems, districtToV1, districtView } from './rollout-snapshot-checks.ts';

/** The frozen clock starts here and moves a minute per event: events without `at` are stamped with it. */
const START = Date.parse('2026-02-02T08:00:00.000Z');
/** Time per property: 30 s at the default run count, more in proportion when asked for more. */
const LIMIT = timeLimit(30_000 * Math.max(1, FUZZ_RUNS / 25));
/** Most restored actors kept running alongside the original at once. */
const MAX_FORKS = 3;

const fixture = (name: string): string => readFileSync(new URL(`../rollout/fixtures/${name}`, import.meta.url), 'utf8');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

const figures = { sequences: 0, events: 0, refused: 0, roundTrips: 0, forks: 0, reached: {} as Record<string, number> };
afterAll(() => {
  if (SOAK) console.log(`rollout snapshots: ${JSON.stringify(figures)}`);
});

/** A district event to send, and how: straight to the actor, or through `sendDistrictEvent`. */
type DistrictStep =
  | { kind: 'event'; event: DistrictEvent; checked: boolean; fork: boolean; file: boolean }
  | { kind: 'malformed'; event: unknown; fork: boolean; file: boolean };

const fork = fc.nat({ max: 14 }).map((n) => n === 0); // about one step in fifteen
const districtStep: fc.Arbitrary<DistrictStep> = fc.oneof(
  { weight: 15, arbitrary: fc.record({ kind: fc.constant('event' as const), event: districtEvent, checked: fc.boolean(), fork, file: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('malformed' as const), event: malformedDistrictEvent, fork, file: fc.boolean() }) },
);
/** Up to `maxLength` district steps, gate kits included. */
const districtSteps = (maxLength: number): fc.Arbitrary<DistrictStep[]> =>
  sequenceOf(
    districtStep,
    gateKit.chain((events) => fc.tuple(...events.map((event) => fc.record({ kind: fc.constant('event' as const), event: fc.constant(event), checked: fc.boolean(), fork, file: fc.boolean() })))),
    maxLength,
  );

/**
 * Data to compare against, with its JSON text: equal text is equal data here (snapshots and
 * views hold only JSON values), and vitest's deep equality is slow on snapshots with hundreds
 * of entries, so it only runs to describe a difference.
 */
class Expected<T> {
  readonly text: string;
  constructor(readonly value: T) {
    this.text = JSON.stringify(value);
  }
  /** Fails, showing the difference, unless `actual` holds the same data. */
  check(actual: unknown, message?: string): void {
    if (JSON.stringify(actual) !== this.text) expect(actual, message).toEqual(this.value);
  }
}

/** Saved, then read back from text the way a file is: pretty-printed, or as one line. */
function roundTrip<T>(saved: PersistedRollout | PersistedCohort | Expected<PersistedRollout | PersistedCohort>, asFile: boolean, restore: (text: string) => RestoreResult<T>): T {
  const [value, line] = saved instanceof Expected ? [saved.value, saved.text] : [saved, JSON.stringify(saved)];
  const restored = restore(asFile ? serializeRolloutFile(value) : line);
  if (!restored.ok) throw new Error(`a saved snapshot was refused: ${JSON.stringify(restored.errors)}`);
  expect(restored.migratedFrom).toBeNull();
  return restored.actor;
}

/** Sends one step to a district the way the step says; returns whether the district took it. */
function sendStep(actor: DistrictActor, step: DistrictStep): boolean {
  if (step.kind === 'malformed') return sendDistrictEvent(actor, step.event as DistrictEvent).accepted;
  if (step.checked) return sendDistrictEvent(actor, step.event).accepted;
  const before = actor.getSnapshot();
  // A declined rollout is final; xstate would only warn about an event sent to it.
  if (before.status !== 'active') return false;
  actor.send(step.event);
  return actor.getSnapshot() !== before;
}

/**
 * Runs `steps` on `original`, checking after every step that the saved snapshot restores to an
 * equal rollout, and that `forks` (given, or restored along the way) still equal it. Stops them all.
 */
function checkDistrictRun(original: DistrictActor, steps: readonly DistrictStep[], forks: DistrictActor[] = []): void {
  let clock = START;
  let before = new Expected(persistDistrict(original));
  let furthest = 0;
  for (const step of steps) {
    vi.setSystemTime((clock += 60_000));
    const snapshot = original.getSnapshot();
    const refusal =
      step.kind === 'malformed' ? ['malformed'] : snapshot.status !== 'active' ? ['declined'] : explainRefusal(snapshot, step.event);

    const took = sendStep(original, step);
    const after = new Expected(persistDistrict(original));
    figures.events++;
    if (refusal.length > 0) {
      figures.refused++;
      expect(took, 'a refused event was taken').toBe(false);
      before.check(after.value, 'a refused event changed the saved snapshot');
    } else {
      expect(took, `an event explainRefusal allows was not taken: ${JSON.stringify(step.event)}`).toBe(true);
      expect(after.value.snapshot.context.log).toHaveLength(before.value.snapshot.context.log.length + 1);
    }

    // Every fork got the same step, and must still be the same rollout.
    const view = new Expected(districtView(original.getSnapshot()));
    for (const copy of forks) {
      expect(sendStep(copy, step), 'a fork decided differently from the original').toBe(took);
      after.check(persistDistrict(copy), 'a fork saved a different snapshot');
      view.check(districtView(copy.getSnapshot()), 'a fork shows a different rollout');
    }

    const restored = roundTrip(after, step.file, restoreDistrict);
    figures.roundTrips++;
    after.check(persistDistrict(restored), 'the restored rollout saved a different snapshot');
    view.check(districtView(restored.getSnapshot()), 'the restored rollout shows a different rollout');
    expect(districtRefProblems(restored.getSnapshot())).toEqual([]);
    if (step.fork && forks.length < MAX_FORKS) {
      forks.push(restored);
      figures.forks++;
    } else restored.stop();
    before = after;
    furthest = Math.max(furthest, stageIndex(after.value.snapshot));
  }
  const reached = ROLLOUT_STAGES[furthest] ?? 'explore';
  figures.reached[reached] = (figures.reached[reached] ?? 0) + 1;
  for (const copy of forks) copy.stop();
  original.stop();
}

/** How far along a saved district is: its stage, or the stage it paused in (0 for explore). */
function stageIndex(snapshot: PersistedDistrictSnapshot): number {
  return Math.max(0, (ROLLOUT_STAGES as readonly string[]).indexOf(snapshot.context.pausedFrom ?? snapshot.value));
}

function startDistrict(input: DistrictInput): DistrictActor {
  const made = createDistrictRollout(input);
  if (!made.ok) throw new Error(`a generated district input was refused: ${made.errors.join('; ')}`);
  return made.actor;
}

function startCohort(input: CohortInput): CohortActor {
  const made = createCohort(input);
  if (!made.ok) throw new Error(`a generated cohort input was refused: ${made.errors.join('; ')}`);
  return made.actor;
}

describe('a district rollout saved after any event', () => {
  test('restores to an equal rollout, and a restored copy stays equal when sent the same events', { timeout: LIMIT }, () => {
    fc.assert(
      fc.property(districtInput, districtSteps(100), (input, steps) => {
        figures.sequences++;
        checkDistrictRun(startDistrict(input), steps);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

/** A cohort event, whether to keep the restored copy as a fork, and how to write the file. */
interface CohortStep {
  event: CohortEvent;
  fork: boolean;
  file: boolean;
}
const cohortStep: fc.Arbitrary<CohortStep> = fc.record({ event: cohortEvent, fork, file: fc.boolean() });
/** Up to `maxLength` cohort steps, gate kits for one district included. */
const cohortSteps = (maxLength: number): fc.Arbitrary<CohortStep[]> =>
  sequenceOf(
    cohortStep,
    cohortGateKit.chain((events) => fc.tuple(...events.map((event) => fc.record({ event: fc.constant(event), fork, file: fc.boolean() })))),
    maxLength,
  );

/** Why the cohort, or the district the event is for, would refuse `event`; empty when it takes it. */
function cohortRefusal(cohort: CohortActor, event: CohortEvent): string[] {
  const snapshot = cohort.getSnapshot();
  if (!snapshot.can(event)) return ['the cohort refuses it'];
  if (event.type !== 'district.send') return [];
  const district = snapshot.context.districts[event.districtId];
  return district === undefined ? ['no such district'] : explainRefusal(district.getSnapshot(), event.event);
}

/** The audit trails that an accepted event appends to: the district's for `district.send`, else the cohort's. */
function trailLength(saved: PersistedCohort, event: CohortEvent): number {
  if (event.type !== 'district.send') return saved.snapshot.context.log.length;
  return saved.snapshot.children[event.districtId]?.snapshot.context.log.length ?? -1;
}

describe('a cohort saved after any event', () => {
  test('restores every district and campus equal, and a restored copy stays equal when sent the same events', { timeout: LIMIT }, () => {
    fc.assert(
      fc.property(cohortInput, cohortSteps(100), (input, steps) => {
        figures.sequences++;
        checkCohortRun(startCohort(input), steps);
      }),
      { numRuns: runsFor(0.5, 10) },
    );
  });
});

function checkCohortRun(original: CohortActor, steps: readonly CohortStep[], forks: CohortActor[] = []): void {
  let clock = START;
  let before = new Expected(persistCohort(original));
  for (const step of steps) {
    vi.setSystemTime((clock += 60_000));
    const refusal = cohortRefusal(original, step.event);
    original.send(step.event);
    const after = new Expected(persistCohort(original));
    figures.events++;
    if (refusal.length > 0) {
      figures.refused++;
      before.check(after.value, 'a refused event changed the saved cohort');
    } else {
      expect(trailLength(after.value, step.event), 'an accepted event left no audit entry').toBe(trailLength(before.value, step.event) + 1);
    }

    const view = new Expected(cohortView(original.getSnapshot()));
    for (const copy of forks) {
      copy.send(step.event);
      after.check(persistCohort(copy), 'a fork saved a different cohort');
      view.check(cohortView(copy.getSnapshot()), 'a fork shows a different cohort');
    }

    const restored = roundTrip(after, step.file, restoreCohort);
    figures.roundTrips++;
    after.check(persistCohort(restored), 'the restored cohort saved a different snapshot');
    view.check(cohortView(restored.getSnapshot()), 'the restored cohort shows a different cohort');
    expect(cohortRefProblems(restored.getSnapshot())).toEqual([]);
    if (step.fork && forks.length < MAX_FORKS) {
      forks.push(restored);
      figures.forks++;
    } else restored.stop();
    before = after;
  }
  for (const copy of forks) copy.stop();
  original.stop();
}

describe('files written by version 1', () => {
  test('the v1 writer these properties use reproduces the hand-written fixtures', () => {
    const district = JSON.parse(fixture('rollout-v1.json')) as { snapshot: unknown };
    const restoredDistrict = restoreDistrict(district);
    if (!restoredDistrict.ok) throw new Error(JSON.stringify(restoredDistrict.errors));
    expect(districtToV1(persistDistrict(restoredDistrict.actor).snapshot)).toEqual(withoutNullNotes(district.snapshot));

    const cohort = JSON.parse(fixture('cohort-v1.json')) as { snapshot: unknown };
    const restoredCohort = restoreCohort(cohort);
    if (!restoredCohort.ok) throw new Error(JSON.stringify(restoredCohort.errors));
    expect(cohortToV1(persistCohort(restoredCohort.actor).snapshot)).toEqual(withoutNullNotes(cohort.snapshot));
  });

  test('the district fixture, migrated, saved and restored again, stays the same, and behaves the same under any events', { timeout: LIMIT }, () => {
    fc.assert(
      fc.property(districtSteps(40), (steps) => {
        const [first, second] = [restoreDistrict(fixture('rollout-v1.json')), restoreDistrict(fixture('rollout-v1.json'))];
        if (!first.ok || !second.ok) throw new Error('the v1 fixture was refused');
        expect(first.migratedFrom).toBe(1);
        const saved = persistDistrict(first.actor);
        const again = roundTrip(saved, true, restoreDistrict);
        expect(persistDistrict(again)).toEqual(saved);
        expect(persistDistrict(roundTrip(persistDistrict(again), false, restoreDistrict))).toEqual(saved);
        // A second migration of the same file, and the re-saved copy, take every event as the first does.
        checkDistrictRun(first.actor, steps, [second.actor, again]);
      }),
      { numRuns: runsFor(0.5) },
    );
  });

  test('the cohort fixture, migrated, saved and restored again, stays the same, and behaves the same under any events', { timeout: LIMIT }, () => {
    fc.assert(
      fc.property(cohortSteps(40), (steps) => {
        const [first, second] = [restoreCohort(fixture('cohort-v1.json')), restoreCohort(fixture('cohort-v1.json'))];
        if (!first.ok || !second.ok) throw new Error('the v1 fixture was refused');
        expect(first.migratedFrom).toBe(1);
        const saved = persistCohort(first.actor);
        const again = roundTrip(saved, true, restoreCohort);
        expect(persistCohort(again)).toEqual(saved);
        expect(persistCohort(roundTrip(persistCohort(again), false, restoreCohort))).toEqual(saved);
        checkCohortRun(first.actor, steps, [second.actor, again]);
      }),
      { numRuns: runsFor(0.5) },
    );
  });

  test('any district history written in version 1 format migrates to the same rollout, and re-saving it is stable', { timeout: LIMIT }, () => {
    let tried = 0;
    fc.assert(
      fc.property(districtInput, districtSteps(60), (input, steps) => {
        const actor = startDistrict(input);
        let clock = START;
        for (const step of steps) {
          vi.setSystemTime((clock += 60_000));
          sendStep(actor, step);
        }
        const current = persistDistrict(actor);
        const old = districtToV1(current.snapshot);
        actor.stop();
        if (old === null) return; // in sustain, which version 1 did not have
        tried++;
        const restored = restoreDistrict(JSON.stringify({ format: ROLLOUT_FORMAT, version: 1, snapshot: old }));
        if (!restored.ok) throw new Error(`a v1 file was refused: ${JSON.stringify(restored.errors)}`);
        expect(restored.migratedFrom).toBe(1);
        const migrated = persistDistrict(restored.actor);
        expect(migrated).toEqual(current);
        expect(districtRefProblems(restored.actor.getSnapshot())).toEqual([]);
        const again = roundTrip(migrated, false, restoreDistrict);
        expect(persistDistrict(again)).toEqual(migrated);
        expect(districtView(again.getSnapshot())).toEqual(districtView(restored.actor.getSnapshot()));
        again.stop();
        restored.actor.stop();
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(tried, 'too few histories could be written in version 1').toBeGreaterThanOrEqual(FUZZ_RUNS / 2);
  });

  test('any cohort history written in version 1 format migrates to the same cohort, and re-saving it is stable', { timeout: LIMIT }, () => {
    let tried = 0;
    const runs = runsFor(0.5);
    fc.assert(
      fc.property(cohortInput, cohortSteps(40), (input, steps) => {
        const cohort = startCohort(input);
        let clock = START;
        for (const step of steps) {
          vi.setSystemTime((clock += 60_000));
          cohort.send(step.event);
        }
        const current = persistCohort(cohort);
        const old = cohortToV1(current.snapshot);
        cohort.stop();
        if (old === null) return; // a district in sustain
        tried++;
        const restored = restoreCohort(JSON.stringify({ format: COHORT_FORMAT, version: 1, snapshot: old }));
        if (!restored.ok) throw new Error(`a v1 file was refused: ${JSON.stringify(restored.errors)}`);
        const migrated = persistCohort(restored.actor);
        expect(migrated).toEqual(current);
        expect(cohortRefProblems(restored.actor.getSnapshot())).toEqual([]);
        const again = roundTrip(migrated, true, restoreCohort);
        expect(persistCohort(again)).toEqual(migrated);
        expect(cohortView(again.getSnapshot())).toEqual(cohortView(restored.actor.getSnapshot()));
        again.stop();
        restored.actor.stop();
      }),
      { numRuns: runs },
    );
    expect(tried, 'too few cohorts could be written in version 1').toBeGreaterThanOrEqual(runs / 2);
  });
});

/** The fixtures write `note: null` where the writer leaves `note` out; migration reads both as no note. */
function withoutNullNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullNotes);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !(key === 'note' && item === null))
      .map(([key, item]) => [key, withoutNullNotes(item)]),
  );
}
