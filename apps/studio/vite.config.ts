/**
 * Vite build of the studio. Mermaid is heavy (hundreds of KB gzipped), so the build fails if it
 * ever becomes part of the first screen: it may only be reached through a dynamic `import()`.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Fails the build when a mermaid module is reachable from an entry through static imports. */
function keepMermaidLazy(): Plugin {
  return {
    name: 'sixsources:keep-mermaid-lazy',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { imports: string[]; moduleIds: string[]; isEntry: boolean }>();
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') chunks.set(fileName, output);
      }
      for (const [entryName, entry] of chunks) {
        if (!entry.isEntry) continue;
        const seen = new Set<string>();
        const queue = [entryName];
        while (queue.length > 0) {
          const name = queue.pop() as string;
          if (seen.has(name)) continue;
          seen.add(name);
          const chunk = chunks.get(name);
          if (chunk === undefined) continue;
          const mermaid = chunk.moduleIds.find((id) => /[\\/]node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?mermaid[\\/]/.test(id));
          if (mermaid !== undefined) {
            this.error(`mermaid (${mermaid}) is loaded by the first screen through ${name}; import it with import() only`);
          }
          queue.push(...chunk.imports);
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), keepMermaidLazy()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 3000 },
});
