import { useEffect } from 'react';
import { loadMermaid } from './mermaidQueue.ts';

/** Quiet time after the first picture before mermaid is fetched. */
const AFTER_PICTURE_MS = 1000;
/** How long to wait for an idle moment after that before fetching it anyway. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Fetches mermaid a while after the screen's first picture is on screen, when the browser is
 * idle, so the next diagram does not wait for it. Not sooner: fetching and compiling mermaid
 * keeps the main thread busy for about a second on a slow laptop, and even starting the fetch
 * (a preload link per chunk) would delay the first picture.
 */
export function useWarmMermaid(): void {
  useEffect(() => {
    let idle: number | undefined;
    const warm = () => void loadMermaid().catch(() => {});
    const timer = setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(warm, { timeout: IDLE_TIMEOUT_MS });
      else warm();
    }, AFTER_PICTURE_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
}
