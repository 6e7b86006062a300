/**
 * rollout.spawn.linearity: adding 8,000 campuses to a district in one `campus.add` event ÷
 * adding 1,000 the same way. Linear growth is a ratio of 8; xstate spawning one child per
 * event grows quadratically, which is why `campus.add` takes a whole list.
 */
import { createDistrictRollout, type CampusInput } from '@sixsources/core';
import type { Benchmark } from '../types.ts';
import { median, time } from '../stats.ts';
import { settle } from './settle.ts';

/** `count` campuses for one `campus.add`: two pilots, the rest in the first wave of scaling. */
function campusInputs(count: number): CampusInput[] {
  return Array.from({ length: count }, (_, i) => ({ id: `campus-${i}`, name: `Campus ${i}`, wave: i < 2 ? 1 : 2, teachers: 12 + (i % 30), atFidelity: i % 12 }));
}

/**
 * Milliseconds for one `campus.add` of `campuses` to a new district. The district is not
 * stopped: xstate stops children one at a time, which is its own (quadratic) cost.
 */
function addCampuses(campuses: readonly CampusInput[]): number {
  const made = createDistrictRollout({ name: 'Growth ISD' });
  if (!made.ok) throw new Error(`the district was not created: ${made.errors.join('; ')}`);
  settle();
  const elapsed = time(() => made.actor.send({ type: 'campus.add', campuses: [...campuses] }));
  const added = Object.keys(made.actor.getSnapshot().context.campuses).length;
  if (added !== campuses.length) throw new Error(`${added} of ${campuses.length} campuses were added`);
  return elapsed;
}

/** Adding 8,000 campuses ÷ adding 1,000, one `campus.add` each (budget 10; linear is 8). */
export const spawnLinearity: Benchmark = {
  name: 'rollout.spawn.linearity',
  unit: 'ratio',
  budget: 10,
  figure: 'adding 8,000 campuses to a district ÷ adding 1,000 (linear is 8)',
  async run({ quick, log }) {
    const [small, large] = quick ? [200, 1_600] : [1_000, 8_000];
    const runs = quick ? 5 : 9;
    const smallInputs = campusInputs(small);
    const largeInputs = campusInputs(large);
    for (let i = 0; i < 2; i++) {
      addCampuses(smallInputs);
      addCampuses(largeInputs);
    }
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      smallTimes.push(addCampuses(smallInputs));
      largeTimes.push(addCampuses(largeInputs));
    }
    settle();
    const value = median(largeTimes) / median(smallTimes);
    log(`  ${small}: ${smallTimes.map((ms) => ms.toFixed(0)).join(', ')} ms; ${large}: ${largeTimes.map((ms) => ms.toFixed(0)).join(', ')} ms`);
    return {
      value,
      detail:
        `one campus.add each: ${large.toLocaleString('en')} campuses in ${median(largeTimes).toFixed(0)} ms, ` +
        `${small.toLocaleString('en')} in ${median(smallTimes).toFixed(1)} ms (medians of ${runs} runs each, ratio of the medians); linear is ${large / small}`,
    };
  },
};
