/**
 * What every import of a hostile file must satisfy, whatever the file holds, plus the
 * file's own expectation (see `Expectation` in support/hostile.ts).
 */
import { expect } from 'vitest';
import {
  MAX_REPORTED_ISSUES,
  PLAN_SCHEMA_VERSION,
  comparePaths,
  parsePlanDocument,
  parsePlanValue,
  serializePlan,
  validatePlan,
  type ParsePlanResult,
  type PlanIssue,
  type PlanIssueCode,
} from '../../src/plan/index.ts';
import type { Expectation, HostileFile } from '../support/hostile.ts';
import { expectPrototypesUntouched } from './prototype-guard.ts';

const CODES: ReadonlySet<PlanIssueCode> = new Set([
  'too-large',
  'not-json',
  'too-deep',
  'forbidden-key',
  'not-a-plan-file',
  'too-new',
  'unknown-version',
  'invalid',
  'broken-reference',
  'duplicate-id',
  'wrong-tactic',
  'dates-out-of-order',
  'migration-failed',
]);

/** The parser's last line of defence: seeing it for text input means something inside threw. */
const CAUGHT_THROW = /^could not read this plan: /;

/** Imports `file.text` and checks everything an import of it must satisfy. */
export function checkHostileImport(file: HostileFile): ParsePlanResult {
  const result = parsePlanDocument(file.text);
  const context = `${file.kind}: ${describeResult(result)}`;
  expectWellFormed(result, context);
  expectMeets(result, file.expect, context);
  expectPathsInsideTheFile(result, file.text, context);
  expectSameAsParsedValue(result, file.text, context);
  if (result.ok) expectSavesAndReloads(result);
  expectPrototypesUntouched();
  return result;
}

/** A refusal has 1 to `MAX_REPORTED_ISSUES` errors, each with a path, a code and a message. */
export function expectWellFormed(result: ParsePlanResult, context = ''): void {
  expect(typeof result.ok, context).toBe('boolean');
  if (result.ok) return;
  expect(result.errors.length, context).toBeGreaterThan(0);
  expect(result.errors.length, context).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
  for (const issue of result.errors) {
    expect(typeof issue.path, context).toBe('string');
    expect(CODES.has(issue.code), context).toBe(true);
    expect(issue.message.trim().length, context).toBeGreaterThan(0);
    expect(issue.message, context).not.toMatch(CAUGHT_THROW);
  }
}

function expectMeets(result: ParsePlanResult, expectation: Expectation, context: string): void {
  switch (expectation.kind) {
    case 'any':
      return;
    case 'accepted':
      expect(result.ok, context).toBe(true);
      return;
    case 'accepted-or-refused-at':
      if (!result.ok) for (const issue of result.errors) expect(isAtOrInside(issue.path, expectation.path), context).toBe(true);
      return;
    case 'refused-at': {
      expect(result.ok, context).toBe(false);
      if (result.ok) return;
      for (const issue of result.errors) {
        expect(isAtOrInside(issue.path, expectation.path), context).toBe(true);
        if (expectation.code !== undefined) expect(issue.code, context).toBe(expectation.code);
      }
      return;
    }
    case 'refused-with': {
      expect(result.ok, context).toBe(false);
      if (result.ok) return;
      const wanted = [...expectation.errors].sort((a, b) => comparePaths(a.path, b.path)).slice(0, MAX_REPORTED_ISSUES);
      expect(result.errors.map(({ path, code }) => ({ path, code })), context).toEqual(wanted);
      return;
    }
    case 'not-json': {
      expect(result.ok, context).toBe(false);
      if (result.ok) return;
      expect(result.errors, context).toHaveLength(1);
      const [issue] = result.errors as [PlanIssue];
      expect(issue.code, context).toBe('not-json');
      if (issue.message === 'the file is empty; a plan file is JSON') return;
      const where = /at line (\d+), column (\d+)/.exec(issue.message);
      expect(where, `${context}: a syntax error says where it is`).not.toBeNull();
      if (expectation.line !== undefined) expect(Number(where?.[1]), context).toBe(expectation.line);
      if (expectation.column !== undefined) expect(Number(where?.[2]), context).toBe(expectation.column);
    }
  }
}

/**
 * Each error's path leads into the file: every key on it up to the last exists (the last
 * may be a missing field). Checked for current-version JSON files; an upgraded file's
 * paths refer to the upgraded document.
 */
function expectPathsInsideTheFile(result: ParsePlanResult, text: string, context: string): void {
  if (result.ok || result.errors.some((issue) => issue.code === 'too-large' || issue.code === 'not-json')) return;
  const document = parseOrUndefined(text);
  if (document === undefined) return;
  const version = (document as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version < PLAN_SCHEMA_VERSION) return;
  for (const issue of result.errors) {
    if (issue.path === '') continue;
    expect(resolvesToParent(document, issue.path.split('.')), `${context}: path ${issue.path}`).toBe(true);
  }
}

/** Text and the value `JSON.parse` makes of it import the same way. */
function expectSameAsParsedValue(result: ParsePlanResult, text: string, context: string): void {
  if (!result.ok && result.errors.some((issue) => issue.code === 'too-large')) return; // refused unread
  const value = parseOrUndefined(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (value === undefined) return;
  expect(parsePlanValue(value), context).toEqual(result);
}

/** An accepted plan can be saved, and the saved file reads back as the same plan. */
function expectSavesAndReloads(result: Extract<ParsePlanResult, { ok: true }>): void {
  expect(validatePlan(result.plan)).toEqual({ ok: true, plan: result.plan });
  const again = parsePlanDocument(serializePlan(result.plan));
  expect(again.ok && again.plan).toEqual(result.plan);
}

/** True when `path` is `at` or lies inside it (`''` is the whole file). */
export function isAtOrInside(path: string, at: string): boolean {
  return at === '' || path === at || path.startsWith(`${at}.`);
}

/**
 * Walks `segments` but the last through `root`. Keys may themselves hold dots, so a
 * segment that is not a key is joined to the next one and tried again.
 */
function resolvesToParent(root: unknown, segments: readonly string[]): boolean {
  const walk = (at: unknown, from: number): boolean => {
    if (from >= segments.length - 1) return true;
    if (typeof at !== 'object' || at === null) return false;
    for (let to = from; to < segments.length - 1; to++) {
      const key = segments.slice(from, to + 1).join('.');
      if (Object.hasOwn(at, key) && walk((at as Record<string, unknown>)[key], to + 1)) return true;
    }
    return false;
  };
  return walk(root, 0);
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeResult(result: ParsePlanResult): string {
  if (result.ok) return 'accepted';
  return JSON.stringify(result.errors.slice(0, 3).map(({ path, code, message }) => ({ path: path.slice(0, 120), code, message: message.slice(0, 160) })));
}
