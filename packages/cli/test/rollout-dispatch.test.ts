import { expect, test } from 'vitest';
import { dispatchRollout } from '../src/rollout-dispatch.ts';
import type { CliIo } from '../src/io.ts';

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    io: { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: '.' },
    out: () => stdout,
    err: () => stderr,
  };
}

test('rollout arguments and exit status pass through the rollout module', async () => {
  const { io, out } = capture();
  const code = await dispatchRollout(['advance', 'district.json'], io, '../test/fixtures/rollout-stub.ts');
  expect(code).toBe(7);
  expect(out()).toBe('rollout got ["advance","district.json"]\n');
});

test('without a rollout module, rollout says it is not available and exits 2', async () => {
  const { io, err } = capture();
  const code = await dispatchRollout(['status'], io, './commands/no-rollout-here.ts');
  expect(code).toBe(2);
  expect(err()).toBe('sixsources: rollout commands are not available in this build\n');
});

test('a rollout module that fails to load is an error, not "not available"', async () => {
  const { io } = capture();
  await expect(dispatchRollout(['status'], io, '../test/fixtures/rollout-broken.ts')).rejects.toThrow(/no-such-helper/);
});
