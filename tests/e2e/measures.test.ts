import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { openSession, releaseBrowser, type Session } from './support/session.ts';
import { openTab, waitForOpenPlan } from './support/app.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

test('recording an observation moves the progress summary and the chart; undo takes it back', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await openTab(page, 'measures');
  const summary = page.getByTestId('measure-summary');
  await summary.waitFor();
  const before = (await summary.textContent()) ?? '';
  expect(before).toMatch(/→.*target/);

  await page.getByRole('textbox', { name: 'Date' }).fill('2025-06-01');
  await page.getByRole('textbox', { name: 'Value' }).fill('62');
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill('Spring 2025 STAAR results');
  await page.getByRole('button', { name: 'Record observation' }).click();

  await expect.poll(async () => (await summary.textContent()) ?? '').toBe('49% → 62% of 79% target');
  expect(await page.getByRole('img', { name: /Progress of .*62%/ }).count()).toBe(1);
  expect(await page.getByRole('table').textContent()).toContain('Spring 2025 STAAR results');

  await page.getByRole('button', { name: /Undo/ }).click();
  await expect.poll(async () => (await summary.textContent()) ?? '').toBe(before);
});

test('a value that is not a number is refused with a message', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await openTab(page, 'measures');
  await page.getByRole('textbox', { name: 'Value' }).fill('about sixty');
  await page.getByRole('button', { name: 'Record observation' }).click();
  expect(await page.getByRole('alert').filter({ hasText: 'Enter the value as a number.' }).count()).toBe(1);
});
