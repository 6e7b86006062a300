/** The large plan of the suite, its file text, and `JSON.parse` of that text: the baseline of every core ratio. */
import { serializePlan, type Plan } from '@sixsources/core';
import { generatePlan, LARGE_PLAN_SIZE } from '../workloads.ts';
import { medianRatio } from '../stats.ts';
import type { Benchmark } from '../types.ts';

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
function coreRuns(quick: boolean): number {
  return quick ? 3 : 15;
}

/** A short description of the large workload for a result's detail. */
function largeDetail(text: string, runs: number): string {
  return `500 behaviors, 3,000 strategies (${Math.round(text.length / 1024)} KiB of JSON), median of ${runs} paired runs against JSON.parse of the same text`;
}

/**
 * A benchmark of `work` on the large plan as a ratio to `JSON.parse` of the plan's file text:
 * the shape of every core figure but the edit one.
 */
export function largePlanRatio(spec: {
  name: string;
  budget: number;
  figure: string;
  /** Makes the measured work for the plan and its text; may throw when the workload is wrong. */
  work: (plan: Plan, text: string) => () => unknown;
}): Benchmark {
  return {
    name: spec.name,
    unit: 'ratio',
    budget: spec.budget,
    figure: spec.figure,
    async run({ quick }) {
      const { plan, text } = largeWorkload();
      const runs = coreRuns(quick);
      const value = medianRatio(spec.work(plan, text), () => JSON.parse(text), { runs });
      return { value, detail: largeDetail(text, runs) };
    },
  };
}
