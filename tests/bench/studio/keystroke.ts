/**
 * studio.keystroke.p95: typing in a vital behavior's "action" field of the district plan in
 * the editor. Each keystroke is timed in the page from its keydown to the next painted frame.
 * Keys come at a brisk typist's pace, with a pause now and then, long enough for the coach
 * and the autosave to run between bursts. The same typing in a bare textarea is measured
 * too and shown beside the figure: the browser's own floor on this machine.
 */
import type { Benchmark } from '../types.ts';
import { p95Summary, pause, studioUnderTest } from './harness.ts';
import { openSavedPlan } from './open-plan.ts';
import { latencies, probe, type Interaction } from './page-probes.ts';
import { districtPlan } from './seed.ts';
import { bareTyping, floorNote } from './reference.ts';

/** The field typed in: the action of the sixth behavior (mid-list, so the cards around it render too). */
const FIELD = 'behaviors.5.action';
/** Keystrokes typed before timing starts (the first ones warm up the page's code). */
const WARM_UP = 3;
/** Wall time between keys (about 8 keys a second). */
const KEY_GAP_MS = 120;
/** After every `BURST` keys, a pause longer than the autosave delay (500 ms). */
const BURST = 10;
const BURST_PAUSE_MS = 900;
const TEXT = ' and check each group again';

export const studioKeystroke: Benchmark = {
  name: 'studio.keystroke.p95',
  unit: 'ms',
  budget: 16,
  figure: 'typing in a behavior field of the district plan → next paint, p95',
  async run(ctx) {
    const studio = await studioUnderTest(ctx);
    const keys = ctx.quick ? 3 : 40;
    const bench = await openSavedPlan(studio, districtPlan(), 'edit');
    try {
      const { page } = bench;
      const field = page.locator(`textarea[data-path="${FIELD}"]`);
      await field.click();
      await page.keyboard.press('Control+End');
      const before = await field.inputValue();
      await probe(page, 'armKeys');
      const interactions: Interaction[] = [];
      let expected = before;
      for (let i = 0; i < WARM_UP + keys; i++) {
        const key = TEXT[i % TEXT.length] as string;
        // Pressed, shown, released: a finger leaves the key after the letter appears, not at once.
        await page.keyboard.down(key === ' ' ? 'Space' : key);
        expected += key;
        const measured = await probe<Interaction>(page, 'keystroke', i);
        await page.keyboard.up(key === ' ' ? 'Space' : key);
        if (i >= WARM_UP) interactions.push(measured);
        await pause((i + 1) % BURST === 0 ? BURST_PAUSE_MS : KEY_GAP_MS);
      }
      const typed = await field.inputValue();
      if (typed !== expected) throw new Error(`the keystrokes did not all reach the field: it ends "${typed.slice(-40)}"`);
      const values = latencies(interactions);
      await bench.close();
      const floor = await bareTyping(studio, keys, KEY_GAP_MS);
      const summary = p95Summary(values, `${keys} keystrokes in "${FIELD}" of the district plan (12 behaviors, 60 strategies), after ${WARM_UP} unmeasured`);
      return { value: summary.value, detail: `${summary.detail}; ${floorNote('a bare textarea on an empty page', floor)}` };
    } finally {
      await bench.close();
    }
  },
};
