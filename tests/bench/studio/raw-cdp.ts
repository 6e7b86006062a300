/**
 * A Chromium driven over the DevTools protocol directly (`--remote-debugging-pipe`), with only
 * the domains a load measurement needs: targets, page, emulation and `Runtime.evaluate`.
 *
 * Why not Playwright here: Playwright enables the `Runtime`, `Network` and other domains on
 * every page. With `Runtime` on, V8's inspector records a detailed stack trace (line and
 * column of every frame) for each error object created; React creates its internal errors
 * while its module is evaluated, so a fresh page load under Playwright pays for V8 re-parsing
 * the whole entry chunk to find source positions (150-200 ms of the main thread at 4× in a
 * trace, under 1 ms with no DevTools attached), work a visitor's browser never does.
 * `Runtime.evaluate` works without `Runtime.enable`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium.ts';

type Params = Record<string, unknown>;

/** One protocol connection to a running Chromium; `sessionId` addresses an attached page. */
export interface RawChromium {
  send<T = Params>(method: string, params?: Params, sessionId?: string): Promise<T>;
  /** Resolves with the params of the next `method` event of `sessionId`. */
  next<T = Params>(method: string, sessionId: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

interface Waiter {
  method: string;
  sessionId: string;
  resolve(params: Params): void;
}

/** Starts headless Chromium with a fresh profile and connects to it over the debugging pipe. */
export async function launchRawChromium(): Promise<RawChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'sixsources-raw-cdp-'));
  const child: ChildProcess = spawn(chromiumPath(), [...CHROMIUM_ARGS, '--headless', '--no-first-run', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const replies = new Map<number, { resolve(result: Params): void; reject(error: Error): void; method: string }>();
  let waiters: Waiter[] = [];
  let nextId = 1;
  let buffer = '';
  let exited: Error | null = null;

  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    // Messages are JSON separated by NUL bytes.
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as { id?: number; result?: Params; error?: { message: string }; method?: string; params?: Params; sessionId?: string };
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const reply = replies.get(message.id);
        replies.delete(message.id);
        if (message.error) reply?.reject(new Error(`${reply.method}: ${message.error.message}`));
        else reply?.resolve(message.result ?? {});
      } else if (message.method !== undefined) {
        const matching = waiters.filter((w) => w.method === message.method && w.sessionId === (message.sessionId ?? ''));
        waiters = waiters.filter((w) => !matching.includes(w));
        for (const waiter of matching) waiter.resolve(message.params ?? {});
      }
    }
  });
  child.on('exit', (code) => {
    exited = new Error(`Chromium exited (code ${String(code)})`);
    for (const reply of replies.values()) reply.reject(exited);
    replies.clear();
  });

  return {
    send<T>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
      if (exited !== null) return Promise.reject(exited);
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        replies.set(id, { resolve: resolve as (result: Params) => void, reject, method });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId !== undefined && { sessionId }) })}\0`);
      });
    },
    next<T>(method: string, sessionId: string, timeoutMs = 60_000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const waiter: Waiter = { method, sessionId, resolve: resolve as (params: Params) => void };
        waiters.push(waiter);
        setTimeout(() => {
          if (!waiters.includes(waiter)) return;
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`no ${method} within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    async close() {
      if (exited === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await gone;
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}
