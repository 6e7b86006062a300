/**
 * A fresh browser context per test (its own IndexedDB and storage), at the screenshot size,
 * with a tripwire for injected script: `window.__pwned` must stay unset, no dialog may open,
 * and uncaught page errors are collected for the test to assert on.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** The viewport of every test and screenshot. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

let browser: Browser | null = null;

/** The shared Chromium started by the global setup (connected once per test file). */
export async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

/** Disconnects this file from the shared Chromium (it keeps running for the next file). */
export async function releaseBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** One test's browser state and what it saw go wrong. */
export interface Session {
  context: BrowserContext;
  page: Page;
  /** Messages of dialogs (alert, confirm, prompt) that opened; a hostile payload would open one. */
  dialogs: string[];
  /** Uncaught errors thrown in the page. */
  pageErrors: string[];
  /** Opens another tab in the same context (same storage), with the same tripwires. */
  newTab: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Options for a new session. */
export interface SessionOptions {
  /** Dialog answers: by default confirms are accepted (the app asks before destroying work). */
  acceptDialogs?: boolean;
  locale?: string;
  /** Runs in the context before anything else, e.g. to install faults the app must meet on its first load. */
  beforeLoad?: (context: BrowserContext) => Promise<unknown>;
}

/** Opens a fresh context and a page at the app's base URL + `hash`. */
export async function openSession(hash = '', options: SessionOptions = {}): Promise<Session> {
  const context = await (await sharedBrowser()).newContext({
    viewport: VIEWPORT,
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // The tripwire: hostile test data sets `window.__pwned` or opens a dialog if it ever runs.
  await context.addInitScript(() => {
    let hits = 0;
    Object.defineProperty(window, '__pwned', {
      get: () => (hits === 0 ? undefined : hits),
      set: () => {
        hits += 1;
      },
      configurable: false,
    });
  });
  await options.beforeLoad?.(context);
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const watch = (page: Page): Page => {
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void (options.acceptDialogs === false ? dialog.dismiss() : dialog.accept());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };
  const page = watch(await context.newPage());
  await page.goto(appUrl(hash));
  return {
    context,
    page,
    dialogs,
    pageErrors,
    newTab: async () => watch(await context.newPage()),
    close: () => context.close(),
  };
}

/** The app's URL with a hash route such as `#/library`. */
export function appUrl(hash = ''): string {
  return `${inject('baseUrl')}${hash}`;
}

/** True when injected script ran in the page (the tripwire flag was set). */
export async function tripwireFired(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined);
}
