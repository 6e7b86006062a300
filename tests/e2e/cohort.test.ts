import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { appUrl, openSession, releaseBrowser, type Session } from './support/session.ts';
import { waitForOpenPlan } from './support/app.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

test('the cohort shows districts per stage, blocked criteria and paused districts, and opens a district', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cohort' }).click();
  const table = page.getByTestId('cohort-table');
  await table.waitFor();
  expect(await table.getByRole('rowheader').count()).toBeGreaterThanOrEqual(3);
  const counts = (await page.getByTestId('stage-counts').textContent()) ?? '';
  expect(counts).toMatch(/\d+Explore/);
  expect(await page.locator('p', { hasText: /^Paused:/ }).textContent()).toMatch(/Paused: ?1 — Pecos Flats CISD/);
  expect(await table.textContent()).toMatch(/A decision to adopt/);

  // Open one district and record evidence for it from the cohort.
  await page.getByRole('button', { name: 'Open Cedar Hollow ISD' }).click();
  const detail = page.getByTestId('cohort-district');
  await detail.getByRole('heading', { name: 'Cedar Hollow ISD' }).waitFor();
  const decision = detail.getByTestId('gate-checklist').getByRole('listitem').filter({ hasText: /decision to adopt/ });
  await decision.locator('summary').click();
  await decision.getByRole('textbox', { name: 'Decided by' }).fill('Cedar Hollow board');
  await decision.getByRole('button', { name: 'Record', exact: true }).click();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Cedar Hollow ISD' }) });
  await expect.poll(async () => (await row.textContent()) ?? '').not.toMatch(/A decision to adopt/);
});

test('a session is recorded and one event reaches every district', async () => {
  const { page } = session;
  await page.goto(appUrl('#/cohort'));
  await page.getByTestId('cohort-table').waitFor();
  const sessionForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Record a session' }) });
  await sessionForm.getByRole('textbox', { name: 'Title' }).fill('Data digs: glows and grows');
  await sessionForm.getByRole('checkbox', { name: 'Riverbend ISD' }).check();
  await sessionForm.getByRole('button', { name: 'Record session' }).click();
  await page.getByText('Data digs: glows and grows').first().waitFor();

  const broadcast = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Send an event to every district' }) });
  await broadcast.getByRole('combobox', { name: 'Event' }).selectOption({ label: 'A new initiative competes for attention' });
  await broadcast.getByRole('textbox', { name: 'Initiative name' }).fill('State math adoption');
  await broadcast.getByRole('button', { name: 'Send to every district' }).click();
  await expect.poll(async () => (await broadcast.getByRole('status').textContent()) ?? '').toMatch(/sent initiative\.added to all 5 districts \(\d took it\)/);

  // Stored: a reload shows the same session.
  await page.reload();
  await page.getByText('Data digs: glows and grows').first().waitFor({ timeout: 10_000 });
});
