/** Opening one saved plan in a fresh, slowed-down page: the start of the interaction benchmarks. */
import type { Plan } from '@sixsources/core';
import { openBenchPage, pause, type BenchPage, type StudioUnderTest } from './harness.ts';
import { seedSavedPlans } from './seed.ts';

/** The plan screens the benchmarks open. */
export type BenchScreen = 'edit' | 'matrix';

/**
 * A fresh page where `plan` is a saved plan (stored in IndexedDB before the app loads) and its
 * `screen` is open, with the coach's first report shown and the page quiet again.
 */
export async function openSavedPlan(studio: StudioUnderTest, plan: Plan, screen: BenchScreen): Promise<BenchPage> {
  const bench = await openBenchPage(studio);
  try {
    await seedSavedPlans(bench.page, studio.url, [{ plan, savedAt: plan.updatedAt }]);
    await bench.page.goto(`${studio.url}#/plan/${encodeURIComponent(plan.id)}/${screen}`);
    await bench.page.getByTestId('coach-summary').waitFor({ timeout: 60_000 });
    await bench.page.locator(screen === 'edit' ? '.editor h1' : '[data-testid="matrix"]').waitFor({ timeout: 60_000 });
    // Let the first render, the coach and any idle work finish before anything is timed.
    await pause(1000);
    return bench;
  } catch (error) {
    await bench.close();
    throw error;
  }
}
