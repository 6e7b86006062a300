import { afterAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { hasStackTrace, run, scratchDir, templateFile } from './support/run.ts';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());

/** A template's plan file with one change applied to its parsed JSON. */
function corrupted(change: (file: { plan: Record<string, any> }) => void): string {
  const file = JSON.parse(templateFile('socorro-literacy'));
  change(file);
  return JSON.stringify(file, null, 2);
}

describe('validate', () => {
  test('a valid plan file exits 0 and names the plan', async () => {
    const file = scratch.write('socorro.json', templateFile('socorro-literacy'));
    const { code, stdout, stderr } = await run(['validate', file], scratch.dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe('socorro.json: valid plan "Socorro ISD: early literacy through blended learning"\n');
  });

  test('a behavior whose "who" is a number exits 1 naming the file and the path', async () => {
    const file = scratch.write('who.json', corrupted((f) => (f.plan.behaviors[1].who = 5)));
    const { code, stdout, stderr } = await run(['validate', file], scratch.dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^who\.json: plan\.behaviors\.1\.who: .+$/m);
    expect(stderr).toContain('sixsources: who.json is not a valid plan (1 problem)');
  });

  test('a strategy pointing at a missing behavior exits 1 naming both ends of the link', async () => {
    const file = scratch.write('dangling.json', corrupted((f) => (f.plan.strategies[2].behaviorIds = ['beh-gone'])));
    const { code, stderr } = await run(['validate', file], scratch.dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^dangling\.json: plan\.strategies\.2\.behaviorIds\.0: .*beh-gone/m);
  });

  test('a truncated file exits 1 with the line and column', async () => {
    const text = templateFile('socorro-literacy');
    const file = scratch.write('cut.json', text.slice(0, Math.floor(text.length / 2)));
    const { code, stderr } = await run(['validate', file], scratch.dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cut\.json: not valid JSON at line \d+, column \d+/m);
  });

  test('a file from a newer version is refused, not guessed at', async () => {
    const file = scratch.write('future.json', corrupted((f) => ((f as Record<string, unknown>).schemaVersion = 99)));
    const { code, stderr } = await run(['validate', file], scratch.dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^future\.json: schemaVersion: .*newer/m);
  });

  test('a missing file exits 2 and says so', async () => {
    const { code, stdout, stderr } = await run(['validate', 'nowhere/plan.json'], scratch.dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('sixsources: cannot read nowhere/plan.json: no such file\n');
  });

  test('a directory exits 2 and says so', async () => {
    const { code, stderr } = await run(['validate', '.'], scratch.dir);
    expect(code).toBe(2);
    expect(stderr).toBe('sixsources: cannot read .: it is a directory, not a file\n');
  });

  test('control characters in a plan never reach the terminal', async () => {
    const file = scratch.write('ansi.json', corrupted((f) => (f.plan.title = 'Plan \u001b[2J\u001b[31mred')));
    const { code, stdout } = await run(['validate', file], scratch.dir);
    expect(code).toBe(0);
    expect(stdout).not.toContain('\u001b');
  });

  test('any single corruption exits 0 or 1 with a message naming the file, never a stack trace', async () => {
    const base = JSON.parse(templateFile('socorro-literacy'));
    const paths = allPaths(base);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }), fc.constant({})),
        async (path, value) => {
          const file = structuredClone(base);
          setAt(file, path, value);
          const name = scratch.write('fuzz.json', JSON.stringify(file));
          const { code, stderr } = await run(['validate', name], scratch.dir);
          expect([0, 1]).toContain(code);
          expect(hasStackTrace(stderr)).toBe(false);
          if (code === 1) {
            for (const line of stderr.trimEnd().split('\n')) expect(line).toMatch(/^(fuzz\.json: |sixsources: fuzz\.json )/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Every path to a value in a JSON tree, as key lists. */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => allPaths(child, [...prefix, key]))].filter((p) => p.length > 0);
}

function setAt(root: any, path: readonly (string | number)[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1] as string | number] = value;
}
