import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { openSession, releaseBrowser, type Session } from './support/session.ts';
import { coachCounts, waitForOpenPlan } from './support/app.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

test('a first visit opens the Socorro demo plan, with the coach reading it', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  // The plan's own header and editor come with their code, which a busy machine may take a while to run.
  await expect.poll(() => page.getByRole('banner').textContent(), { timeout: 15_000 }).toContain('Socorro ISD');
  await expect.poll(() => page.getByRole('textbox', { name: 'Plan title' }).inputValue(), { timeout: 15_000 }).toMatch(/Socorro/);
  expect(await coachCounts(page)).toMatch(/\d+ to fix/);
  expect(session.pageErrors).toEqual([]);
});

test('the demo plan is in the library after the first visit', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('heading', { name: 'Your plans', level: 1 }).waitFor();
  await expect.poll(() => page.getByRole('link', { name: /Socorro ISD/ }).count()).toBeGreaterThan(0);
});
