import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { openSession, releaseBrowser, tripwireFired, type Session } from './support/session.ts';
import { downloadBytes, importFile, openImportedPlan, waitForOpenPlan, waitUntilSaved } from './support/app.ts';
import { planUpload, pollutingFile } from './support/plans.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

/** The titles listed in the library. */
async function libraryTitles(page: Session['page']): Promise<string[]> {
  await page.goto(new URL('#/library', page.url()).href);
  await page.getByRole('heading', { name: 'Your plans', level: 1 }).waitFor();
  return page.getByRole('table').getByRole('rowheader').getByRole('link').allTextContents();
}

test('a plan exported as a file imports again with the same content', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await page.getByRole('textbox', { name: 'Plan title' }).fill('Exported literacy plan');
  await waitUntilSaved(page);
  await page.locator('summary', { hasText: 'Export' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download plan file/ }).click();
  const download = await downloadPromise;
  const text = (await downloadBytes(download)).toString('utf8');
  const file = JSON.parse(text) as { format: string; schemaVersion: number; plan: { title: string } };
  expect(file.format).toBe('sixsources.plan');
  expect(file.plan.title).toBe('Exported literacy plan');

  await importFile(page, planUpload(text.replace('Exported literacy plan', 'Imported literacy plan'), 'plan.json'));
  await openImportedPlan(page, /Imported literacy plan/);
  await waitUntilSaved(page);
  expect(await libraryTitles(page)).toContain('Imported literacy plan');
  expect(await libraryTitles(page)).toContain('Exported literacy plan');
});

test('a hostile file (script in labels, __proto__ keys) is refused with readable errors and changes nothing', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await waitUntilSaved(page);
  const before = await libraryTitles(page);
  await importFile(page, pollutingFile());
  const errors = page.getByRole('alert');
  await expect.poll(async () => (await errors.allTextContents()).join(' '), { timeout: 10_000 }).toMatch(/__proto__|constructor|not allowed|forbidden/i);
  await page.waitForTimeout(500);
  expect(await libraryTitles(page)).toEqual(before);
  expect(await tripwireFired(page)).toBe(false);
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>)['pwned'] ?? null)).toBeNull();
  expect(session.dialogs).toEqual([]);
});
