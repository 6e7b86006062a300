import { afterAll, expect, test } from 'vitest';
import { openSession, releaseBrowser } from './support/session.ts';

afterAll(releaseBrowser);

test('the built studio loads in Chromium without errors', async () => {
  const session = await openSession();
  try {
    await session.page.waitForLoadState('load');
    expect(await session.page.title()).not.toBe('');
    expect(session.pageErrors).toEqual([]);
  } finally {
    await session.close();
  }
});
