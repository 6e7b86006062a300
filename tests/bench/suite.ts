/**
 * The benchmark suite: every figure of the performance budget, run in order, each isolated so
 * one failing benchmark is reported without hiding the others.
 */
import type { BenchContext, Benchmark, BenchResult } from './types.ts';
import { coachLarge } from './core/coach.ts';
import { parseLarge } from './core/parse.ts';
import { editLarge } from './core/edit.ts';
import { mermaidLarge } from './core/mermaid.ts';
import { cohortEvents } from './rollout/cohort-events.ts';
import { spawnLinearity } from './rollout/spawn-linearity.ts';
import { STUDIO_BENCHMARKS } from './studio/index.ts';

/** Every benchmark, in the order of the table. */
export const BENCHMARKS: readonly Benchmark[] = [
  coachLarge,
  parseLarge,
  editLarge,
  mermaidLarge,
  cohortEvents,
  spawnLinearity,
  ...STUDIO_BENCHMARKS,
];

/** How to run the suite. */
export interface SuiteOptions {
  quick: boolean;
  /** Only benchmarks whose name starts with one of these (all when empty). */
  only?: readonly string[];
  studioUrl?: string;
  log?: (line: string) => void;
}

/** A benchmark that threw: its row carries the error instead of a figure. */
export interface SuiteRun {
  results: BenchResult[];
  errors: { name: string; message: string }[];
}

/** Runs the chosen benchmarks one after another and returns their rows. */
export async function runSuite(options: SuiteOptions): Promise<SuiteRun> {
  const log = options.log ?? (() => {});
  const cleanups: (() => Promise<void>)[] = [];
  const context: BenchContext = {
    quick: options.quick,
    log,
    ...(options.studioUrl === undefined ? {} : { studioUrl: options.studioUrl }),
    defer: (cleanup) => void cleanups.push(cleanup),
  };
  const chosen = BENCHMARKS.filter((bench) => !options.only?.length || options.only.some((prefix) => bench.name.startsWith(prefix)));
  const run: SuiteRun = { results: [], errors: [] };
  try {
    for (const bench of chosen) {
      log(`▸ ${bench.name}: ${bench.figure}`);
      try {
        const { value, detail } = await bench.run(context);
        if (!Number.isFinite(value) || value < 0) throw new Error(`measured an impossible value: ${value}`);
        run.results.push({ name: bench.name, value, unit: bench.unit, budget: bench.budget, pass: value <= bench.budget, detail });
      } catch (error) {
        run.errors.push({ name: bench.name, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`clean-up failed: ${String(error)}`));
  }
  return run;
}
