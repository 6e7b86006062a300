/** Where Chromium is and how it is started (shared by the global setup and the tests). */

/** Debian's Chromium unless `CHROMIUM_PATH` names another binary. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Flags for a quiet, headless Chromium that runs as root inside a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
