/**
 * The only door to mermaid. Mermaid is large, so it is fetched with `import()` the first time
 * a diagram is shown, and configured once: strict security (mermaid sanitizes its own SVG),
 * no scanning of the page, SVG text labels (no HTML inside the picture, and PNG export works),
 * and the small dagre layout instead of mermaid 12's default ELK.
 * Renders run one at a time, each with a fresh element id.
 */
import type { Mermaid } from 'mermaid';
import { prewrapLabels } from './prewrap.ts';

/** A rendered diagram, or why mermaid refused it. */
export type MermaidRender = { ok: true; svg: string } | { ok: false; error: string };

let loading: Promise<Mermaid> | null = null;
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;

/** Loads and configures mermaid once; later calls share the same promise. */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      htmlLabels: false,
      // Mermaid 12 defaults to the ELK layout, a 460 KB (gzipped) download; dagre draws these
      // diagrams well and is a small fraction of that.
      layout: 'dagre',
      look: 'classic',
      state: { layout: 'dagre', look: 'classic', theme: 'neutral' },
      // Wider boxes: a strategy's sentence reads in a few lines instead of a narrow column.
      flowchart: { wrappingWidth: 320, nodeSpacing: 30, rankSpacing: 60 },
      theme: 'neutral',
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      suppressErrorRendering: true,
    });
    return mermaid;
  });
  loading.catch(() => {
    // A failed chunk download (offline) should be retried on the next diagram, not cached.
    loading = null;
  });
  return loading;
}

/**
 * Renders mermaid source to an SVG string; never throws. Calls are served in order.
 * Flowchart labels are broken into lines first (`prewrap.ts`), which spares mermaid most of
 * its text measuring. State diagrams get HTML labels through front matter we write ourselves (never user text):
 * their SVG-text edge labels show entity codes such as `#91;` literally (mermaid 12.3).
 */
export function renderMermaid(source: string): Promise<MermaidRender> {
  const text = /^stateDiagram/.test(source) ? `---\nconfig:\n  htmlLabels: true\n---\n${source}` : prewrapLabels(source);
  const run = queue.then(() => renderNow(text));
  queue = run.catch(() => undefined);
  return run;
}

async function renderNow(source: string): Promise<MermaidRender> {
  counter += 1;
  const id = `sixsources-diagram-${counter}`;
  try {
    const mermaid = await loadMermaid();
    await mermaid.parse(source);
    const { svg } = await mermaid.render(id, source);
    return { ok: true, svg };
  } catch (error) {
    return { ok: false, error: describe(error) };
  } finally {
    // Mermaid leaves a scratch element behind when a render fails.
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
