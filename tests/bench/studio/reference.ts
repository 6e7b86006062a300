/**
 * The floor under the interaction figures, measured in the same browser with the same CPU
 * slow-down: typing in a bare `<textarea>` and clicking a bare button that changes a line
 * of text, on otherwise empty pages, and the matrix's own change made by hand in the
 * studio's page. A studio figure cannot go below these; they are shown beside it so a
 * reader can tell the studio's own cost from the browser's.
 */
import type { Page } from 'playwright-core';
import type { Plan } from '@sixsources/core';
import { percentile } from '../stats.ts';
import { openBenchPage, pause, pressAndRelease, type StudioUnderTest } from './harness.ts';
import { openSavedPlan } from './open-plan.ts';
import { PROBES_SCRIPT, latencies, probe, probeResult, type Interaction } from './page-probes.ts';

/** p50 and p95 of a reference, for a detail line. */
export interface Floor {
  p50: number;
  p95: number;
}

function floorOf(values: readonly number[]): Floor {
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}

/** `keys` keystrokes in a bare textarea, paced like the keystroke benchmark. */
export async function bareTyping(studio: StudioUnderTest, keys: number, gapMs: number): Promise<Floor> {
  const { page, close } = await openBenchPage(studio);
  try {
    await page.setContent('<!doctype html><label>Text <textarea rows="2">Run a data dig and regroup students by what the data show.</textarea></label>');
    await page.evaluate(PROBES_SCRIPT);
    await page.locator('textarea').click();
    await page.keyboard.press('Control+End');
    await probe(page, 'armKeys');
    const interactions: Interaction[] = [];
    for (let i = 0; i < keys; i++) {
      await page.keyboard.down('a');
      interactions.push(await probe<Interaction>(page, 'keystroke', i));
      await page.keyboard.up('a');
      await pause(gapMs);
    }
    return floorOf(latencies(interactions));
  } finally {
    await close();
  }
}

/** `clicks` clicks on a bare button that rewrites a line of text. */
export async function bareClicks(studio: StudioUnderTest, clicks: number): Promise<Floor> {
  const { page, close } = await openBenchPage(studio);
  try {
    await page.setContent(
      '<!doctype html><p id="count">0 clicks</p><button type="button" onclick="const p = document.getElementById(\'count\'); p.textContent = (parseInt(p.textContent) + 1) + \' clicks\'">Add</button>',
    );
    await page.evaluate(PROBES_SCRIPT);
    return await timedClicks(page, clicks, 'button', '#count');
  } finally {
    await close();
  }
}

// Runs in the page: a button (outside the matrix) whose click copies the first strategy of a
// filled cell (every seventh in turn, as the benchmark's adds go) into that cell and adds one to
// the first number of the coach's count line, straight in the DOM.
const HAND_MADE_CHANGE = String.raw`(() => {
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'bench-hand-made';
  button.textContent = 'by hand';
  button.style.cssText = 'position: fixed; left: 4px; bottom: 4px; z-index: 10';
  let clicks = 0;
  button.addEventListener('click', () => {
    const cells = document.querySelectorAll('[data-testid="matrix-row"] td.matrix-cell:not([data-empty]) ul');
    const list = cells[(clicks++ * 7) % cells.length];
    list.appendChild(list.firstElementChild.cloneNode(true));
    const summary = document.querySelector('[data-testid="coach-summary"]');
    summary.textContent = summary.textContent.replace(/\d+/, (count) => String(Number(count) + 1));
  });
  document.body.appendChild(button);
})()`;

/**
 * `clicks` times the change an added strategy makes to the matrix screen of `plan` (one more
 * strategy in a cell, one more finding counted), made by hand in the DOM of the studio's own
 * page: no React, no plan edit, no coach, no dialog. What the browser alone needs to lay out
 * and paint that change on that page.
 */
export async function handMadeMatrixChange(studio: StudioUnderTest, plan: Plan, clicks: number): Promise<Floor> {
  const { page, close } = await openSavedPlan(studio, plan, 'matrix');
  try {
    await page.evaluate(HAND_MADE_CHANGE);
    return await timedClicks(page, clicks, '#bench-hand-made', '[data-testid="coach-summary"]');
  } finally {
    await close();
  }
}

/** `clicks` clicks on `button`, each timed until the text of `watched` has changed and been painted. */
async function timedClicks(page: Page, clicks: number, button: string, watched: string): Promise<Floor> {
  const interactions: Interaction[] = [];
  for (let i = 0; i < clicks; i++) {
    await probe(page, 'armTextChange', watched, 10_000);
    await pressAndRelease(page, page.locator(button));
    interactions.push(await probeResult<Interaction>(page, 'pending'));
    await pause(300);
  }
  return floorOf(latencies(interactions));
}

/** "bare page floor here: p50 … ms, p95 … ms" */
export function floorNote(what: string, floor: Floor): string {
  return `for scale, ${what} measures p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms in the same browser`;
}
