/** Moving around the studio the way a person does: by links, buttons and labels. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The screens of one plan, by the name of their tab. */
export const PLAN_TABS = {
  edit: 'Plan',
  matrix: 'Six sources',
  diagrams: 'Diagrams',
  measures: 'Measures',
  rollout: 'Rollout',
  print: 'Print',
} as const;

/** One plan screen. */
export type PlanScreen = keyof typeof PLAN_TABS;

/** Waits for the first visit's redirect to the demo plan and returns its id. */
export async function waitForOpenPlan(page: Page): Promise<string> {
  await page.waitForURL(/#\/plan\/[^/]+\/\w+/, { timeout: 30_000 });
  const match = /#\/plan\/([^/]+)\//.exec(page.url());
  if (match === null) throw new Error(`not on a plan screen: ${page.url()}`);
  return decodeURIComponent(match[1] as string);
}

/** The hash route of a plan screen. */
export function planHash(planId: string, screen: PlanScreen): string {
  return `#/plan/${encodeURIComponent(planId)}/${screen}`;
}

/** Opens a plan screen through its tab in the plan's navigation. */
export async function openTab(page: Page, screen: PlanScreen): Promise<void> {
  await page.getByRole('navigation', { name: 'Plan' }).getByRole('link', { name: PLAN_TABS[screen], exact: true }).click();
  await page.waitForURL(new RegExp(`/${screen}$`));
}

/** The coach panel beside a plan screen. */
export function coachPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Coach' });
}

/** The coach's one-line count, e.g. `0 to fix · 2 to look at · 0 worth knowing`. */
export async function coachCounts(page: Page): Promise<string> {
  const line = coachPanel(page).getByText(/to fix/).first();
  await line.waitFor();
  return (await line.textContent())?.trim() ?? '';
}

/** The number of the coach's findings to fix, to look at and worth knowing, added up. */
export function totalFindings(counts: string): number {
  return [...counts.matchAll(/(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Waits until the save indicator in the header says the plan is saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
  // A plain wait (not expect.poll), so hooks can use it too.
  await page.waitForFunction(() => /Saved|Guardado/.test(document.querySelector('header, [role=banner]')?.textContent ?? ''), undefined, {
    timeout: 10_000,
  });
}

/** A file as the browser's file chooser hands it over. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Imports a plan file through the library's import button. */
export async function importFile(page: Page, file: UploadFile): Promise<void> {
  await page.goto(new URL('#/library', page.url()).href);
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a plan file' }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles(file);
}

/** The bytes of a finished download (the browser runs as a server, so it is streamed over). */
export async function downloadBytes(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * After an import: the studio either opens the imported plan or lists it in the library.
 * Ends on the imported plan's screen, whichever it did; fails with the import's errors.
 */
export async function openImportedPlan(page: Page, title: RegExp): Promise<void> {
  const opened = page.waitForURL(/#\/plan\//, { timeout: 10_000 }).then(() => 'opened' as const);
  const listed = page.getByRole('table').getByRole('link', { name: title }).first().waitFor({ timeout: 10_000 }).then(() => 'listed' as const);
  const outcome = await Promise.any([opened, listed]).catch(async () => {
    throw new Error(`the plan was not imported: ${(await page.getByRole('alert').allTextContents()).join(' | ')}`);
  });
  if (outcome === 'listed' && !/#\/plan\//.test(page.url())) {
    await page.getByRole('table').getByRole('link', { name: title }).first().click();
    await page.waitForURL(/#\/plan\//);
  }
  await expect.poll(async () => (await page.getByRole('banner').textContent()) ?? '').toMatch(title);
}
