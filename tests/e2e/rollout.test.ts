import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openSession, releaseBrowser, type Session } from './support/session.ts';
import { openTab, waitForOpenPlan, waitUntilSaved } from './support/app.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

/** Opens the "Record evidence" form under one criterion of the checklist. */
async function evidenceForm(page: Page, criterion: RegExp): Promise<Locator> {
  const item = page.getByTestId('gate-checklist').getByRole('listitem').filter({ hasText: criterion });
  await item.locator('summary').click();
  return item.getByRole('form').or(item.locator('form')).first();
}

async function record(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Record', exact: true }).click();
  const outcome = form.getByRole('status');
  await expect.poll(async () => (await outcome.textContent()) ?? '').not.toBe('');
  expect(await outcome.textContent()).toBe('Recorded.');
}

test('an advance is blocked until the evidence is entered, then goes through and is kept', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await waitUntilSaved(page);
  await openTab(page, 'rollout');
  await page.getByRole('button', { name: 'Start the rollout' }).click();

  // Blocked, with the reason visible next to the disabled button.
  const advance = page.getByRole('button', { name: 'Advance to Prepare' });
  await advance.waitFor();
  expect(await advance.isDisabled()).toBe(true);
  const blocked = page.getByTestId('advance-blocked');
  expect(await blocked.textContent()).toMatch(/problem of practice.*Fit assessed.*team.*decision to adopt/i);

  // The evidence, as a district officer would enter it (the problem of practice is filled from the plan).
  await record(await evidenceForm(page, /problem of practice/i));
  const fit = await evidenceForm(page, /Fit assessed/);
  for (const indicator of ['Need', 'Fit', 'Capacity', 'Evidence', 'Usability', 'Supports']) {
    await fit.getByRole('combobox', { name: indicator, exact: true }).selectOption('4');
  }
  await record(fit);
  const team = await evidenceForm(page, /implementation team/);
  await team.getByRole('textbox').fill('Ana Ortiz, literacy coordinator\nBen Ruiz, instructional technologist\nCora Diaz, principal');
  await record(team);
  expect(await advance.isDisabled()).toBe(true);
  const decision = await evidenceForm(page, /decision to adopt/);
  await decision.getByRole('textbox', { name: 'Decided by' }).fill('Board of trustees');
  await record(decision);

  // The gate is met: the advance goes through and the log says so.
  await expect.poll(() => advance.isDisabled()).toBe(false);
  await advance.click();
  await expect.poll(async () => (await page.getByTestId('rollout-stage').textContent()) ?? '').toBe('Now: Prepare');
  expect(await page.getByTestId('rollout-log').textContent()).toContain('advanced from explore to prepare');
  await page.getByRole('button', { name: 'Advance to Pilot' }).waitFor();

  // The next gate asks for the approved plan: the coach decides whether it can be recorded.
  const approval = await evidenceForm(page, /approved influence plan/);
  const approve = approval.getByRole('button', { name: /^Record “.*” as approved$/ });
  expect(await approve.isDisabled()).toBe(false);
  await openTab(page, 'edit');
  // A vital behavior no strategy supports is an error the coach says must be fixed.
  await page.getByRole('button', { name: 'Add a vital behavior' }).click();
  await expect.poll(() => page.getByRole('complementary', { name: 'Coach' }).getByText(/to fix/).first().textContent()).toMatch(/[1-9]\d* to fix/);
  await openTab(page, 'rollout');
  const blockedApproval = await evidenceForm(page, /approved influence plan/);
  expect(await blockedApproval.getByRole('button', { name: /as approved$/ }).isDisabled()).toBe(true);
  expect(await blockedApproval.textContent()).toMatch(/must be fixed before it can be approved/);

  // The stage survives a reload (it is stored in IndexedDB).
  await page.reload();
  await expect.poll(async () => (await page.getByTestId('rollout-stage').textContent()) ?? '', { timeout: 10_000 }).toBe('Now: Prepare');
  expect(session.pageErrors).toEqual([]);
});
