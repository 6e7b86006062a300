/**
 * studio.diagram.first: the first diagram of a visit. Each repetition is a fresh page load
 * (nothing cached) of the district plan's editor; the person opens the Diagrams tab, whose
 * first diagram is the plan map. Timed in the page from the click on the tab to the painted frame
 * that shows mermaid's SVG, so fetching the screen, its words and mermaid itself all count.
 */
import type { Benchmark } from '../types.ts';
import { p95Summary, pressAndRelease, studioUnderTest } from './harness.ts';
import { openSavedPlan } from './open-plan.ts';
import { latencies, probe, probeResult, type Interaction } from './page-probes.ts';
import { districtPlan, smallPlan } from './seed.ts';

const PICTURE = '[data-testid="diagram-figure"] .diagram-picture svg';

export const studioDiagramFirst: Benchmark = {
  name: 'studio.diagram.first',
  unit: 'ms',
  budget: 1000,
  figure: 'open the plan-map diagram of the district plan → svg shown, mermaid load included (p95 over fresh page loads)',
  async run(ctx) {
    const studio = await studioUnderTest(ctx);
    const loads = ctx.quick ? 3 : 20;
    // The smoke run draws a small plan: it proves the path works, not how fast it is.
    const plan = ctx.quick ? smallPlan() : districtPlan();
    const workload = ctx.quick ? 'a small plan (3 behaviors, 8 strategies)' : "the district plan (12 behaviors, 60 strategies)";
    const values: number[] = [];
    for (let i = 0; i < loads; i++) {
      const bench = await openSavedPlan(studio, plan, 'edit');
      try {
        const { page } = bench;
        await probe(page, 'armAppear', PICTURE, 30_000);
        await pressAndRelease(page, page.getByTestId('tab-diagrams'));
        const measured = await probeResult<Interaction>(page, 'pending');
        const selected = await page.getByRole('tab', { selected: true }).textContent();
        if (selected !== 'Plan map') throw new Error(`the diagram shown first was "${selected}", not the plan map`);
        values.push(...latencies([measured]));
      } finally {
        await bench.close();
      }
    }
    return p95Summary(values, `${loads} fresh page loads of the editor of ${workload}, each timed from the click on the Diagrams tab to the plan map's SVG painted`);
  },
};
