/**
 * Problems found in a plan file: where (a dotted path), what (a sentence), and a code
 * that apps and the CLI switch on.
 */

/** Every kind of problem a `PlanIssue` reports, for callers that switch on codes. */
export const PLAN_ISSUE_CODES = [
  /** The file is larger than `LIMITS.maxDocumentBytes`. */
  'too-large',
  /** The text is not JSON. */
  'not-json',
  /** Arrays and objects nest deeper than `LIMITS.maxDepth`. */
  'too-deep',
  /** A `__proto__`, `constructor` or `prototype` key, refused wherever it appears. */
  'forbidden-key',
  /** The JSON is not a Six Sources plan file (wrong or missing `format`). */
  'not-a-plan-file',
  /** Written by a newer version of Six Sources than this one. */
  'too-new',
  /** `schemaVersion` is missing, not a whole number, or one no version ever wrote. */
  'unknown-version',
  /** A value has the wrong type, length, format or option. */
  'invalid',
  /** An id names a part of the plan that does not exist, or one of the wrong kind. */
  'broken-reference',
  /** Two parts of the plan share an id, or a link list names the same part twice. */
  'duplicate-id',
  /** A strategy's tactic belongs to another source of influence. */
  'wrong-tactic',
  /** Dates in the wrong order: due before start, target before baseline. */
  'dates-out-of-order',
  /** Upgrading the file from an older schema version failed. */
  'migration-failed',
] as const;

/** What kind of problem a `PlanIssue` reports. */
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];

/** One problem in a plan file. */
export interface PlanIssue {
  /** Dotted path to the value, e.g. `plan.behaviors.2.who`; `''` means the whole document. */
  path: string;
  /** A sentence for people, in English. */
  message: string;
  code: PlanIssueCode;
}

/** At most this many issues are returned; past that, more detail helps nobody. */
export const MAX_REPORTED_ISSUES = 50;

/** Joins path segments with dots: `['plan', 'behaviors', 2]` → `plan.behaviors.2`. */
export function joinPath(segments: readonly PropertyKey[]): string {
  return segments.map(String).join('.');
}

/** Prefixes every issue's path, e.g. with `plan`, to place plan-level issues in a document. */
export function prefixIssues(prefix: string, issues: readonly PlanIssue[]): PlanIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path === '' ? prefix : `${prefix}.${issue.path}` }));
}

/**
 * Orders paths as a reader expects: segment by segment, numbers by value
 * (`behaviors.2` before `behaviors.10`).
 */
export function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  const left = a === '' ? [] : a.split('.');
  const right = b === '' ? [] : b.split('.');
  const shared = Math.min(left.length, right.length);
  for (let i = 0; i < shared; i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const bothNumbers = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (bothNumbers) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Sorts issues by path (stable for equal paths) and keeps the first `MAX_REPORTED_ISSUES`. */
export function sortAndCapIssues(issues: readonly PlanIssue[]): PlanIssue[] {
  return [...issues].sort((a, b) => comparePaths(a.path, b.path)).slice(0, MAX_REPORTED_ISSUES);
}

/**
 * One line per issue, for terminals and logs:
 * `p.json: plan.behaviors.2.who: must be a string`. The path is left out when it is `''`.
 */
export function formatPlanIssues(issues: readonly PlanIssue[], fileName?: string): string[] {
  return issues.map((issue) => {
    const parts = [fileName, issue.path, issue.message].filter((part) => part !== undefined && part !== '');
    return parts.join(': ');
  });
}
