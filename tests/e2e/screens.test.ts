/**
 * Every main screen, as a person first sees it: a 1280×800 screenshot saved to `.screenshots/`,
 * and axe-core's check for serious or critical accessibility problems.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appUrl, openSession, releaseBrowser, type Session } from './support/session.ts';
import { planHash, waitForOpenPlan, waitUntilSaved } from './support/app.ts';
import { seriousA11yProblems, type A11yProblem } from './support/axe.ts';
import { saveScreenshot } from './support/screenshots.ts';

let session: Session;
let planId: string;
const problems: Record<string, A11yProblem[]> = {};

beforeAll(async () => {
  session = await openSession();
  planId = await waitForOpenPlan(session.page);
  await waitUntilSaved(session.page);
});
afterAll(async () => {
  await session.close();
  await releaseBrowser();
});

/** Waits until the screen shows what it is for, then screenshots and checks it. */
async function visit(name: string, hash: string, ready: (page: Page) => Promise<unknown>): Promise<void> {
  const { page } = session;
  await page.goto(appUrl(hash));
  await ready(page);
  // Let mermaid finish and transitions settle before the picture is taken.
  await page.waitForTimeout(400);
  await saveScreenshot(page, name);
  problems[name] = await seriousA11yProblems(page);
}

const diagramShown = (page: Page) => page.locator('[data-testid=diagram-figure] .diagram-picture svg').first().waitFor({ timeout: 30_000 });

test('library', async () => {
  await visit('01-library', '#/library', (page) => page.getByRole('heading', { name: 'Your plans', level: 1 }).waitFor());
  expect(problems['01-library']).toEqual([]);
});

test('plan editor', async () => {
  await visit('02-editor', planHash(planId, 'edit'), (page) => page.getByRole('textbox', { name: 'Plan title' }).waitFor());
  expect(problems['02-editor']).toEqual([]);
});

test('six-source matrix', async () => {
  await visit('03-matrix', planHash(planId, 'matrix'), (page) => page.getByRole('table').first().waitFor());
  expect(problems['03-matrix']).toEqual([]);
});

test('diagrams', async () => {
  await visit('04-diagrams', planHash(planId, 'diagrams'), diagramShown);
  expect(problems['04-diagrams']).toEqual([]);
});

test('measures', async () => {
  await visit('05-measures', planHash(planId, 'measures'), (page) => page.getByTestId('progress-chart').waitFor());
  expect(problems['05-measures']).toEqual([]);
});

test('rollout', async () => {
  await visit('06-rollout', planHash(planId, 'rollout'), async (page) => {
    await page.getByRole('button', { name: 'Start the rollout' }).click();
    await page.getByTestId('gate-checklist').waitFor();
    await diagramShown(page);
  });
  expect(problems['06-rollout']).toEqual([]);
});

test('cohort', async () => {
  await visit('07-cohort', '#/cohort', async (page) => {
    await page.getByTestId('cohort-table').waitFor();
    await diagramShown(page);
  });
  expect(problems['07-cohort']).toEqual([]);
});

test('print view', async () => {
  await visit('08-print', planHash(planId, 'print'), (page) => page.getByRole('button', { name: 'Print' }).waitFor());
  expect(problems['08-print']).toEqual([]);
});

test('print stylesheet hides the app around the report', async () => {
  const { page } = session;
  await page.goto(appUrl(planHash(planId, 'print')));
  await page.getByRole('button', { name: 'Print' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  const visible = await page.evaluate(() => {
    const shown = (element: Element | null) => element !== null && getComputedStyle(element).display !== 'none';
    return {
      report: shown(document.querySelector('.print-report')),
      buttons: [...document.querySelectorAll('button')].filter(shown).length,
      navigation: [...document.querySelectorAll('nav, [role=navigation], header, [role=banner], aside')]
        .filter((element) => element.closest('.print-report') === null)
        .filter(shown).length,
    };
  });
  await page.emulateMedia({ media: 'screen' });
  expect(visible).toEqual({ report: true, buttons: 0, navigation: 0 });
});
