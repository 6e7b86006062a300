/** Turns zod's issues into `PlanIssue`s with a dotted path and a plain-English message. */
import type { z } from 'zod';
import { joinPath, type PlanIssue } from './issues.ts';

type ZodIssue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** Up to this many allowed options are listed in a message. */
const MAX_LISTED_OPTIONS = 30;

/**
 * One `PlanIssue` (code `invalid`) per zod issue. `root` is the value zod checked; messages
 * look into it to say what was found, e.g. `must be a string, not a number`.
 */
export function planIssuesFromZod(issues: readonly ZodIssue[], root: unknown): PlanIssue[] {
  return issues.map((issue) => ({
    path: joinPath(issue.path),
    code: 'invalid',
    message: describeZodIssue(issue, valueAt(root, issue.path)),
  }));
}

function describeZodIssue(issue: ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (found === undefined) return `is required: must be ${expected}`;
      if (typeof found === 'number' && !Number.isFinite(found)) return 'must be a finite number';
      if (typeof found === 'number' && issue.expected === 'int') return 'must be a whole number';
      return `must be ${expected}, not ${describeValue(found)}`;
    }
    case 'too_big':
      return describeBound(issue.origin, 'most', issue.maximum, issue.inclusive ?? true, found);
    case 'too_small':
      return describeBound(issue.origin, 'least', issue.minimum, issue.inclusive ?? true, found);
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a calendar date written YYYY-MM-DD, e.g. 2025-09-15';
      if (issue.format === 'datetime') return 'must be a date and time with an offset, e.g. 2025-09-15T08:30:00Z';
      return issue.message.startsWith('Invalid') ? `does not have the expected form (${issue.format})` : issue.message;
    case 'invalid_value': {
      const options = issue.values.map((value) => JSON.stringify(value));
      if (options.length === 1) return `must be ${options[0]}`;
      const listed = options.slice(0, MAX_LISTED_OPTIONS).join(', ');
      return `must be one of ${listed}${options.length > MAX_LISTED_OPTIONS ? ', …' : ''}`;
    }
    case 'unrecognized_keys':
      return `has keys a plan does not use: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    default:
      return issue.message;
  }
}

function describeBound(
  origin: string,
  side: 'most' | 'least',
  limit: number | bigint,
  inclusive: boolean,
  found: unknown,
): string {
  const bound = inclusive ? `at ${side} ${limit}` : `${side === 'most' ? 'less' : 'more'} than ${limit}`;
  if (origin === 'string') {
    // zod counts characters (code points), not UTF-16 units: count the same way.
    const length = typeof found === 'string' ? ` (it has ${codePoints(found)})` : '';
    return `${side === 'most' ? 'is too long' : 'is too short'}: ${bound} characters${length}`;
  }
  if (origin === 'array') {
    const count = Array.isArray(found) ? ` (it has ${found.length})` : '';
    return `${side === 'most' ? 'has too many items' : 'has too few items'}: ${bound}${count}`;
  }
  return `must be ${bound}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
