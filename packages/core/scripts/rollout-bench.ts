/**
 * Rollout machines under load, as ratios to a bare one-state xstate machine taking the same
 * number of events in the same run (machines here are shared and noisy; ratios travel better
 * than milliseconds). Medians of a few runs.
 *
 * 1. A cohort of 50 districts × 40 campuses: created, persisted to JSON, restored, then driven
 *    by 100,000 events (each sent to the cohort and forwarded to one district; a fifth go on
 *    to a campus).
 * 2. Adding campuses: 1,000 vs 8,000 in one `campus.add` event, and in batches of 100 per
 *    event. Linear growth is a ratio of 8.
 * 3. Stopping a district with 250 vs 1,000 campuses (xstate's own cost; linear is 4).
 *
 * Smaller runs: EVENTS=10000 RUNS=1 node_modules/.bin/tsx packages/core/scripts/rollout-bench.ts
 *
 * Run once:  node_modules/.bin/tsx packages/core/scripts/rollout-bench.ts
 *
 * A profiling aid (run it under `node --cpu-prof --import tsx`); the budgeted figures are
 * `rollout.cohort.events` and `rollout.spawn.linearity` of `pnpm bench` (tests/bench/rollout),
 * which mix every kind of event into every district and interleave the bare machine's events.
 */
import { assign, createActor, setup } from 'xstate';
import {
  createCohort,
  createDistrictRollout,
  persistCohort,
  restoreCohort,
  type CampusInput,
  type CohortEvent,
  type DistrictEvent,
} from '../src/rollout/index.ts';

const EVENTS = Number(process.env.EVENTS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 3);
const DISTRICTS = 50;
const CAMPUSES = 40;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const bareMachine = setup({ types: { context: {} as { count: number }, events: {} as { type: 'tick' } } }).createMachine({
  context: { count: 0 },
  on: { tick: { actions: assign({ count: ({ context }) => context.count + 1 }) } },
});

function bare(events: number): number {
  const actor = createActor(bareMachine).start();
  const elapsed = time(() => {
    for (let i = 0; i < events; i++) actor.send({ type: 'tick' });
  });
  actor.stop();
  return elapsed;
}

function campuses(count: number, prefix = 'c'): CampusInput[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, name: `Campus ${i}`, wave: i < 2 ? 1 : 2, teachers: 20, atFidelity: 5 }));
}

/** The i-th event of the drive: evidence, cycles, showcases, and campus fidelity updates, round robin over districts. */
function driveEvent(i: number): CohortEvent {
  const districtId = `d${i % DISTRICTS}`;
  const at = '2024-01-15';
  let event: DistrictEvent;
  switch (i % 5) {
    case 0:
      event = { type: 'evidence.record', at, evidence: { kind: 'measureReading', date: at, gain: i % 30 } };
      break;
    case 1:
      event = { type: 'cycle.record', at, cycle: { date: at, observations: 12 } };
      break;
    case 2:
      event = { type: 'campus.fidelity', at, campusId: `c${i % CAMPUSES}`, atFidelity: i % 21 };
      break;
    case 3:
      event = { type: 'showcase.record', at, showcase: { date: at, visitors: 10 } };
      break;
    default:
      event = { type: 'grant.ended', at };
  }
  return { type: 'district.send', districtId, event };
}

function cohortRun(): { create: number; persist: number; restore: number; drive: number; bytes: number; logEntries: number } {
  const input = {
    name: 'Benchmark cohort',
    districts: Array.from({ length: DISTRICTS }, (_, d) => ({ id: `d${d}`, name: `District ${d}`, campuses: campuses(CAMPUSES) })),
  };
  let made: ReturnType<typeof createCohort> | undefined;
  const create = time(() => {
    made = createCohort(input);
  });
  if (made === undefined || !made.ok) throw new Error('the cohort was not created');
  const original = made.actor;
  let text = '';
  const persist = time(() => {
    text = JSON.stringify(persistCohort(original));
  });
  let restored: ReturnType<typeof restoreCohort> | undefined;
  const restore = time(() => {
    restored = restoreCohort(text);
  });
  if (restored === undefined || !restored.ok) throw new Error(`the cohort was not restored: ${JSON.stringify(restored)}`);
  const actor = restored.actor;
  const events = Array.from({ length: EVENTS }, (_, i) => driveEvent(i));
  const drive = time(() => {
    for (const event of events) actor.send(event);
  });
  let logEntries = 0;
  for (const ref of Object.values(actor.getSnapshot().context.districts)) logEntries += ref.getSnapshot().context.log.length;
  if (logEntries < EVENTS) throw new Error(`only ${logEntries} audit entries for ${EVENTS} events: events were refused`);
  return { create, persist, restore, drive, bytes: text.length, logEntries };
}

