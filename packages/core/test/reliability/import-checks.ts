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
  PLAN_ISSUE_CODES,
  type PlanIssueCode,
} from '../../src/plan/index.ts';
import type { Expectation, HostileFile } from '../support/hostile.ts';
import { countTried } from './fuzz-settings.ts';
import { expectPrototypesUntouched } from './prototype-guard.ts';

const CODES: ReadonlySet<PlanIssueCode> = new Set(PLAN_ISSUE_CODES);

/** The parser's last line of defence: seeing it for text input means something inside threw. */
const CAUGHT_THROW = /^could not read this plan: /;

/** Imports `file.text` and checks everything an import of it must satisfy. */
export function checkHostileImport(file: HostileFile): ParsePlanResult {
  countTried(file.kind.startsWith('chaos') ? 'chaos' : file.kind);
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
  ensure(typeof result.ok === 'boolean', context, 'the result says ok or not');
  if (result.ok) return;
  ensure(result.errors.length > 0 && result.errors.length <= MAX_REPORTED_ISSUES, context, `1 to ${MAX_REPORTED_ISSUES} errors`);
  for (const issue of result.errors) {
    ensure(typeof issue.path === 'string', context, 'every error has a path');
    ensure(CODES.has(issue.code), context, `a known code, not ${issue.code}`);
    ensure(typeof issue.message === 'string' && issue.message.trim() !== '', context, 'every error has a message');
    ensure(!CAUGHT_THROW.test(issue.message), context, 'nothing inside the import threw');
  }
}

function expectMeets(result: ParsePlanResult, expectation: Expectation, context: string): void {
  switch (expectation.kind) {
    case 'any':
      return;
    case 'accepted':
      ensure(result.ok, context, 'the file is read');
      return;
    case 'accepted-or-refused-at':
      if (!result.ok) for (const issue of result.errors) ensure(isAtOrInside(issue.path, expectation.path), context, `errors only at ${expectation.path}`);
      return;
    case 'refused-at': {
      if (result.ok) return ensure(false, context, `refused at ${expectation.path}`);
      for (const issue of result.errors) {
        ensure(isAtOrInside(issue.path, expectation.path), context, `errors only at or inside "${expectation.path}"`);
        if (expectation.code !== undefined) ensure(issue.code === expectation.code, context, `errors of code ${expectation.code}`);
      }
      return;
    }
    case 'refused-with': {
      if (result.ok) return ensure(false, context, 'refused');
      const wanted = [...expectation.errors].sort((a, b) => comparePaths(a.path, b.path)).slice(0, MAX_REPORTED_ISSUES);
      const found = result.errors.map(({ path, code }) => ({ path, code }));
      if (JSON.stringify(found) !== JSON.stringify(wanted)) expect(found, context).toEqual(wanted);
      return;
    }
    case 'not-json': {
      if (result.ok) return ensure(false, context, 'refused as not JSON');
      const [issue] = result.errors as [PlanIssue];
      ensure(result.errors.length === 1 && issue.code === 'not-json', context, 'one not-json error');
      if (issue.message === 'the file is empty; a plan file is JSON') return;
      const where = /at line (\d+), column (\d+)/.exec(issue.message);
      if (where === null) return ensure(false, context, 'a syntax error says where it is');
      const [line, column] = [Number(where[1]), Number(where[2])];
      ensure(expectation.line === undefined || line === expectation.line, context, `line ${expectation.line}`);
      ensure(expectation.column === undefined || column === expectation.column, context, `column ${expectation.column}`);
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
    ensure(resolvesToParent(document, issue.path.split('.')), context, `the path ${issue.path.slice(0, 200)} leads into the file`);
  }
}

/** Text and the value `JSON.parse` makes of it import the same way. */
function expectSameAsParsedValue(result: ParsePlanResult, text: string, context: string): void {
  if (!result.ok && result.errors.some((issue) => issue.code === 'too-large')) return; // refused unread
  const value = parseOrUndefined(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (value === undefined) return;
  const fromValue = parsePlanValue(value);
  if (JSON.stringify(fromValue) !== JSON.stringify(result)) expect(fromValue, context).toEqual(result);
}

/** An accepted plan can be saved, and the saved file reads back as the same plan. */
function expectSavesAndReloads(result: Extract<ParsePlanResult, { ok: true }>): void {
  const valid = validatePlan(result.plan);
  if (!valid.ok) expect(valid).toEqual({ ok: true, plan: result.plan });
  const again = parsePlanDocument(serializePlan(result.plan));
  if (!again.ok || JSON.stringify(again.plan) !== JSON.stringify(result.plan)) expect(again.ok && again.plan).toEqual(result.plan);
}

/** Fails the test with `what` was expected, and what the import said. Cheaper than `expect` in hot loops. */
function ensure(condition: boolean, context: string, what: string): void {
  if (!condition) expect.fail(`expected ${what} — ${context}`);
}

/** True when `path` is `at` or lies inside it (`''` is the whole file). */
export function isAtOrInside(path: string, at: string): boolean {
  return at === '' || path === at || path.startsWith(`${at}.`);
}

/**
 * Walks `segments` but the last through `root`. Keys may themselves hold dots, so a
 * segment that is not a key is joined to the next one and tried again; a segment ending
 * in "…" names a long key by its start.
 */
function resolvesToParent(root: unknown, segments: readonly string[]): boolean {
  const walk = (at: unknown, from: number): boolean => {
    if (from >= segments.length - 1) return true;
    if (typeof at !== 'object' || at === null) return false;
    for (let to = from; to < segments.length - 1; to++) {
      const segment = segments.slice(from, to + 1).join('.');
      for (const key of keysNamed(at, segment)) if (walk((at as Record<string, unknown>)[key], to + 1)) return true;
    }
    return false;
  };
  return walk(root, 0);
}

function keysNamed(at: object, segment: string): string[] {
  if (Object.hasOwn(at, segment)) return [segment];
  if (!segment.endsWith('…')) return [];
  const start = segment.slice(0, -1);
  return Object.keys(at).filter((key) => key.startsWith(start));
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
