/**
 * studio.load: opening the studio with 50 saved plans. Each repetition is a fresh page load
 * with 50 district-sized plans (12 behaviors, 60 strategies, 10 measures of three years'
 * weekly observations each) stored in IndexedDB; timed in the page from the start of the
 * navigation to the painted frame that lists all 50 in the library.
 */
import type { Benchmark } from '../types.ts';
import { openBenchPage, p95Summary, studioUnderTest } from './harness.ts';
import { probeResult, type Interaction } from './page-probes.ts';
import { savedLibrary, seedSavedPlans } from './seed.ts';

const PLANS = 50;
/** The smoke run's library: enough rows to prove the path, not to time it. */
const QUICK_PLANS = 5;

export const studioLoad: Benchmark = {
  name: 'studio.load',
  unit: 'ms',
  budget: 1000,
  figure: 'open the app with 50 saved plans → library listed (p95 over fresh page loads)',
  async run(ctx) {
    const studio = await studioUnderTest(ctx);
    const loads = ctx.quick ? 3 : 20;
    const count = ctx.quick ? QUICK_PLANS : PLANS;
    const library = savedLibrary(count);
    const values: number[] = [];
    for (let i = 0; i < loads; i++) {
      // Watching starts before the app's own script, on the library page only (not the seeding page).
      const bench = await openBenchPage(studio, {
        initScript: `\nif (location.hash === '#/library') window.__sixBench.watchLoad('[data-testid="plan-row"]', ${count}, 60000);`,
      });
      try {
        await seedSavedPlans(bench.page, studio.url, library);
        await bench.page.goto(`${studio.url}#/library`);
        const { end } = await probeResult<Interaction>(bench.page, 'loaded');
        values.push(end);
      } finally {
        await bench.close();
      }
    }
    return p95Summary(values, `${loads} fresh page loads of #/library with ${count} district-sized plans saved, from navigation start to all ${count} listed and painted`);
  },
};
