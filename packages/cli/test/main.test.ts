import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../src/main.ts';
import { hasStackTrace, run, scratchDir } from './support/run.ts';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());

describe('help and version', () => {
  test('--help lists every command and exits 0', async () => {
    const { code, stdout, stderr } = await run(['--help'], scratch.dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of ['validate', 'coach', 'render', 'report', 'schema', 'new', 'rollout']) {
      expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  test('"help <command>" and "<command> --help" print that command’s usage', async () => {
    const viaHelp = await run(['help', 'coach'], scratch.dir);
    const viaFlag = await run(['coach', '--help'], scratch.dir);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toMatch(/^Usage: sixsources coach <file>/);
    expect(viaHelp.stdout).toContain('--fail-on');
    expect(viaFlag).toEqual(viaHelp);
  });

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const { code, stdout } = await run(['--version'], scratch.dir);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});

describe('usage errors exit 2 and say what to do', () => {
  test('no command prints the usage to stderr', async () => {
    const { code, stdout, stderr } = await run([], scratch.dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: sixsources <command>');
  });

  test('an unknown command is named, with the usage', async () => {
    const { code, stderr } = await run(['lint', 'plan.json'], scratch.dir);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "lint"');
    expect(stderr).toContain('Usage: sixsources <command>');
  });

  test.each([
    [['validate', 'p.json', '--strict'], 'unknown option "--strict"'],
    [['validate'], 'validate needs <file>'],
    [['validate', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['coach', 'p.json', '--json=yes'], 'option "--json" does not take a value'],
    [['coach', 'p.json', '--today'], 'option "--today" needs a value'],
    [['help', 'lint'], 'unknown command "lint"'],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv, scratch.dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/Run "sixsources( \w+)? --help" for usage\./);
  });
});

test('an unexpected failure prints one "internal error" line, never a stack trace', async () => {
  let stderr = '';
  const code = await main(['schema'], {
    stdout: {
      write() {
        throw new Error('disk on fire');
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: scratch.dir,
  });
  expect(code).toBe(2);
  expect(stderr).toBe('sixsources: internal error: disk on fire\n');
});

test('rollout is dispatched to its module, or says it is not available', async () => {
  const { code, stderr } = await run(['rollout', '--help'], scratch.dir);
  const present = existsSync(new URL('../src/commands/rollout.ts', import.meta.url));
  if (present) {
    expect(stderr).not.toContain('not available');
  } else {
    expect(code).toBe(2);
    expect(stderr).toBe('sixsources: rollout commands are not available in this build\n');
  }
  expect(hasStackTrace(stderr)).toBe(false);
});

test('a reader that closes the pipe early ends output quietly; other write errors get one line', async () => {
  class Pipe extends EventEmitter {
    text = '';
    write(chunk: string) {
      this.text += chunk;
      return true;
    }
  }
  const stdout = new Pipe();
  let stderr = '';
  expect(await main(['schema'], { stdout, stderr: { write: (t: string) => (stderr += t) }, cwd: scratch.dir })).toBe(0);
  stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  expect(stderr).toBe('');
  stdout.emit('error', Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
  expect(stderr).toBe('sixsources: cannot write output: no space left on device\n');
});
