import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { appUrl, openSession, releaseBrowser, type Session } from './support/session.ts';
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

test("the first screen's code carries V8's compile hint, and code loaded later does not", async () => {
  const { page } = session;
  const html = await (await page.request.get(appUrl())).text();
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  expect(entry, 'index.html names its entry script').toBeDefined();
  const source = async (src: string) => (await page.request.get(new URL(src, appUrl()).href)).text();
  const entrySource = await source(entry as string);
  expect(entrySource.split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  // The open-plan session is loaded on first use: compiling all of it up front would be wasted.
  const lazy = /"(assets\/OpenPlan-[^"]+\.js)"/.exec(entrySource)?.[1];
  expect(lazy, 'the entry names the open-plan chunk').toBeDefined();
  expect((await source(lazy as string)).split('\n', 1)[0]).not.toContain('allFunctionsCalledOnLoad');
});
