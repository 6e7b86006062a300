import { afterAll, test } from 'vitest';
import { openSession, releaseBrowser } from './support/session.ts';
import { openTab, waitForOpenPlan } from './support/app.ts';

afterAll(releaseBrowser);

test('explore', async () => {
  const s = await openSession();
  const { page } = s;
  await waitForOpenPlan(page);
  await openTab(page, 'diagrams');
  for (const kind of ['Plan map', 'Six sources', 'Timeline', 'Rollout stages', 'Measure progress']) {
    await page.getByRole('tab', { name: kind }).click();
    await page.locator('[data-testid=diagram-figure] .diagram-picture svg').first().waitFor();
    await page.waitForTimeout(500);
    await page.locator('[data-testid=diagram-figure]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/explore/x-${kind.replace(' ', '-')}.png` });
  }
  await s.close();
});
