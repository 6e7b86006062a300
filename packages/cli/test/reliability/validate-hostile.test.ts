/**
 * The command line given the import fuzzer's hostile files: it agrees with the core on
 * every file, refuses with exit status 1 or 2 and a readable message, never prints a stack
 * trace or a terminal control character, and its other plan commands cope with whatever
 * odd plans the import accepts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { LIMITS, parsePlanDocument, serializePlan } from '@sixsources/core';
import { chaoticFile, documentOf, hostileFile, textWithRaw, type HostileFile } from '../../../core/test/support/hostile.ts';
import { minimalPlan } from '../../../core/test/support/minimal-plan.ts';
import { countTried, reportTried, runsFor, timeLimit } from '../../../core/test/reliability/fuzz-settings.ts';
import { hasStackTrace, run, scratchDir } from '../support/run.ts';

// Megabyte files and 100,000-level walks: slow on a busy machine, however correct.
vi.setConfig({ testTimeout: 30_000 });

const scratch = scratchDir();
afterAll(() => {
  scratch.cleanup();
  reportTried('sixsources validate');
});

/** C0 and C1 controls but the line feed: they can move a terminal's cursor or recolor it. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Most lines a refusal prints: the core reports at most 50 problems, then one summary line. */
const MAX_LINES = 51;

/** Writes the file and runs `sixsources validate` on it, checking everything a refusal must satisfy. */
async function validateHostile(file: HostileFile, name = 'hostile.json'): Promise<void> {
  countTried(file.kind.startsWith('chaos') ? 'chaos' : file.kind);
  writeFileSync(join(scratch.dir, name), file.bytes ?? file.text);
  // The core's verdict on exactly what the command will read (UTF-8, as the CLI reads it).
  const verdict = parsePlanDocument(readFileSync(join(scratch.dir, name), 'utf8'));
  const { code, stdout, stderr } = await run(['validate', name], scratch.dir);
  const context = `${file.kind}: exit ${code}, stderr ${JSON.stringify(stderr.slice(0, 300))}`;
  expect(hasStackTrace(stderr), context).toBe(false);
  expect(stderr, context).not.toMatch(/^ {4}at /m);
  expect(stderr, context).not.toContain('internal error');
  expect(CONTROL.test(stderr) || CONTROL.test(stdout), `${context}: a control character reached the terminal`).toBe(false);
  if (verdict.ok) {
    expect(code, context).toBe(0);
    expect(stdout, context).toMatch(new RegExp(`^${name.replace('.', '\\.')}: valid plan `));
    await otherCommandsCope(name, context);
    return;
  }
  expect([1, 2], context).toContain(code);
  expect(stdout, context).toBe('');
  const lines = stderr.trimEnd().split('\n');
  expect(lines.length, context).toBeGreaterThan(0);
  expect(lines.length, context).toBeLessThanOrEqual(MAX_LINES);
  for (const line of lines) expect(line, context).toMatch(new RegExp(`^(${name.replace('.', '\\.')}: .+|sixsources: .+)$`));
  expect(lines.at(-1), context).toMatch(/^sixsources: .+ is not a valid plan \(/);
}

/** A plan the import accepts, however odd, is coached, reported and drawn without breaking. */
async function otherCommandsCope(name: string, context: string): Promise<void> {
  for (const argv of [
    ['report', name, '--today', '2026-01-05'],
    ['render', name, '--diagram', 'plan'],
    ['coach', name, '--fail-on', 'none', '--today', '2026-01-05'],
  ]) {
    const { code, stderr } = await run(argv, scratch.dir);
    expect(code, `${context}: ${argv[0]}: ${stderr.slice(0, 300)}`).toBe(0);
    expect(hasStackTrace(stderr), `${context}: ${argv[0]}`).toBe(false);
  }
}

describe('sixsources validate on hostile files', () => {
  it('one mutation: agrees with the core, refuses cleanly', { timeout: timeLimit(60_000) }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile(), (file) => validateHostile(file)),
      { numRuns: runsFor(0.5) },
    );
  });

  it('several mutations at once: agrees with the core, refuses cleanly', { timeout: timeLimit(60_000) }, async () => {
    await fc.assert(
      fc.asyncProperty(chaoticFile(), (file) => validateHostile(file)),
      { numRuns: runsFor(0.5) },
    );
  });

  const document = documentOf(minimalPlan());
  const plan = serializePlan(minimalPlan());
  const extremes: HostileFile[] = [
    { kind: 'empty', text: '', expect: { kind: 'any' } },
    { kind: 'nesting 100,000 deep', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, expect: { kind: 'any' } },
    { kind: 'nesting never closed', text: '{"a":'.repeat(100_000), expect: { kind: 'any' } },
    { kind: '100,000 behaviors', text: textWithRaw(document, ['plan', 'behaviors'], JSON.stringify(Array(100_000).fill({}))).text, expect: { kind: 'any' } },
    { kind: 'over the size limit', text: `${plan.trimEnd()}${' '.repeat(LIMITS.maxDocumentBytes)}`, expect: { kind: 'any' } },
    { kind: '__proto__ escaped', text: textWithRaw(document, ['plan'], '{"polluted":1}', { rawKey: '"\\u005f\\u005fproto__"' }).text, expect: { kind: 'any' } },
    { kind: 'NaN', text: textWithRaw(document, ['plan', 'organization', 'students'], 'NaN', { pretty: true }).text, expect: { kind: 'any' } },
    { kind: 'impossible date', text: textWithRaw(document, ['plan', 'strategies', 0, 'start'], '"2023-02-30"').text, expect: { kind: 'any' } },
    { kind: 'from the future', text: JSON.stringify({ ...document, schemaVersion: 3 }), expect: { kind: 'any' } },
    { kind: 'control characters in a key', text: textWithRaw(document, ['plan'], '{"__proto__":1}', { rawKey: '"\\u001b[2J\\u001b]0;owned\\u0007"' }).text, expect: { kind: 'any' } },
    { kind: 'gzip', text: '', bytes: gzipSync(plan), expect: { kind: 'any' } },
    { kind: 'UTF-16', text: '', bytes: Buffer.from(`\uFEFF${plan}`, 'utf16le'), expect: { kind: 'any' } },
    { kind: 'NUL bytes', text: '', bytes: new Uint8Array(4_096), expect: { kind: 'any' } },
  ];
  for (const file of extremes) {
    it(`${file.kind}: refused cleanly`, async () => {
      await validateHostile(file, `file-${file.kind.replace(/[^a-z0-9]+/gi, "-")}.json`);
    });
  }
});
