import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { openSession, releaseBrowser, type Session } from './support/session.ts';
import { planHash, waitForOpenPlan } from './support/app.ts';
import { saveScreenshot } from './support/screenshots.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

test('switching to Spanish changes every screen and is remembered', async () => {
  const { page } = session;
  const planId = await waitForOpenPlan(page);
  await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');

  const headings: Record<string, string> = {
    diagrams: 'Diagramas',
    measures: 'Medidas',
    rollout: 'Implementación',
  };
  for (const [screen, heading] of Object.entries(headings)) {
    await page.goto(new URL(planHash(planId, screen as 'diagrams'), page.url()).href);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }
  await page.getByRole('button', { name: 'Iniciar la implementación' }).click();
  await page.getByRole('button', { name: 'Avanzar a Preparar' }).waitFor();
  expect(await page.getByTestId('advance-blocked').textContent()).toMatch(/^Bloqueado hasta cumplir la compuerta/);
  await saveScreenshot(page, '09-rollout-es');

  await page.goto(new URL('#/cohort', page.url()).href);
  await page.getByRole('heading', { level: 1, name: 'Cohorte' }).waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Cohorte' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
});
