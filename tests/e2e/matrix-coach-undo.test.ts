import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { openSession, releaseBrowser, type Session } from './support/session.ts';
import { coachCounts, openTab, waitForOpenPlan } from './support/app.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

const WHO = 'Third-grade reading interventionists';
const ACTION = 'Pull every student who misses a station goal into a ten-minute reteach the same day.';
const STRATEGY = 'Interventionists rehearse the ten-minute reteach with the campus coach every Monday.';

test('adding a behavior and a strategy in the matrix changes the coach; undo and redo step through both', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  const before = await coachCounts(page);

  // A new vital behavior, which the coach notices has no strategy behind it.
  await openTab(page, 'matrix');
  const matrix = page.getByRole('main');
  const addBehavior = matrix.getByRole('button', { name: /add (a )?(vital )?behavior/i });
  if ((await addBehavior.count()) === 0) await openTab(page, 'edit');
  await page.getByRole('button', { name: /add (a )?(vital )?behavior/i }).first().click();
  const added = page.getByRole('region', { name: 'Vital behaviors' }).getByRole('listitem', { name: /^Behavior \d+$/ }).last();
  await added.getByRole('textbox', { name: 'Who', exact: true }).fill(WHO);
  await added.getByRole('textbox', { name: 'Does what', exact: true }).fill(ACTION);
  await expect.poll(() => coachCounts(page)).not.toBe(before);
  const withBehavior = await coachCounts(page);

  // A strategy for it from the matrix cell of one source.
  await openTab(page, 'matrix');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(WHO) }) });
  const addInCell = row.getByRole('button', { name: /Add a strategy for .* from Personal ability/ });
  const dialog = page.getByRole('dialog', { name: 'New strategy' });
  // Escape closes the dialog and hands focus back to the button that opened it.
  await addInCell.click();
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => addInCell.evaluate((button) => button === document.activeElement)).toBe(true);
  await addInCell.click();
  await dialog.getByRole('radio', { name: 'Deliberate practice with feedback' }).check();
  await dialog.getByRole('textbox', { name: 'What will be done' }).fill(STRATEGY);
  await dialog.getByRole('button', { name: 'Add strategy' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Focus is back on the cell's button, ready for the next strategy.
  expect(await addInCell.evaluate((button) => button === document.activeElement)).toBe(true);
  const strategyButton = row.getByRole('button', { name: new RegExp(`Edit strategy: Deliberate practice with feedback: ${STRATEGY.slice(0, 30)}`) });
  await strategyButton.waitFor();
  await expect.poll(() => coachCounts(page)).not.toBe(withBehavior);

  // Undo removes the strategy (the coach goes back), redo brings it again.
  await page.getByRole('button', { name: /Undo/ }).click();
  await strategyButton.waitFor({ state: 'detached' });
  await expect.poll(() => coachCounts(page)).toBe(withBehavior);
  await page.getByRole('button', { name: /Redo/ }).click();
  await strategyButton.waitFor();

  // The keyboard does the same.
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('Control+z');
  await strategyButton.waitFor({ state: 'detached' });
  await page.keyboard.press('Control+Shift+z');
  await strategyButton.waitFor();
  expect(session.pageErrors).toEqual([]);
});
