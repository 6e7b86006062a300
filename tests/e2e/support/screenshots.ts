/** Screenshots of the main screens, saved at 1280×800 to `.screenshots/` at the repository root (not committed). */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The folder the screenshots go to. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../.screenshots');

/** Saves what the viewport shows as `.screenshots/<name>.png` and returns the file's path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false, animations: 'disabled' });
  return path;
}
