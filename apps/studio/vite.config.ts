/**
 * Vite build of the studio. Mermaid is heavy (hundreds of KB gzipped), so the build fails if it
 * ever becomes part of the first screen: it may only be reached through a dynamic `import()`.
 * The library's code is hinted for download with the entry on the library's address, and the
 * first screen's code is marked for eager compilation.
 */
import { defineConfig, type Plugin, type Rollup } from 'vite';

type OutputChunk = Rollup.OutputChunk;
import react from '@vitejs/plugin-react';

/** Fails the build when a mermaid module is reachable from an entry through static imports. */
function keepMermaidLazy(): Plugin {
  return {
    name: 'sixsources:keep-mermaid-lazy',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = chunksOf(bundle);
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        for (const name of staticClosure(chunks, [entry])) {
          const mermaid = chunks.get(name)?.moduleIds.find((id) => /[\\/]node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?mermaid[\\/]/.test(id));
          if (mermaid !== undefined) {
            this.error(`mermaid (${mermaid}) is loaded by the first screen through ${name}; import it with import() only`);
          }
        }
      }
    },
  };
}

/**
 * Marks the first screen's code (the entry and what it imports statically) with V8's compile
 * hint: its functions nearly all run at load, so Chromium compiles them while the file
 * streams in, off the main thread, instead of one by one as each is first called.
 * https://v8.dev/blog/explicit-compile-hints
 */
function compileHints(): Plugin {
  return {
    name: 'sixsources:compile-hints',
    apply: 'build',
    // After Vite's own additions to the chunks: the hint must be the file's first line.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = chunksOf(bundle);
        for (const name of staticClosure(chunks, [...chunks.values()].filter((chunk) => chunk.isEntry))) {
          const chunk = chunks.get(name);
          if (chunk !== undefined) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}

/** The bundle's chunks (not its assets), by file name. */
function chunksOf(bundle: Rollup.OutputBundle): Map<string, OutputChunk> {
  const chunks = new Map<string, OutputChunk>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
  return chunks;
}

/** The file names of `roots` and every chunk they import statically. */
function staticClosure(chunks: ReadonlyMap<string, OutputChunk>, roots: readonly OutputChunk[]): Set<string> {
  const seen = new Set<string>();
  const queue = roots.map((chunk) => chunk.fileName);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(chunks.get(name)?.imports ?? []));
  }
  return seen;
}

/**
 * Starts downloading the library screen's code and words with the entry, on the library's
 * address (`#/library`) only: without the hint they would be requested after the entry has run, one more
 * round trip before a returning visitor sees their plans. They are still evaluated only when
 * the screen is shown (a `modulepreload` hint).
 */
function preloadLibrary(): Plugin {
  let base = '/';
  return {
    name: 'sixsources:preload-library',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = chunksOf(context.bundle ?? {});
        const closure = (roots: readonly OutputChunk[]) => staticClosure(chunks, roots);
        const entry = closure([...chunks.values()].filter((chunk) => chunk.isEntry));
        const library = [...chunks.values()].filter((chunk) => /[\\/]src[\\/]library[\\/](LibraryScreen\.tsx|messages\.ts)$/.test(chunk.facadeModuleId ?? ''));
        if (library.length < 2) this.error('the library screen or its catalog is no longer a chunk of its own: update sixsources:preload-library');
        const files = [...closure(library)].filter((name) => !entry.has(name)).map((name) => `${base}${name}`);
        // '#/library' only: a first visit comes to the root, and opens the demo plan instead.
        const script =
          `if (/^#\\/library\\/*$/.test(location.hash)) for (const href of ${JSON.stringify(files)}) ` +
          `document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' }));`;
        // Before the stylesheet: an inline script waits for the stylesheets above it.
        return { html, tags: [{ tag: 'script', children: script, injectTo: 'head-prepend' }] };
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), keepMermaidLazy(), preloadLibrary(), compileHints()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 3000 },
});
