/**
 * What the studio benchmarks measure inside the page: the time from an input event to the
 * next paint after the page has reacted, on the page's own clock (`performance.now()`), so
 * Playwright's round trips never count.
 *
 * The probes are plain JavaScript in a string: functions handed to `page.evaluate` are
 * serialized from their source, and the TypeScript loader adds helpers to that source which
 * the page does not have.
 *
 * "Next paint" is the usual approximation: a `requestAnimationFrame` callback, then a task
 * posted from it (at user-blocking priority, ahead of the page's own queued tasks), which runs
 * once the frame has been painted. Event Timing durations are not used: headless Chromium
 * with software compositing reports presentation times seconds late at random, while
 * frames are in fact painted every few hundred milliseconds.
 */
import type { Page } from 'playwright-core';

/** One measured interaction, in milliseconds on the page's clock. */
export interface Interaction {
  /** When the input event was created (its `timeStamp`). */
  start: number;
  /** When the frame showing the page's reaction had been painted. */
  end: number;
}

/** Installs `window.__sixBench` (once per document): put it in every benchmark context with `addInitScript`. */
export const PROBES_SCRIPT = String.raw`(() => {
  if (window.__sixBench) return;
  // The first task after the frame: a user-blocking task runs ahead of the page's own queued work.
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const done = () => resolve(performance.now());
        if (window.scheduler && typeof window.scheduler.postTask === 'function') {
          window.scheduler.postTask(done, { priority: 'user-blocking' });
        } else {
          const channel = new MessageChannel();
          channel.port1.onmessage = done;
          channel.port2.postMessage(null);
        }
      }),
    );
  // Resolves once check() holds (checked now and after every DOM change), after the next paint.
  const whenThenPaint = (check, timeoutMs) =>
    new Promise((resolve, reject) => {
      let done = false;
      const finish = () => {
        if (done || !check()) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        afterNextPaint().then(resolve);
      };
      const observer = new MutationObserver(finish);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        if (done) return;
        done = true;
        observer.disconnect();
        reject(new Error('timed out waiting for the page to change'));
      }, timeoutMs);
      finish();
    });

  const measured = (name, start, end) => {
    try { performance.measure(name, { start, end }); } catch {}
    return { start, end };
  };

  const keystrokes = [];
  let armedKeys = false;

  window.__sixBench = {
    afterNextPaint,
    whenThenPaint,

    // Every keydown from now on: its time, and the time after the next paint.
    armKeys() {
      if (armedKeys) return;
      armedKeys = true;
      window.addEventListener('keydown', (event) => {
        const start = event.timeStamp;
        keystrokes.push(afterNextPaint().then((end) => measured('sixsources:keystroke', start, end)));
      }, { capture: true });
    },
    keystroke(index) {
      return keystrokes[index] ?? Promise.reject(new Error('no keystroke ' + index + ' was seen'));
    },
    keystrokeCount() {
      return keystrokes.length;
    },

    // The next click, until the text of selector changes from what it is now, painted.
    armTextChange(selector, timeoutMs) {
      const element = () => document.querySelector(selector);
      const before = element() ? element().textContent : null;
      let start = null;
      window.addEventListener('click', (event) => { start ??= event.timeStamp; }, { capture: true, once: true });
      window.__sixBench.pending = whenThenPaint(() => start !== null && element() !== null && element().textContent !== before, timeoutMs)
        .then((end) => measured('sixsources:text-change', start, end));
      return before;
    },

    // The next click, until an element matches selector, painted.
    armAppear(selector, timeoutMs) {
      let start = null;
      window.addEventListener('click', (event) => { start ??= event.timeStamp; }, { capture: true, once: true });
      window.__sixBench.pending = whenThenPaint(() => start !== null && document.querySelector(selector) !== null, timeoutMs)
        .then((end) => measured('sixsources:appear', start, end));
    },

    // From the start of navigation (time 0 of the document) until count elements match selector, painted.
    watchLoad(selector, count, timeoutMs) {
      window.__sixBench.loaded = whenThenPaint(() => document.querySelectorAll(selector).length >= count, timeoutMs)
        .then((end) => measured('sixsources:load', 0, end));
    },

    pending: null,
    loaded: null,
  };
})();`;

/** Calls `window.__sixBench.<method>(...args)` in the page and returns what it resolves to. */
export function probe<T>(page: Page, method: string, ...args: readonly unknown[]): Promise<T> {
  return page.evaluate(`window.__sixBench.${method}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`) as Promise<T>;
}

/** Awaits a promise the probes left in `window.__sixBench.<field>`. */
export function probeResult<T>(page: Page, field: 'pending' | 'loaded'): Promise<T> {
  return page.evaluate(`window.__sixBench.${field}`) as Promise<T>;
}

/** The latency of each interaction: from its input event to the painted reaction. */
export function latencies(interactions: readonly Interaction[]): number[] {
  return interactions.map(({ start, end }) => end - start);
}
