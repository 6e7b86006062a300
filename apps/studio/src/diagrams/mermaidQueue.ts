/**
 * The only door to mermaid. Mermaid is large, so it is fetched with `import()` the first time
 * a diagram is shown, and configured once: strict security (mermaid sanitizes its own SVG),
 * no scanning of the page, SVG text labels (no HTML inside the picture, and PNG export works),
 * and the small dagre layout instead of mermaid 12's default ELK.
 * Renders run one at a time, each with a fresh element id.
 */
import type { Mermaid } from 'mermaid';

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

/** How a diagram is laid out: dagre (small, the default) or ELK (a large download, a tidier grid). */
export type MermaidLayout = 'dagre' | 'elk';

/**
 * Renders mermaid source to an SVG string; never throws. Calls are served in order.
 * Per-picture settings go in front matter we write ourselves (never user text):
 * `layout: 'elk'` for pictures that need it, and HTML labels for state diagrams, whose
 * SVG-text edge labels show entity codes such as `#91;` literally (mermaid 12.3).
 */
export function renderMermaid(source: string, layout: MermaidLayout = 'dagre'): Promise<MermaidRender> {
  const settings = [
    ...(layout === 'elk' ? ['  layout: elk'] : []),
    ...(/^stateDiagram/.test(source) ? ['  htmlLabels: true'] : []),
  ];
  const text = settings.length === 0 ? source : `---\nconfig:\n${settings.join('\n')}\n---\n${source}`;
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
