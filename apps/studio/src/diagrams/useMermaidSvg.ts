import { useEffect, useRef, useState } from 'react';
import { renderMermaid } from './mermaidQueue.ts';

/** What a diagram panel shows: the last good picture, and the latest error if the newest source failed. */
export interface MermaidView {
  /** SVG markup from mermaid (sanitized by its strict mode), or null before the first success. */
  svg: string | null;
  /** Mermaid's message when the latest source could not be drawn; the previous picture stays. */
  error: string | null;
  /** True while a render is waiting or running. */
  pending: boolean;
}

/**
 * Renders `source` with mermaid: the first picture at once, later changes after `delayMs` of
 * quiet, so typing never waits on layout. Only the newest request may change the view: a
 * slower, older render is dropped.
 */
export function useMermaidSvg(source: string | null, delayMs = 300): MermaidView {
  const [view, setView] = useState<MermaidView>({ svg: null, error: null, pending: source !== null });
  const latest = useRef(0);
  const hasPicture = useRef(false);

  useEffect(() => {
    latest.current += 1;
    const request = latest.current;
    if (source === null) {
      setView((previous) => ({ ...previous, pending: false }));
      return;
    }
    setView((previous) => (previous.pending ? previous : { ...previous, pending: true }));
    // Nothing to wait for before the first picture: no keystrokes to let settle yet.
    const wait = hasPicture.current ? delayMs : 0;
    const timer = setTimeout(() => {
      void renderMermaid(source).then((result) => {
        if (request !== latest.current) return;
        if (result.ok) hasPicture.current = true;
        setView((previous) =>
          result.ok ? { svg: result.svg, error: null, pending: false } : { svg: previous.svg, error: result.error, pending: false },
        );
      });
    }, wait);
    return () => clearTimeout(timer);
  }, [source, delayMs]);

  return view;
}
