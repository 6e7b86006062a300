/**
 * studio.js.initial: the JavaScript a first visit downloads before the person can work. A
 * fresh browser (empty storage) opens the app's root, which creates the demo plan and opens
 * its editor; every `.js` response until the network has been quiet for a second is counted,
 * at its gzipped size.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import type { Benchmark } from '../types.ts';
import { openBenchPage, studioUnderTest } from './harness.ts';

/** How long the network must stay quiet before the first screen counts as loaded. */
const QUIET_MS = 1000;

export const studioJsInitial: Benchmark = {
  name: 'studio.js.initial',
  unit: 'KB',
  budget: 170,
  figure: 'gzipped JavaScript of the first screen (first visit: the demo plan opens in the editor)',
  async run(ctx) {
    const studio = await studioUnderTest(ctx);
    const { page, close } = await openBenchPage(studio);
    try {
      const scripts = new Map<string, Promise<Buffer>>();
      let inFlight = 0;
      let lastActivity = performance.now();
      page.on('request', () => {
        inFlight++;
        lastActivity = performance.now();
      });
      const settled = () => {
        inFlight--;
        lastActivity = performance.now();
      };
      page.on('requestfinished', settled);
      page.on('requestfailed', settled);
      page.on('response', (response: Response) => {
        if (new URL(response.url()).pathname.endsWith('.js') && !scripts.has(response.url())) scripts.set(response.url(), response.body());
      });

      await page.goto(studio.url);
      await page.waitForURL(/#\/plan\/[^/]+\/edit$/, { timeout: 60_000 });
      await page.locator('.editor h1').waitFor({ timeout: 60_000 });
      await page.getByTestId('coach-summary').waitFor({ timeout: 60_000 });
      while (inFlight > 0 || performance.now() - lastActivity < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 100));

      const sizes = await Promise.all([...scripts].map(async ([url, body]) => ({ url, raw: (await body).length, gzip: gzipSync(await body).length })));
      const gzip = sizes.reduce((sum, file) => sum + file.gzip, 0);
      const raw = sizes.reduce((sum, file) => sum + file.raw, 0);
      const largest = [...sizes].sort((a, b) => b.gzip - a.gzip).slice(0, 3);
      ctx.log(`  ${sizes.map((file) => `${new URL(file.url).pathname.split('/').pop()} ${(file.gzip / 1000).toFixed(1)}`).join(', ')}`);
      return {
        value: gzip / 1000,
        detail:
          `${sizes.length} .js files (${(raw / 1000).toFixed(1)} KB as served) on a first visit to the root until the editor of the demo plan ` +
          `shows and the network is quiet for ${QUIET_MS} ms; each gzipped here with node:zlib at its default level; KB = 1,000 bytes; ` +
          `largest: ${largest.map((file) => `${new URL(file.url).pathname.split('/').pop()} ${(file.gzip / 1000).toFixed(1)} KB`).join(', ')}`,
      };
    } finally {
      await close();
    }
  },
};
