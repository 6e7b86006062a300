import { afterAll, describe, expect, test } from 'vitest';
import { coachPlan, parsePlanDocument } from '@sixsources/core';
import { run, scratchDir, templateFile } from './support/run.ts';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());
const TODAY = '2026-11-23';
const socorro = scratch.write('socorro.json', templateFile('socorro-literacy'));
const draft = scratch.write('draft.json', templateFile('district-blended-learning'));
const draftEs = scratch.write('borrador.json', templateFile('district-blended-learning', 'es'));

/** What the core's coach says about a plan file, to compare the CLI against. */
function expected(name: 'socorro-literacy' | 'district-blended-learning', language: 'en' | 'es' = 'en') {
  const parsed = parsePlanDocument(templateFile(name, language));
  if (!parsed.ok) throw new Error('template did not parse');
  return coachPlan(parsed.plan, { today: TODAY });
}

describe('coach', () => {
  test('--json prints exactly the coach’s report', async () => {
    const { code, stdout } = await run(['coach', draft, '--json', '--fail-on', 'none', '--today', TODAY], scratch.dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected('district-blended-learning'));
  });

  test('people see every finding grouped by severity, with its paths and suggestion', async () => {
    const report = expected('district-blended-learning');
    const { stdout } = await run(['coach', draft, '--today', TODAY], scratch.dir);
    const errorsAt = stdout.indexOf('Errors (block approval):');
    const warningsAt = stdout.indexOf('Warnings:');
    expect(errorsAt).toBeGreaterThan(0);
    expect(warningsAt).toBeGreaterThan(errorsAt);
    for (const finding of report.findings) {
      const at = stdout.indexOf(`[${finding.code}] ${finding.message}`);
      expect(at, finding.code).toBeGreaterThan(0);
      if (finding.severity === 'error') expect(at).toBeLessThan(warningsAt);
      else expect(at).toBeGreaterThan(warningsAt);
      expect(stdout).toContain(`at: ${finding.paths.join(', ')}`);
      expect(stdout).toContain(`try: ${finding.suggestion}`);
    }
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^draft\\.json: ".+": ${errors} errors?, `));
  });

  test('a Spanish plan gets Spanish headings', async () => {
    const { stdout } = await run(['coach', draftEs, '--today', TODAY], scratch.dir);
    expect(stdout).toContain('Errores (impiden la aprobación):');
    expect(stdout).toContain('Advertencias:');
  });

  test('by default only errors fail: the draft exits 1, the Socorro plan exits 0', async () => {
    expect(expected('socorro-literacy').findings.some((f) => f.severity === 'error')).toBe(false);
    const good = await run(['coach', socorro, '--today', TODAY], scratch.dir);
    expect(good.code).toBe(0);
    expect(good.stderr).toBe('');
    const bad = await run(['coach', draft, '--today', TODAY], scratch.dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^sixsources: draft\.json: \d+ findings? (is|are) at --fail-on error or above$/m);
  });

  test('--fail-on warning fails on warnings; --fail-on none never fails a valid plan', async () => {
    expect(expected('socorro-literacy').findings.some((f) => f.severity === 'warning')).toBe(true);
    expect((await run(['coach', socorro, '--fail-on', 'warning', '--today', TODAY], scratch.dir)).code).toBe(1);
    expect((await run(['coach', draft, '--fail-on', 'none', '--today', TODAY], scratch.dir)).code).toBe(0);
  });

  test('--today changes what is overdue or stale', async () => {
    const early = await run(['coach', socorro, '--json', '--today', '2024-07-01'], scratch.dir);
    const late = await run(['coach', socorro, '--json', '--today', TODAY], scratch.dir);
    const stale = (out: string) => (JSON.parse(out) as { findings: { code: string }[] }).findings.filter((f) => f.code === 'measure-stale');
    expect(stale(early.stdout)).toHaveLength(0);
    expect(stale(late.stdout).length).toBeGreaterThan(0);
  });

  test.each([
    [['--today', '2026-02-30'], '--today must be a calendar date YYYY-MM-DD, not "2026-02-30"'],
    [['--today', 'tomorrow'], '--today must be a calendar date'],
    [['--fail-on', 'fatal'], '--fail-on must be one of error, warning, info, none, not "fatal"'],
  ])('bad option %j exits 2', async (options, message) => {
    const { code, stdout, stderr } = await run(['coach', socorro, ...options], scratch.dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  test('an invalid plan exits 1 with its problems, before any coaching', async () => {
    const file = scratch.write('broken.json', templateFile('socorro-literacy').replace('"cadence": "yearly"', '"cadence": "daily"'));
    const { code, stdout, stderr } = await run(['coach', file, '--json'], scratch.dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^broken\.json: plan\.result\.measures\.0\.cadence: /m);
  });
});
