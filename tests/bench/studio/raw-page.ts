/**
 * A fresh page (its own browser context: empty storage and cache) in a `RawChromium`, set up
 * like `openBenchPage`: the same viewport, the probes before the page's own script, and the
 * CPU slowed down `CPU_SLOWDOWN` times.
 */
import { CPU_SLOWDOWN, VIEWPORT } from './harness.ts';
import { PROBES_SCRIPT } from './page-probes.ts';
import type { RawChromium } from './raw-cdp.ts';

/** A page of a `RawChromium`. */
export interface RawPage {
  /** Navigates and waits for the new document's load event. */
  goto(url: string): Promise<void>;
  /** Evaluates `expression` in the page, awaiting a promise; returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** Opens a fresh page; `initScript` runs after the probes, before the page's own script, in every document. */
export async function openRawPage(browser: RawChromium, initScript = ''): Promise<RawPage> {
  const { browserContextId } = await browser.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const send = (method: string, params: Record<string, unknown> = {}) => browser.send(method, params, sessionId);
  await send('Page.enable');
  await send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor: 1, mobile: false });
  await send('Emulation.setLocaleOverride', { locale: 'en-US' });
  await send('Page.addScriptToEvaluateOnNewDocument', { source: PROBES_SCRIPT + initScript });
  await send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return {
    async goto(url) {
      const loaded = browser.next('Page.loadEventFired', sessionId);
      const { errorText } = await browser.send<{ errorText?: string }>('Page.navigate', { url }, sessionId);
      if (errorText !== undefined) {
        // The load event will not come: its wait must not end the run later as an unhandled rejection.
        loaded.catch(() => {});
        throw new Error(`could not open ${url}: ${errorText}`);
      }
      await loaded;
    },
    async evaluate<T>(expression: string) {
      const { result, exceptionDetails } = await browser.send<{ result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
        sessionId,
      );
      if (exceptionDetails !== undefined) throw new Error(`evaluating in the page failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
    async close() {
      await browser.send('Target.disposeBrowserContext', { browserContextId });
    },
  };
}
