#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (a test tool's own browser download fails on
// these machines). Install it when missing and we are allowed to; otherwise say how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Chromium was not found at ${path}. The end-to-end tests need it:\n` +
      `  sudo apt-get install -y chromium   (Debian/Ubuntu)\n` +
      `or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
console.log('Installing Chromium for the end-to-end tests (apt-get)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync('apt-get install -y -qq chromium', { stdio: 'inherit', env });
