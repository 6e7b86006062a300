/** core.coach.large: coaching a large plan, against `JSON.parse` of its file text. */
import { coachPlan } from '@sixsources/core';
import type { Benchmark } from '../types.ts';
import { medianRatio } from '../stats.ts';
import { coreRuns, largeDetail, largeWorkload } from './large-text.ts';

/** A fixed day, so date-based rules (stale measures, overdue strategies) do the same work every run. */
const TODAY = '2026-11-23';

export const coachLarge: Benchmark = {
  name: 'core.coach.large',
  unit: 'ratio',
  budget: 1.5,
  figure: 'coachPlan ÷ JSON.parse of the same text',
  async run({ quick }) {
    const { plan, text } = largeWorkload();
    const runs = coreRuns(quick);
    const value = medianRatio(() => coachPlan(plan, { today: TODAY }), () => JSON.parse(text), { runs });
    return { value, detail: largeDetail(text, runs) };
  },
};