/**
 * Milliseconds to add `count` campuses, `batch` per event. The district is not stopped
 * afterwards: xstate stops children one by one, copying the child list each time, so stopping
 * thousands takes far longer than adding them (measured separately by `stopCampuses`).
 */
function addCampuses(count: number, batch: number): number {
  const made = createDistrictRollout({ name: 'Growth' });
  if (!made.ok) throw new Error('no district');
  const all = campuses(count, 'g');
  const elapsed = time(() => {
    for (let i = 0; i < all.length; i += batch) made.actor.send({ type: 'campus.add', campuses: all.slice(i, i + batch) });
  });
  if (Object.keys(made.actor.getSnapshot().children).length !== count) throw new Error('campuses missing');
  return elapsed;
}

/** Milliseconds for `stop()` of a district holding `count` campuses. */
function stopCampuses(count: number): number {
  const made = createDistrictRollout({ name: 'Stopping', campuses: campuses(count, 's') });
  if (!made.ok) throw new Error('no district');
  return time(() => made.actor.stop());
}

// Warm-up, so both sides compare optimized code.
bare(EVENTS);
addCampuses(500, 500);

const results: ReturnType<typeof cohortRun>[] = [];
const bareTimes: number[] = [];
const totalRatios: number[] = [];
const driveRatios: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const baseline = bare(EVENTS);
  const result = cohortRun();
  bareTimes.push(baseline);
  results.push(result);
  totalRatios.push((result.create + result.persist + result.restore + result.drive) / baseline);
  driveRatios.push(result.drive / baseline);
}
const pick = (key: keyof ReturnType<typeof cohortRun>) => median(results.map((result) => result[key]));
console.log(`cohort: ${DISTRICTS} districts × ${CAMPUSES} campuses, ${EVENTS.toLocaleString('en')} events, median of ${RUNS} runs`);
console.log(`  bare one-state machine, ${EVENTS.toLocaleString('en')} events: ${median(bareTimes).toFixed(0)} ms`);
console.log(
  `  create ${pick('create').toFixed(0)} ms, persist ${pick('persist').toFixed(0)} ms (${(pick('bytes') / 1024 / 1024).toFixed(1)} MiB), ` +
    `restore ${pick('restore').toFixed(0)} ms, drive ${pick('drive').toFixed(0)} ms (${pick('logEntries').toLocaleString('en')} audit entries)`,
);
console.log(`  ratio to the bare machine: whole run ${median(totalRatios).toFixed(1)}×, the 100,000 events alone ${median(driveRatios).toFixed(1)}×`);

for (const batch of [Number.POSITIVE_INFINITY, 100]) {
  const small: number[] = [];
  const large: number[] = [];
  for (let run = 0; run < 5; run++) {
    small.push(addCampuses(1_000, Math.min(batch, 1_000)));
    large.push(addCampuses(8_000, Math.min(batch, 8_000)));
  }
  const label = batch === Number.POSITIVE_INFINITY ? 'in one event' : `in batches of ${batch}`;
  console.log(
    `adding campuses ${label}: 1,000 in ${median(small).toFixed(1)} ms, 8,000 in ${median(large).toFixed(1)} ms; ` +
      `ratio ${(median(large) / median(small)).toFixed(1)} (linear is 8)`,
  );
}

const stopSmall = median([stopCampuses(250), stopCampuses(250), stopCampuses(250)]);
const stopLarge = median([stopCampuses(1_000), stopCampuses(1_000), stopCampuses(1_000)]);
console.log(
  `stopping a district (xstate stops children one at a time): 250 campuses ${stopSmall.toFixed(0)} ms, ` +
    `1,000 campuses ${stopLarge.toFixed(0)} ms; ratio ${(stopLarge / stopSmall).toFixed(1)} (linear is 4, quadratic 16)`,
);
