/**
 * The first look at untrusted JSON, before any schema: bounded nesting and no keys that
 * could reach an object's prototype. One iterative walk, so no input can overflow the stack.
 */
import { LIMITS } from './limits.ts';
import { MAX_REPORTED_ISSUES, type PlanIssue } from './issues.ts';

/** Keys refused anywhere in a plan file: merging them into an object can rewrite prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  value: object;
  depth: number;
  parent: Frame | null;
  key: string;
}

/**
 * Issues with the shape of a JSON value: nesting deeper than `maxDepth` containers
 * (reported once, where it starts) and forbidden keys (each, with its path).
 * `basePath` is prepended to every path. Objects met twice are walked once, so shared or
 * circular references in an in-memory value cannot make the walk run forever.
 */
export function checkJsonShape(value: unknown, basePath = '', maxDepth: number = LIMITS.maxDepth): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!isContainer(value)) return issues;
  const seen = new Set<object>([value]);
  const stack: Frame[] = [{ value, depth: 1, parent: null, key: '' }];

  while (stack.length > 0 && issues.length < MAX_REPORTED_ISSUES) {
    const frame = stack.pop() as Frame;
    if (frame.depth > maxDepth) {
      issues.push({
        path: pathOf(frame, basePath),
        code: 'too-deep',
        message: `nests deeper than ${maxDepth} levels of lists and objects; a plan needs fewer than 10`,
      });
      break; // one report is enough: everything below is deeper still
    }
    const isArray = Array.isArray(frame.value);
    for (const key of Object.keys(frame.value)) {
      if (!isArray && FORBIDDEN_KEYS.has(key)) {
        issues.push({
          path: pathOf({ value: frame.value, depth: frame.depth + 1, parent: frame, key }, basePath),
          code: 'forbidden-key',
          message: `the key "${key}" is not allowed in a plan file`,
        });
        continue;
      }
      const child: unknown = (frame.value as Record<string, unknown>)[key];
      if (isContainer(child) && !seen.has(child)) {
        seen.add(child);
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return issues;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Builds a path only when an issue needs one, so the walk allocates no strings. */
function pathOf(frame: Frame, basePath: string): string {
  const keys: string[] = [];
  for (let at: Frame | null = frame; at !== null && at.parent !== null; at = at.parent) keys.push(at.key);
  if (basePath !== '') keys.push(basePath);
  return keys.reverse().join('.');
}
