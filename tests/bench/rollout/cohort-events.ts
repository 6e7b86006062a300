/**
 * rollout.cohort.events: a cohort of 50 districts × 40 campuses, created, saved to JSON and
 * restored, then driven by 100,000 events sent to its districts (`district.send`) — evidence,
 * improvement cycles, campus fidelity updates (forwarded on to a campus), showcases and grant
 * endings — against the same number of events on a bare one-state machine, in the same run.
 * Every event must be taken: each leaves one audit entry, and the run fails otherwise.
 */
import { createCohort, persistCohort, restoreCohort, type CohortActor, type CohortEvent, type DistrictEvent } from '@sixsources/core';
import type { Benchmark } from '../types.ts';
import { median, time } from '../stats.ts';
import { cohortInput, seededRandom } from '../workloads.ts';
import { startBareActor } from './bare-machine.ts';
import { settle } from './settle.ts';

const DISTRICTS = 50;
const CAMPUSES = 40;

/** The `count` events of a drive: each district in turn, each taking every kind of event in turn. */
export function cohortDrive(count: number): CohortEvent[] {
  const random = seededRandom();
  const events: CohortEvent[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / DISTRICTS);
    const at = `2024-${String(1 + (round % 12)).padStart(2, '0')}-15`;
    let event: DistrictEvent;
    switch (round % 5) {
      case 0:
        event =
          round % 2 === 0
            ? { type: 'evidence.record', at, who: 'Campus coach', evidence: { kind: 'measureReading', date: at, gain: Math.floor(random() * 30) } }
            : { type: 'evidence.record', at, evidence: { kind: 'measureReading', date: at, group: 'Grade 3', value: 40 + Math.floor(random() * 40) } };
        break;
      case 1:
        event = { type: 'cycle.record', at, cycle: { date: at, observations: 5 + Math.floor(random() * 20), note: 'Data dig on the three-week check.' } };
        break;
      case 2:
        event = { type: 'campus.fidelity', at, campusId: `c${Math.floor(random() * CAMPUSES)}`, atFidelity: Math.floor(random() * 21) };
        break;
      case 3:
        event = { type: 'showcase.record', at, showcase: { date: at, host: 'Campus 0', visitors: 5 + Math.floor(random() * 20) } };
        break;
      default:
        event = { type: 'grant.ended', at, grant: 'Literacy grant', why: 'The grant year closed.' };
    }
    events.push({ type: 'district.send', districtId: `d${i % DISTRICTS}`, event });
  }
  return events;
}

/** A cohort as a trainer would open it: created, saved to JSON text and restored from it. */
function restoredCohort(): { actor: CohortActor; setupMs: number } {
  let actor: CohortActor | undefined;
  const setupMs = time(() => {
    const made = createCohort(cohortInput(DISTRICTS, CAMPUSES));
    if (!made.ok) throw new Error(`the cohort was not created: ${made.errors.join('; ')}`);
    const text = JSON.stringify(persistCohort(made.actor));
    made.actor.stop();
    const restored = restoreCohort(text);
    if (!restored.ok) throw new Error(`the cohort was not restored: ${restored.errors.map((issue) => issue.message).join('; ')}`);
    actor = restored.actor;
  });
  return { actor: actor as CohortActor, setupMs };
}

/** Audit entries across the cohort's districts. */
function auditEntries(actor: CohortActor): number {
  let entries = 0;
  for (const ref of Object.values(actor.getSnapshot().context.districts)) entries += ref.getSnapshot().context.log.length;
  return entries;
}

/** One run's milliseconds: the cohort's events, the bare machine's, and the untimed set-up. */
interface RunTimes {
  cohortMs: number;
  bareMs: number;
  setupMs: number;
}

/**
 * One run: a freshly restored cohort takes `events`, slice by slice, each slice right after the
 * same number of events on a bare actor. Interleaving puts both sides under the same load and
 * the same state of the JIT on a shared machine; the run's ratio is the sum over the sum.
 */
function pairedRun(events: readonly CohortEvent[], slice: number): RunTimes {
  const { actor, setupMs } = restoredCohort();
  const bare = startBareActor();
  const before = auditEntries(actor);
  // The garbage of the set-up and of the previous run is not this run's.
  settle();
  let cohortMs = 0;
  let bareMs = 0;
  for (let start = 0; start < events.length; start += slice) {
    const end = Math.min(events.length, start + slice);
    bareMs += bare.send(end - start);
    cohortMs += time(() => {
      for (let i = start; i < end; i++) actor.send(events[i] as CohortEvent);
    });
  }
  const taken = auditEntries(actor) - before;
  bare.stop();
  actor.stop();
  if (taken !== events.length) throw new Error(`${events.length - taken} of ${events.length} events left no audit entry: they were refused or skipped`);
  return { cohortMs, bareMs, setupMs };
}

/** 100,000 events to a restored 50 × 40 cohort ÷ the same number on a bare one-state machine (budget 3). */
export const cohortEvents: Benchmark = {
  name: 'rollout.cohort.events',
  unit: 'ratio',
  budget: 3,
  figure: '100,000 events to a restored 50 × 40 cohort ÷ the same on a bare one-state xstate machine',
  async run({ quick, log }) {
    const count = quick ? 5_000 : 100_000;
    const slice = quick ? 1_000 : 10_000;
    const runs = quick ? 1 : 5;
    const events = cohortDrive(count);
    // Warm-up, so both sides run optimized code.
    pairedRun(events.slice(0, Math.min(count, 20_000)), slice);
    const ratios: number[] = [];
    const times: RunTimes[] = [];
    for (let run = 0; run < runs; run++) {
      const measured = pairedRun(events, slice);
      const ratio = measured.cohortMs / measured.bareMs;
      ratios.push(ratio);
      times.push(measured);
      log(`  run ${run + 1}/${runs}: ${measured.cohortMs.toFixed(0)} ms ÷ ${measured.bareMs.toFixed(0)} ms = ${ratio.toFixed(2)}×`);
    }
    const middle = (pick: (t: RunTimes) => number) => median(times.map(pick)).toFixed(0);
    return {
      value: median(ratios),
      detail:
        `${DISTRICTS} districts × ${CAMPUSES} campuses restored from JSON (create, save, restore ${middle((t) => t.setupMs)} ms, not counted), ` +
        `${count.toLocaleString('en')} events in slices of ${slice.toLocaleString('en')} interleaved with the bare machine's: ` +
        `median ${middle((t) => t.cohortMs)} ms vs ${middle((t) => t.bareMs)} ms; median of ${runs} run${runs === 1 ? '' : 's'}, every event audited`,
    };
  },
};
