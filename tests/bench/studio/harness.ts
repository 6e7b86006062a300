/**
 * What the five studio benchmarks share: a production build of the studio served over HTTP
 * (the one in `ctx.studioUrl`, or a fresh `vite build` served the way the end-to-end tests
 * do it), one Chromium for all five, fresh browser contexts with the CPU slowed down 4×,
 * and the statistics line of each figure.
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Locator, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStudio } from '../../e2e/setup/global-setup.ts';
import { serveFolder } from '../../e2e/setup/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium.ts';
import { percentile } from '../stats.ts';
import type { BenchContext } from '../types.ts';
import { PROBES_SCRIPT, probe } from './page-probes.ts';

/** The CPU slow-down of every studio benchmark (a mid-range laptop rather than this machine). */
export const CPU_SLOWDOWN = 4;
/** The viewport of every page, as in the end-to-end tests. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** A served studio and the browser that visits it. */
export interface StudioUnderTest {
  /** The studio's base URL, ending in `/`. */
  url: string;
  browser: Browser;
}

const started = new WeakMap<BenchContext, Promise<StudioUnderTest>>();

/**
 * The studio and browser of this suite run, started on first use and closed through
 * `ctx.defer` when the suite is done.
 */
export function studioUnderTest(ctx: BenchContext): Promise<StudioUnderTest> {
  let studio = started.get(ctx);
  if (studio === undefined) {
    studio = start(ctx);
    started.set(ctx, studio);
  }
  return studio;
}

async function start(ctx: BenchContext): Promise<StudioUnderTest> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  ctx.defer(() => browser.close());
  if (ctx.studioUrl !== undefined) return { url: ctx.studioUrl.endsWith('/') ? ctx.studioUrl : `${ctx.studioUrl}/`, browser };
  // A production build, as the end-to-end tests make it (or theirs, reused through E2E_BUILD_DIR).
  let outDir = process.env['E2E_BUILD_DIR'];
  if (outDir === undefined) {
    ctx.log('  building the studio (vite build)…');
    const folder = await mkdtemp(join(tmpdir(), 'sixsources-bench-'));
    ctx.defer(() => rm(folder, { recursive: true, force: true }));
    await buildStudio(folder);
    outDir = folder;
  }
  const server = await serveFolder(outDir);
  ctx.defer(() => server.close());
  return { url: server.url.endsWith('/') ? server.url : `${server.url}/`, browser };
}

/** A fresh browser context (empty storage and cache) with one page whose CPU is slowed down. */
export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** Options of a fresh page. */
export interface BenchPageOptions {
  /** More script to run before the page's own, after the probes (e.g. start watching a load). */
  initScript?: string;
}

/** Opens a fresh context with the probes installed and the CPU slowed down `CPU_SLOWDOWN` times. */
export async function openBenchPage(studio: StudioUnderTest, options: BenchPageOptions = {}): Promise<BenchPage> {
  const context = await studio.browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  await context.addInitScript({ content: PROBES_SCRIPT + (options.initScript ?? '') });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp, close: () => context.close() };
}

/** Timed repetitions of a benchmark: at least 20, three in a quick smoke run. */
export function repetitions(ctx: BenchContext, full = 20): number {
  return ctx.quick ? 3 : Math.max(20, full);
}

/** The p95 of `values` (the figure) and a detail line with the p50 and what was measured. */
export function p95Summary(values: readonly number[], what: string): { value: number; detail: string } {
  const p95 = percentile(values, 95);
  const p50 = percentile(values, 50);
  return {
    value: p95,
    detail: `${what}; p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms over ${values.length} repetitions; Chromium, CPU slowed ${CPU_SLOWDOWN}× (CDP)`,
  };
}

/** Waits `ms` of wall time (a person's pause between actions). */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A click as a hand makes it: press, then release once the press has been shown. (Playwright's
 * `click()` sends both at once, so the release would wait for everything the press set off,
 * and that wait would be counted against what the click does.)
 */
export async function pressAndRelease(page: Page, target: Locator): Promise<void> {
  await target.hover();
  await page.mouse.down();
  await probe(page, 'afterNextPaint');
  await page.mouse.up();
}
