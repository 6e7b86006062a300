import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import { openSession, releaseBrowser, tripwireFired, type Session } from './support/session.ts';
import { downloadBytes, importFile, openImportedPlan, openTab, waitForOpenPlan, waitUntilSaved } from './support/app.ts';
import { hostileLabelsFile } from './support/plans.ts';
import { SCREENSHOT_DIR } from './support/screenshots.ts';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(() => session.close());
afterAll(releaseBrowser);

const KINDS = ['Plan map', 'Six sources', 'Timeline', 'Rollout stages', 'Measure progress'] as const;

/** Waits for the shown diagram's SVG and returns what it holds that could carry script. */
async function shownDiagram(page: Page) {
  const picture = page.locator('[data-testid=diagram-figure] .diagram-picture svg');
  const error = page.locator('.diagram-error');
  await picture.or(error).first().waitFor({ timeout: 30_000 });
  if ((await picture.count()) === 0) throw new Error(`the diagram was not drawn: ${await error.first().textContent()}`);
  return page.locator('[data-testid=diagram-figure]').evaluate((figure) => ({
    svgs: figure.querySelectorAll('svg').length,
    shapes: figure.querySelectorAll('svg g, svg rect, svg path').length,
    // HTML labels (state diagrams) sit in foreignObject; nothing inside may be able to run.
    active: figure.querySelectorAll('script, iframe, img, object, embed, [onerror], [onload], [onclick], a[href^="javascript"]').length,
  }));
}

test('each diagram renders an SVG, and hostile labels never run', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await waitUntilSaved(page);
  await importFile(page, hostileLabelsFile());
  await openImportedPlan(page, /Hostile plan/);
  await openTab(page, 'diagrams');

  for (const kind of KINDS) {
    await page.getByRole('tab', { name: kind }).click();
    const found = await shownDiagram(page);
    expect(found.svgs, kind).toBeGreaterThan(0);
    expect(found.shapes, kind).toBeGreaterThan(0);
    expect(found.active, `${kind}: elements that could run script`).toBe(0);
  }
  // Other screens show the same labels as text.
  for (const screen of ['matrix', 'measures', 'print', 'edit'] as const) {
    await openTab(page, screen);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  await page.waitForTimeout(500);
  expect(await tripwireFired(page)).toBe(false);
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});

test("every measure of the demo plan has a progress picture, even one with nothing recorded yet", async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await openTab(page, 'diagrams');
  await page.getByRole('tab', { name: 'Measure progress' }).click();
  const measures = page.getByRole('combobox', { name: 'Measure' });
  const options = await measures
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => ({ value: (node as HTMLOptionElement).value, name: node.textContent ?? '' })));
  expect(options.length).toBeGreaterThan(1);
  for (const { value, name } of options) {
    await measures.selectOption(value);
    // The picture must be this measure's (its name is in it), not the last good one kept after a failed draw.
    const start = name.slice(0, 24);
    await page.waitForFunction(
      ([text]) => (document.querySelector('[data-testid=diagram-figure] svg')?.textContent ?? '').includes(text as string) || document.querySelector('.diagram-error') !== null,
      [start],
      { timeout: 30_000 },
    );
    expect((await shownDiagram(page)).svgs, name).toBeGreaterThan(0);
    expect(await page.locator('.diagram-error').count(), name).toBe(0);
  }
  expect(session.pageErrors).toEqual([]);
});

test('the diagram tools copy the source and download SVG and PNG files', async () => {
  const { page } = session;
  await waitForOpenPlan(page);
  await openTab(page, 'diagrams');
  await shownDiagram(page);

  await page.getByRole('button', { name: 'Copy mermaid source' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^flowchart/);

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  expect((await downloadBytes(svg)).toString('utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = await downloadBytes(png);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(2000);

  // The stage chart uses HTML labels; its PNG is drawn the same way.
  await page.getByRole('tab', { name: 'Rollout stages' }).click();
  await shownDiagram(page);
  const rolloutPng = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PNG' }).click();
  const rolloutBytes = await downloadBytes(await rolloutPng);
  expect(rolloutBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('mermaid is not loaded by the first screen nor by the plan map, only when a mermaid diagram is shown', async () => {
  const { page } = session;
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const track = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => void scripts.set(response.url(), gzipSync(body).length),
        () => undefined,
      ),
    );
  };
  const settled = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  };
  await waitForOpenPlan(page);
  await waitUntilSaved(page);
  page.on('response', track);
  await page.reload();
  await waitForOpenPlan(page);
  await settled();
  const firstScreen = new Map(scripts);
  expect([...firstScreen.keys()].filter((url) => /mermaid/i.test(url))).toEqual([]);

  await openTab(page, 'diagrams');
  await shownDiagram(page);
  // The plan map is drawn by the studio itself; mermaid comes for the other diagrams.
  await page.getByRole('tab', { name: 'Six sources' }).click();
  await shownDiagram(page);
  await settled();
  const added = [...scripts.keys()].filter((url) => !firstScreen.has(url));
  expect(added.some((url) => /mermaid/i.test(url))).toBe(true);
  // Mermaid's default ELK layout alone is ~460 KB gzipped; the studio draws with dagre.
  expect(added.filter((url) => /\/elk-/.test(url))).toEqual([]);

  const sum = (urls: Iterable<string>) => [...urls].reduce((total, url) => total + (scripts.get(url) ?? 0), 0);
  const sizes = {
    firstScreenGzipBytes: sum(firstScreen.keys()),
    withMermaidDiagramGzipBytes: sum(scripts.keys()),
    firstScreenScripts: firstScreen.size,
    addedByDiagramScripts: added.length,
    largestAdded: added
      .map((url) => ({ file: new URL(url).pathname.split('/').pop() ?? url, gzipBytes: scripts.get(url) ?? 0 }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .slice(0, 8),
  };
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await writeFile(join(SCREENSHOT_DIR, 'bundle-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  console.log(`JavaScript gzipped: first screen ${(sizes.firstScreenGzipBytes / 1024).toFixed(1)} KiB; with a mermaid diagram ${(sizes.withMermaidDiagramGzipBytes / 1024).toFixed(1)} KiB`);
});
