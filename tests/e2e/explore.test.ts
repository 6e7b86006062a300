import { afterAll, test } from 'vitest';
import { openSession, releaseBrowser } from './support/session.ts';
import { openTab, waitForOpenPlan } from './support/app.ts';

afterAll(releaseBrowser);

test('explore', async () => {
  const s = await openSession();
  const { page } = s;
  await waitForOpenPlan(page);
  await openTab(page, 'print');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/explore/print-media.png', fullPage: true });
  await s.close();
});
