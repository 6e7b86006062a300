/**
 * The first look at untrusted JSON, before any schema: bounded nesting, a bounded number of
 * lists and objects, and no keys that could reach an object's prototype. Iterative walks
 * only, so no input can overflow the stack.
 */
import { LIMITS } from './limits.ts';
import { MAX_REPORTED_ISSUES, type PlanIssue } from './issues.ts';

/** Keys refused anywhere in a plan file: merging them into an object can rewrite prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Most lists and objects a value may hold: every one takes at least two bytes of JSON, so
 * parsed text can never reach this; it stops in-memory values with shared references from
 * making the walk exponential.
 */
const MAX_CONTAINERS = LIMITS.maxDocumentBytes / 2;

/**
 * Issues with the shape of a JSON value: nesting deeper than `maxDepth` containers (reported
 * once, where it starts; a circular value is infinitely deep), too many containers, and
 * forbidden keys (each, with its path). `basePath` is prepended to every path.
 */
export function checkJsonShape(value: unknown, basePath = '', maxDepth: number = LIMITS.maxDepth): PlanIssue[] {
  // Nearly every value is fine: check cheaply first, and pay for paths only when reporting.
  return isSafeShape(value, maxDepth) ? [] : describeShape(value, basePath, maxDepth);
}

/** The fast walk: no paths, no allocation beyond two stacks. */
function isSafeShape(root: unknown, maxDepth: number): boolean {
  if (!isContainer(root)) return true;
  const values: object[] = [root];
  const depths: number[] = [1];
  let visited = 0;
  while (values.length > 0) {
    const value = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth || ++visited > MAX_CONTAINERS) return false;
    if (Array.isArray(value)) {
      // A list's length is what it claims, not what it holds (a stored sparse list can claim
      // four billion items): count every slot, so no claim can make the walk long.
      visited += value.length;
      if (visited > MAX_CONTAINERS) return false;
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (isContainer(child)) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    // for...in is several times faster than Object.keys here, and still lists an own `__proto__`.
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (isContainer(child)) {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

interface Frame {
  value: object;
  depth: number;
  parent: Frame | null;
  key: string;
}

/** The slow walk, in the same order as the fast one, keeping what it needs to name paths. */
function describeShape(root: unknown, basePath: string, maxDepth: number): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (!isContainer(root)) return issues;
  const stack: Frame[] = [{ value: root, depth: 1, parent: null, key: '' }];
  let visited = 0;
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
    if (++visited > MAX_CONTAINERS) {
      issues.push({ path: basePath, code: 'too-large', message: `holds more than ${MAX_CONTAINERS} lists and objects` });
      break;
    }
    const isArray = Array.isArray(frame.value);
    if (isArray) visited += (frame.value as unknown[]).length;
    if (visited > MAX_CONTAINERS) {
      issues.push({ path: pathOf(frame, basePath), code: 'too-large', message: `holds more than ${MAX_CONTAINERS} values; no plan file is that large` });
      break;
    }
    for (const key in frame.value) {
      if (!isArray && FORBIDDEN_KEYS.has(key)) {
        issues.push({
          path: pathOf({ value: frame.value, depth: frame.depth + 1, parent: frame, key }, basePath),
          code: 'forbidden-key',
          message: `the key "${key}" is not allowed in a plan file`,
        });
        continue;
      }
      const child: unknown = (frame.value as Record<string, unknown>)[key];
      if (isContainer(child)) stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return issues;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function pathOf(frame: Frame, basePath: string): string {
  const keys: string[] = [];
  // Keys of any length can lead here; a path names them in a few characters each.
  for (let at: Frame | null = frame; at !== null && at.parent !== null; at = at.parent) keys.push(shortKey(at.key));
  if (basePath !== '') keys.push(basePath);
  return keys.reverse().join('.');
}

/** Keys longer than this are shortened in paths, ending with "…". */
const MAX_KEY_IN_PATH = 64;

function shortKey(key: string): string {
  return key.length <= MAX_KEY_IN_PATH ? key : `${key.slice(0, MAX_KEY_IN_PATH - 1)}…`;
}
