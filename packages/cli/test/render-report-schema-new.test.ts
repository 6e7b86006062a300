import { afterAll, describe, expect, test } from 'vitest';
import {
  PLAN_DIAGRAM_KINDS,
  TEMPLATE_NAMES,
  parsePlanDocument,
  planDiagram,
  planDocumentJsonSchema,
  renderPlanReport,
} from '@sixsources/core';
import { run, scratchDir, templateFile } from './support/run.ts';

const scratch = scratchDir();
afterAll(() => scratch.cleanup());
const TODAY = '2026-11-23';
const socorro = scratch.write('socorro.json', templateFile('socorro-literacy'));
const plan = (() => {
  const parsed = parsePlanDocument(templateFile('socorro-literacy'));
  if (!parsed.ok) throw new Error('template did not parse');
  return parsed.plan;
})();

describe('render', () => {
  test.each(PLAN_DIAGRAM_KINDS)('--diagram %s prints that diagram’s Mermaid source', async (kind) => {
    const { code, stdout, stderr } = await run(['render', socorro, '--diagram', kind, '--today', TODAY], scratch.dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimEnd()).toBe(planDiagram(plan, kind, { today: TODAY }).trimEnd());
  });

  test('a missing or unknown --diagram exits 2 and lists the kinds', async () => {
    const missing = await run(['render', socorro], scratch.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`render needs --diagram ${PLAN_DIAGRAM_KINDS.join('|')}`);
    const unknown = await run(['render', socorro, '--diagram', 'pie'], scratch.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`--diagram must be one of ${PLAN_DIAGRAM_KINDS.join(', ')}, not "pie"`);
  });
});

describe('report', () => {
  test('prints the plan’s report for the given day', async () => {
    const { code, stdout, stderr } = await run(['report', socorro, '--today', TODAY], scratch.dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trimEnd()).toBe(renderPlanReport(plan, { today: TODAY }).trimEnd());
    expect(stdout).toContain('Socorro ISD');
  });

  test('a missing file exits 2', async () => {
    const { code, stderr } = await run(['report', 'missing.json'], scratch.dir);
    expect(code).toBe(2);
    expect(stderr).toBe('sixsources: cannot read missing.json: no such file\n');
  });
});

describe('schema', () => {
  test('prints the JSON Schema of a plan file', async () => {
    const { code, stdout } = await run(['schema'], scratch.dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(planDocumentJsonSchema());
  });

  test('takes no arguments', async () => {
    expect((await run(['schema', 'plan.json'], scratch.dir)).code).toBe(2);
  });
});

describe('new', () => {
  test.each(TEMPLATE_NAMES.flatMap((name) => [[name, 'en'], [name, 'es']] as const))(
    '--template %s --language %s prints a valid plan file in that language',
    async (name, language) => {
      const { code, stdout, stderr } = await run(['new', '--template', name, '--language', language], scratch.dir);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      const parsed = parsePlanDocument(stdout);
      expect(parsed.ok ? parsed.plan.language : parsed.errors).toBe(language);
    },
  );

  test('the language defaults to English', async () => {
    const { stdout } = await run(['new', '--template', 'blank'], scratch.dir);
    const parsed = parsePlanDocument(stdout);
    expect(parsed.ok && parsed.plan.title).toBe('Untitled plan');
  });

  test.each([
    [['new'], `new needs --template ${TEMPLATE_NAMES.join('|')}`],
    [['new', '--template', 'socorro'], `--template must be one of ${TEMPLATE_NAMES.join(', ')}, not "socorro"`],
    [['new', '--template', 'blank', '--language', 'fr'], '--language must be one of en, es, not "fr"'],
  ])('%j exits 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv, scratch.dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  test('its help lists the templates', async () => {
    const { stdout } = await run(['new', '--help'], scratch.dir);
    for (const name of TEMPLATE_NAMES) expect(stdout).toContain(`  ${name} `);
  });
});
