import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parsePlanDocument } from '@sixsources/core';

const bin = fileURLToPath(new URL('../bin/sixsources.js', import.meta.url));

test('the installed bin prints a plan from a template', async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, 'new', '--template', 'socorro-literacy'], {
    timeout: 60_000,
  });
  expect(stderr).toBe('');
  const parsed = parsePlanDocument(stdout);
  expect(parsed.ok && parsed.plan.result.measures[0]?.target.value).toBe(79);
}, 60_000);
