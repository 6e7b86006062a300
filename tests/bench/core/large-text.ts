/** The large plan of the suite, its file text, and `JSON.parse` of that text: the baseline of every core ratio. */
import { serializePlan, type Plan } from '@sixsources/core';
import { generatePlan, LARGE_PLAN_SIZE } from '../workloads.ts';

let cached: { plan: Plan; text: string } | undefined;

/** The large plan (500 behaviors, 3,000 strategies) and its file text, generated once per run. */
export function largeWorkload(): { plan: Plan; text: string } {
  if (cached === undefined) {
    const plan = generatePlan(LARGE_PLAN_SIZE);
    cached = { plan, text: serializePlan(plan) };
  }
  return cached;
}

/** Repetitions of a core ratio: 15 for the real figure, 3 for the smoke run. */
export function coreRuns(quick: boolean): number {
  return quick ? 3 : 15;
}

/** A short description of the large workload for a result's detail. */
export function largeDetail(text: string, runs: number): string {
  return `500 behaviors, 3,000 strategies (${Math.round(text.length / 1024)} KiB of JSON), median of ${runs} paired runs against JSON.parse of the same text`;
}
