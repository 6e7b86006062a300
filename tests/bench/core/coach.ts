/** core.coach.large: coaching a large plan, against `JSON.parse` of its file text. */
import { coachPlan } from '@sixsources/core';
import { largePlanRatio } from './large-text.ts';

/** A fixed day, so date-based rules (stale measures, overdue strategies) do the same work every run. */
const TODAY = '2026-11-23';

export const coachLarge = largePlanRatio({
  name: 'core.coach.large',
  budget: 1.5,
  figure: 'coachPlan ÷ JSON.parse of the same text',
  work: (plan) => () => coachPlan(plan, { today: TODAY }),
});
