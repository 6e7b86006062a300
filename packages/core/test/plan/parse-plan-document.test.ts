import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  MAX_REPORTED_ISSUES,
  PLAN_FORMAT,
  PLAN_SCHEMA_VERSION,
  parsePlanDocument,
  parsePlanValue,
  serializePlan,
  toPlanDocument,
  type Plan,
  type PlanIssue,
} from '../../src/plan/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

/** The text of a current-version file whose plan is `plan` (which may be deliberately wrong). */
function fileWith(plan: unknown): string {
  return JSON.stringify({ format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, plan });
}

function errorsOf(text: string): PlanIssue[] {
  const result = parsePlanDocument(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('parsePlanDocument: a valid file', () => {
  it('round-trips a plan through serializePlan unchanged', () => {
    const plan = minimalPlan();
    const result = parsePlanDocument(serializePlan(plan));
    expect(result).toEqual({ ok: true, plan, document: toPlanDocument(plan), migratedFrom: null });
  });

  it('accepts a byte order mark before the JSON', () => {
    const result = parsePlanDocument(`\uFEFF${serializePlan(minimalPlan())}`);
    expect(result.ok).toBe(true);
  });

  it('drops keys the schema does not know', () => {
    const text = fileWith({ ...minimalPlan(), futureField: { anything: true } });
    const result = parsePlanDocument(text);
    expect(result.ok && 'futureField' in result.plan).toBe(false);
  });
});

describe('parsePlanDocument: size', () => {
  it('refuses a file one byte over the limit without parsing it', () => {
    const text = 'x'.repeat(LIMITS.maxDocumentBytes + 1); // not JSON: proves it was never parsed
    expect(errorsOf(text)).toEqual([{ path: '', code: 'too-large', message: expect.stringContaining('5 MiB') }]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    // The same number of characters: over the limit as three-byte "€", under it as two-byte "é".
    const characters = Math.ceil((LIMITS.maxDocumentBytes + 1) / 3);
    expect(errorsOf(`"${'€'.repeat(characters)}"`)[0]?.code).toBe('too-large');
    expect(errorsOf(`"${'é'.repeat(characters)}"`)[0]?.code).not.toBe('too-large');
  });

  it('accepts a file of exactly the limit', () => {
    const padding = LIMITS.maxDocumentBytes - 2;
    expect(errorsOf(`"${'a'.repeat(padding)}"`)[0]?.code).toBe('not-a-plan-file');
  });
});

describe('parsePlanDocument: not JSON', () => {
  it('says on which line and column the JSON breaks', () => {
    const text = '{\n  "format": "sixsources.plan",\n  "schemaVersion": 2,\n}';
    expect(errorsOf(text)).toEqual([
      {
        path: '',
        code: 'not-json',
        message: 'not valid JSON at line 4, column 1: expected a property name in double quotes, found "}"',
      },
    ]);
  });

  it('says when the file is empty', () => {
    expect(errorsOf('  \n')[0]).toMatchObject({ code: 'not-json', message: expect.stringContaining('empty') });
  });

  it('says when the text ends before an object is closed', () => {
    expect(errorsOf('{"format": "sixsources.plan"')[0]?.message).toContain('before an object is closed');
  });
});

describe('parsePlanDocument: shape', () => {
  it('refuses nesting 100,000 levels deep with an error, not a throw', () => {
    const depth = 100_000;
    const text = `{"format":"${PLAN_FORMAT}","schemaVersion":2,"plan":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    const [issue] = errorsOf(text);
    expect(issue?.code).toBe('too-deep');
    expect(issue?.path.startsWith('plan.a.a.')).toBe(true);
  });

  it('refuses lists nested deeper than the limit, and accepts the limit itself', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(errorsOf(nested(LIMITS.maxDepth + 1))[0]?.code).toBe('too-deep');
    expect(errorsOf(nested(LIMITS.maxDepth))[0]?.code).toBe('not-a-plan-file');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key and names its path', (key) => {
    const text = fileWith(minimalPlan()).replace('"who":', `"${key}":{"polluted":true},"who":`);
    expect(errorsOf(text)).toEqual([
      { path: `plan.behaviors.0.${key}`, code: 'forbidden-key', message: `the key "${key}" is not allowed in a plan file` },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a forbidden key written with unicode escapes', () => {
    const text = fileWith(minimalPlan()).replace('"title":', '"\\u005f\\u005fproto__":{"polluted":true},"title":');
    expect(errorsOf(text)[0]).toMatchObject({ path: 'plan.__proto__', code: 'forbidden-key' });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parsePlanDocument: envelope', () => {
  it('refuses JSON that is not a plan file', () => {
    expect(errorsOf('{"hello": "world"}')).toEqual([
      { path: 'format', code: 'not-a-plan-file', message: 'this is not a Six Sources plan file (it has no "format")' },
    ]);
    expect(errorsOf('[1, 2]')[0]?.message).toBe('this is not a Six Sources plan file: it holds a list, not an object');
    expect(errorsOf('{"format": "excalidraw"}')[0]?.message).toContain('its "format" is "excalidraw"');
  });

  it('refuses a file from a newer version whole, saying which versions are read', () => {
    const text = JSON.stringify({ format: PLAN_FORMAT, schemaVersion: 7, plan: { junk: true } });
    expect(errorsOf(text)).toEqual([
      {
        path: 'schemaVersion',
        code: 'too-new',
        message: `made by a newer version of Six Sources (schema 7); this version reads up to ${PLAN_SCHEMA_VERSION} — update, nothing was changed`,
      },
    ]);
  });

  it.each([
    [undefined, 'missing'],
    ['2', '"2"'],
    [1.5, '1.5'],
  ])('refuses schemaVersion %j', (schemaVersion, shown) => {
    const text = JSON.stringify({ format: PLAN_FORMAT, schemaVersion, plan: minimalPlan() });
    expect(errorsOf(text)).toEqual([
      { path: 'schemaVersion', code: 'unknown-version', message: `must be a whole number such as 2, not ${shown}` },
    ]);
  });

  it('refuses a version no release ever wrote', () => {
    const text = JSON.stringify({ format: PLAN_FORMAT, schemaVersion: 0, plan: minimalPlan() });
    expect(errorsOf(text)[0]).toMatchObject({ path: 'schemaVersion', code: 'unknown-version' });
  });
});

describe('parsePlanDocument: schema errors', () => {
  const withBehavior = (change: Record<string, unknown>) => {
    const plan = minimalPlan();
    return fileWith({ ...plan, behaviors: [plan.behaviors[0], plan.behaviors[1], { ...plan.behaviors[0], id: 'beh-3', ...change }] });
  };

  it('names the dotted path and says what the value must be', () => {
    expect(errorsOf(withBehavior({ who: 42 }))).toEqual([
      { path: 'plan.behaviors.2.who', code: 'invalid', message: 'must be a string, not a number' },
    ]);
  });

  it('says a missing field is required', () => {
    const plan: Partial<Plan> = minimalPlan();
    delete plan.title;
    expect(errorsOf(fileWith(plan))).toEqual([{ path: 'plan.title', code: 'invalid', message: 'is required: must be a string' }]);
  });

  it('lists the allowed options of an enum', () => {
    expect(errorsOf(withBehavior({ origin: 'hunch' }))[0]?.message).toBe(
      'must be one of "obvious", "crucial-moment", "positive-deviant", "culture-buster", "research", "other"',
    );
  });

  it('gives the limit and the actual length of a text that is too long', () => {
    const who = 'a'.repeat(LIMITS.maxShortText + 1);
    expect(errorsOf(withBehavior({ who }))[0]?.message).toBe(`is too long: at most ${LIMITS.maxShortText} characters (it has ${who.length})`);
  });

  it('explains date formats and ids', () => {
    const plan = minimalPlan();
    const strategy = { ...plan.strategies[0], id: 'has space', due: '2026-02-30' };
    const errors = errorsOf(fileWith({ ...plan, strategies: [strategy] }));
    expect(errors).toEqual([
      { path: 'plan.strategies.0.due', code: 'invalid', message: 'must be a calendar date written YYYY-MM-DD, e.g. 2025-09-15' },
      { path: 'plan.strategies.0.id', code: 'invalid', message: 'an id is 1-64 letters, digits, "_" or "-"' },
    ]);
  });

  it('sorts errors by path, numbers by value, and caps them', () => {
    const plan = minimalPlan();
    const behaviors = Array.from({ length: 120 }, (_, i) => ({ ...plan.behaviors[0], id: `beh-${i}`, who: i }));
    const errors = errorsOf(fileWith({ ...plan, behaviors }));
    expect(errors).toHaveLength(MAX_REPORTED_ISSUES);
    expect(errors.slice(0, 3).map((issue) => issue.path)).toEqual([
      'plan.behaviors.0.who',
      'plan.behaviors.1.who',
      'plan.behaviors.2.who',
    ]);
    expect(errors.at(-1)?.path).toBe(`plan.behaviors.${MAX_REPORTED_ISSUES - 1}.who`);
  });
});

describe('parsePlanDocument: references', () => {
  it('refuses a dangling reference, naming both ids and the path', () => {
    const plan = minimalPlan();
    const strategies = plan.strategies.map((s, i) => (i === 1 ? { ...s, behaviorIds: ['beh-gone'] } : s));
    expect(errorsOf(fileWith({ ...plan, strategies }))).toEqual([
      {
        path: 'plan.strategies.1.behaviorIds.0',
        code: 'broken-reference',
        message: 'strategy "str-practice" targets behavior "beh-gone", which is not in the plan',
      },
    ]);
  });
});

describe('parsePlanValue', () => {
  it('reads already-parsed JSON like parsePlanDocument reads text', () => {
    const plan = minimalPlan();
    expect(parsePlanValue(JSON.parse(serializePlan(plan)))).toEqual(parsePlanDocument(serializePlan(plan)));
  });

  it('refuses a circular value as too deep instead of looping', () => {
    const plan: Record<string, unknown> = { ...minimalPlan() };
    plan['self'] = plan;
    const result = parsePlanValue({ format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, plan });
    expect(result.ok ? null : result.errors[0]?.code).toBe('too-deep');
  });

  it('turns a throwing getter into an issue', () => {
    const hostile = {
      format: PLAN_FORMAT,
      get schemaVersion(): number {
        throw new Error('boom');
      },
    };
    expect(parsePlanValue(hostile)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'invalid', message: 'could not read this plan: boom' }],
    });
  });
});
