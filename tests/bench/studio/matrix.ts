/**
 * studio.matrix.p95: adding a strategy in the six-source matrix of the district plan, timed in
 * the page from the click on "Add strategy" to the painted frame in which the coach panel's counts
 * include it. Strategies are added without an owner in cells that already hold a strategy, so
 * each one adds exactly one "strategy without owner" finding and nothing else changes: the
 * coach's count line must change, and the check that it went up by one proves it was this
 * strategy that was coached.
 */
import type { Locator } from 'playwright-core';
import type { Benchmark } from '../types.ts';
import { p95Summary, pressAndRelease, pause, studioUnderTest } from './harness.ts';
import { openSavedPlan } from './open-plan.ts';
import { latencies, probe, probeResult, type Interaction } from './page-probes.ts';
import { districtPlan } from './seed.ts';
import { bareClicks, floorNote, handMadeMatrixChange } from './reference.ts';

const WARM_UP = 2;
const SUMMARY = '[data-testid="coach-summary"]';

/** The sum of the numbers in the coach's count line ("2 to fix · 5 to look at · 1 worth knowing"). */
function findingsIn(summary: string | null): number {
  return [...(summary ?? '').matchAll(/\d+/g)].reduce((sum, match) => sum + Number(match[0]), 0);
}

export const studioMatrix: Benchmark = {
  name: 'studio.matrix.p95',
  unit: 'ms',
  budget: 50,
  figure: 'add a strategy in the matrix → coach panel updated, p95',
  async run(ctx) {
    const studio = await studioUnderTest(ctx);
    const adds = ctx.quick ? 3 : 20;
    const bench = await openSavedPlan(studio, districtPlan(), 'matrix');
    try {
      const { page } = bench;
      // Cells of behavior rows that already have a strategy: one more there changes no source count.
      const filled: Locator = page.locator('[data-testid="matrix-row"] td.matrix-cell:not([data-empty])');
      const cells = await filled.count();
      if (cells === 0) throw new Error('the matrix of the district plan shows no strategies');
      const interactions: Interaction[] = [];
      for (let i = 0; i < WARM_UP + adds; i++) {
        await filled.nth((i * 7) % cells).locator('.cell-add').click();
        const dialog = page.getByTestId('new-strategy-dialog');
        await dialog.getByLabel('What will be done').fill(`Benchmark strategy ${i + 1}: a weekly huddle on the newest data.`);
        const before = await probe<string | null>(page, 'armTextChange', SUMMARY, 15_000);
        await pressAndRelease(page, dialog.getByRole('button', { name: 'Add strategy' }));
        const measured = await probeResult<Interaction>(page, 'pending');
        const after = await page.locator(SUMMARY).textContent();
        if (findingsIn(after) !== findingsIn(before) + 1) throw new Error(`the coach went from "${before}" to "${after}", not one finding more`);
        await dialog.waitFor({ state: 'detached' });
        if (i >= WARM_UP) interactions.push(measured);
        await pause(300);
      }
      const values = latencies(interactions);
      await bench.close();
      const floor = await bareClicks(studio, adds);
      const byHand = await handMadeMatrixChange(studio, districtPlan(), adds);
      const summary = p95Summary(
        values,
        `${adds} strategies added from matrix cells of the district plan (12 behaviors, 60 strategies), from the click on "Add strategy" to the coach's counts painted, after ${WARM_UP} unmeasured`,
      );
      return {
        value: summary.value,
        detail:
          `${summary.detail}; ${floorNote('a bare button that rewrites a line of text', floor)}, ` +
          `and the same change made by hand in the DOM of this page (a strategy copied into a cell, the count line rewritten) p50 ${byHand.p50.toFixed(1)} ms, p95 ${byHand.p95.toFixed(1)} ms`,
      };
    } finally {
      await bench.close();
    }
  },
};
