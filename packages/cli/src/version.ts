/** The version of this command line, read from its package.json. */
import { readFile } from 'node:fs/promises';

/** `@sixsources/cli`'s version, e.g. `0.1.0`. */
export async function cliVersion(): Promise<string> {
  const text = await readFile(new URL('../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}
