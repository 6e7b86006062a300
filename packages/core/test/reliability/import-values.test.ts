/**
 * Plans handed over in memory (from storage, a message, another library) rather than as
 * text: values JSON cannot hold, placed anywhere in a valid plan file. `parsePlanValue`
 * never throws, refuses them where they are, and accepts objects that only look different.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePlanValue, type ParsePlanResult } from '../../src/plan/index.ts';
import { dotted, listNodes, validDocument, type Json, type JsonPath } from '../support/hostile.ts';
import { FUZZ_RUNS, countTried, reportTried, timeLimit } from './fuzz-settings.ts';
import { expectWellFormed, isAtOrInside } from './import-checks.ts';
import { expectPrototypesUntouched } from './prototype-guard.ts';

/** Values no JSON file holds: wherever one goes, the import refuses it there. */
const FOREIGN_SCALARS: readonly (() => unknown)[] = [
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => 10n,
  () => Symbol('plan'),
  () => () => 'a function',
];

/** Objects that are not plain: refused where they stand, or read as the plain object they resemble. */
const EXOTIC_OBJECTS: readonly (() => unknown)[] = [
  () => new Date(0),
  () => new Map([['id', 'x']]),
  () => new Set(['x']),
  () => /x/,
  () => new Uint8Array(4),
  () => new String('text'),
  () => new Number(4),
  () => new Error('not a plan'),
  () => Promise.resolve({}),
];

/** The same content in another form: a copy without a prototype, frozen, behind a proxy, in a class. */
const SAME_CONTENT: readonly ((value: object) => object)[] = [
  (value) => (Array.isArray(value) ? Object.setPrototypeOf([...value], null) : Object.assign(Object.create(null) as object, value)),
  (value) => Object.freeze(Array.isArray(value) ? [...value] : { ...value }),
  (value) => new Proxy(value, {}),
  (value) => (Array.isArray(value) ? value : Object.assign(new (class PlanPart {})(), value)),
];

const location = fc.record({ document: validDocument(), at: fc.nat(), pick: fc.nat() }).map((choice) => {
  countTried('in memory');
  return choice;
});

afterAll(() => reportTried('values in memory'));

describe('parsePlanValue on values no file holds', () => {
  it('a foreign scalar is refused exactly where it is', { timeout: timeLimit(20_000) }, () => {
    fc.assert(
      fc.property(location, ({ document, at, pick }) => {
        const { value, path } = replaceAt(document, at, (FOREIGN_SCALARS[pick % FOREIGN_SCALARS.length] as () => unknown)());
        const result = parsePlanValue(value);
        expectRefusedAt(result, dotted(path));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('an exotic object is refused where it is, or read as a plain object', { timeout: timeLimit(20_000) }, () => {
    fc.assert(
      fc.property(location, ({ document, at, pick }) => {
        const { value, path } = replaceAt(document, at, (EXOTIC_OBJECTS[pick % EXOTIC_OBJECTS.length] as () => unknown)());
        const result = parsePlanValue(value);
        expectWellFormed(result);
        if (!result.ok) for (const issue of result.errors) expect(isAtOrInside(issue.path, dotted(path))).toBe(true);
        expectPrototypesUntouched();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the same content without a prototype, frozen, proxied or in a class instance is read unchanged', { timeout: timeLimit(20_000) }, () => {
    fc.assert(
      fc.property(location, ({ document, at, pick }) => {
        const original = parsePlanValue(document);
        const containers = listNodes(document).filter((node) => typeof node.value === 'object' && node.value !== null);
        const node = containers[at % containers.length] as { path: JsonPath; value: Json };
        const restyle = SAME_CONTENT[pick % SAME_CONTENT.length] as (value: object) => object;
        const { value } = replaceAt(document, node.path, restyle(structuredClone(node.value) as object));
        expect(parsePlanValue(value)).toEqual(original);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('a missing value (undefined) is refused where it is, unless that field is optional', { timeout: timeLimit(20_000) }, () => {
    fc.assert(
      fc.property(location, ({ document, at }) => {
        const { value, path } = replaceAt(document, at, undefined);
        const result = parsePlanValue(value);
        expectWellFormed(result);
        if (!result.ok) for (const issue of result.errors) expect(isAtOrInside(issue.path, dotted(path))).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('a getter that throws ends in a refusal, not an exception', { timeout: timeLimit(20_000) }, () => {
    fc.assert(
      fc.property(location, ({ document, at }) => {
        const objects = listNodes(document).filter((node) => isPlainObject(node.value) && Object.keys(node.value).length > 0);
        const node = objects[at % objects.length] as { path: JsonPath; value: { [key: string]: Json } };
        const key = Object.keys(node.value)[at % Object.keys(node.value).length] as string;
        const copy = structuredClone(document);
        Object.defineProperty(lookUp(copy, node.path), key, {
          enumerable: true,
          get() {
            throw new Error('storage is gone');
          },
        });
        const result = parsePlanValue(copy);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

function expectRefusedAt(result: ParsePlanResult, path: string): void {
  expectWellFormed(result);
  expect(result.ok).toBe(false);
  for (const issue of result.ok ? [] : result.errors) expect(isAtOrInside(issue.path, path), `${issue.path} is at ${path}`).toBe(true);
  expectPrototypesUntouched();
}

/** A copy of `document` with `replacement` at the `at`-th value (or at a path). */
function replaceAt(document: Json, at: number | JsonPath, replacement: unknown): { value: unknown; path: JsonPath } {
  const copy = structuredClone(document);
  const nodes = listNodes(copy);
  const path = typeof at === 'number' ? (nodes[at % nodes.length] as { path: JsonPath }).path : at;
  if (path.length === 0) return { value: replacement, path };
  const parent = lookUp(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = replacement;
  return { value: copy, path };
}

function lookUp(root: Json, path: JsonPath): object {
  let at: unknown = root;
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  return at as object;
}

function isPlainObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
