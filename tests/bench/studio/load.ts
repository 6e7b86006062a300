/**
 * studio.load: opening the studio with 50 saved plans. Each repetition is a fresh page load
 * (its own browser context) with 50 district-sized plans (12 behaviors, 60 strategies, 10
 * measures of three years' weekly observations each) stored in IndexedDB; timed in the page
 * from the start of the navigation to the painted frame that lists all 50 in the library.
 *
 * The figure comes from a Chromium driven over the DevTools protocol without its `Runtime`
 * domain (see `raw-cdp.ts`), closer to how a visitor's browser runs the page; the same loads
 * under Playwright, whose DevTools session makes V8 record every error's stack with source
 * positions (and watches the network), are shown beside it.
 */
import type { Benchmark } from '../types.ts';
import { openBenchPage, p95Summary, studioUnderTest } from './harness.ts';
import { probeResult, type Interaction } from './page-probes.ts';
import { launchRawChromium } from './raw-cdp.ts';
import { openRawPage } from './raw-page.ts';
import { checkSeeded, savedLibrary, seedSavedPlans, seedingScript } from './seed.ts';
import { percentile } from '../stats.ts';

const PLANS = 50;
/** The smoke run's library: enough rows to prove the path, not to time it. */
const QUICK_PLANS = 5;

/** Starts watching for `count` rows, on the library page only (not the seeding page). */
const watchRows = (count: number) => `\nif (location.hash === '#/library') window.__sixBench.watchLoad('[data-testid="plan-row"]', ${count}, 60000);`;

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
    const seeding = seedingScript(library);
    const libraryUrl = `${studio.url}#/library`;
    // A file of the studio's own origin that runs no script: the plans are stored from there.
    const stylesheet = /href="([^"]+\.css)"/.exec(await (await fetch(studio.url)).text())?.[1];
    if (stylesheet === undefined) throw new Error(`the studio's index.html at ${studio.url} links no stylesheet`);
    const seedUrl = new URL(stylesheet, studio.url).href;

    const browser = await launchRawChromium();
    const values: number[] = [];
    try {
      for (let i = 0; i < loads; i++) {
        const page = await openRawPage(browser, watchRows(count));
        try {
          await page.goto(seedUrl);
          checkSeeded(await page.evaluate(seeding), count);
          await page.goto(libraryUrl);
          values.push((await page.evaluate<Interaction>('window.__sixBench.loaded')).end);
        } finally {
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }

    // The same loads under Playwright, for comparison.
    const attached: number[] = [];
    for (let i = 0; i < loads; i++) {
      const bench = await openBenchPage(studio, { initScript: watchRows(count) });
      try {
        await seedSavedPlans(bench.page, studio.url, library);
        await bench.page.goto(libraryUrl);
        attached.push((await probeResult<Interaction>(bench.page, 'loaded')).end);
      } finally {
        await bench.close();
      }
    }
    const summary = p95Summary(values, `${loads} fresh page loads of #/library with ${count} district-sized plans saved, from navigation start to all ${count} listed and painted`);
    return {
      value: summary.value,
      detail:
        `${summary.detail}; Chromium driven over its DevTools pipe without the Runtime domain; the same loads under Playwright ` +
        `(Runtime and Network domains on: V8 records every error's stack with source positions) measure p50 ${percentile(attached, 50).toFixed(1)} ms, p95 ${percentile(attached, 95).toFixed(1)} ms`,
    };
  },
};
