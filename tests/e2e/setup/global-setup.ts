/**
 * Once per e2e run: check that Chromium is installed, build the studio with Vite into a
 * temporary folder, serve it, and start Chromium as a Playwright server the test files
 * connect to. Set `E2E_BUILD_DIR` to reuse an existing build while iterating.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveFolder } from './static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.ts';

const STUDIO = resolve(import.meta.dirname, '../../../apps/studio');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}; the end-to-end tests drive it.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }

  const reused = process.env.E2E_BUILD_DIR;
  const outDir = reused ?? (await mkdtemp(join(tmpdir(), 'sixsources-e2e-')));
  if (reused === undefined) await buildStudio(outDir);

  const server = await serveFolder(outDir);
  const browser = await chromium.launchServer({ executablePath, args: [...CHROMIUM_ARGS] });
  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());

  return async () => {
    await browser.close();
    await server.close();
    if (reused === undefined) await rm(outDir, { recursive: true, force: true });
  };
}

/** `vite build` of the studio into `outDir`; its output is shown only when it fails. */
export function buildStudio(outDir: string): Promise<void> {
  const vite = join(STUDIO, 'node_modules/.bin/vite');
  return new Promise((done, fail) => {
    const child = spawn(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: STUDIO,
      // The build people get: vitest sets NODE_ENV to 'test', which would give React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build of the studio failed (exit ${code}):\n${output}`))));
  });
}
