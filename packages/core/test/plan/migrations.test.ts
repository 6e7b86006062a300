import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MIGRATIONS,
  OLDEST_SCHEMA_VERSION,
  PLAN_SCHEMA_VERSION,
  migrateDocument,
  parsePlanDocument,
  parsePlanValue,
  type RawPlanDocument,
} from '../../src/plan/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const v1Text = fixture('plan-v1.json');
const v1 = (): Record<string, unknown> & { plan: Record<string, unknown> } => JSON.parse(v1Text);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('the list of migrations', () => {
  it('is consecutive, one version per step, from the oldest version up to the current one', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    MIGRATIONS.forEach((migration, index) => {
      expect(migration.to).toBe(migration.from + 1);
      if (index > 0) expect(migration.from).toBe(MIGRATIONS[index - 1]?.to);
    });
    expect(MIGRATIONS[0]?.from).toBe(OLDEST_SCHEMA_VERSION);
    expect(MIGRATIONS.at(-1)?.to).toBe(PLAN_SCHEMA_VERSION);
  });
});

describe('a version 1 file', () => {
  it('migrates and validates, reporting the version it came from', () => {
    const result = parsePlanDocument(v1Text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.migratedFrom).toBe(1);
    expect(result.document.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
  });

  it('nests measure points as { value, date }, leaving out what v1 did not have', () => {
    const result = parsePlanDocument(v1Text);
    const measures = result.ok ? result.plan.result.measures : [];
    expect(measures.map((m) => [m.baseline, m.target])).toEqual([
      [
        { value: 49, date: '2019-05-31' },
        { value: 79, date: '2024-05-31' },
      ],
      [{ value: 41, date: '2020-09-25' }, { value: 70 }],
    ]);
  });

  it('renames leaders to influencers', () => {
    const result = parsePlanDocument(v1Text);
    expect(result.ok && result.plan.influencers.map((i) => i.id)).toEqual(['inf-superintendent', 'inf-lead-teacher']);
  });

  it("moves each behavior's crucialMomentIds onto the moments' behaviorIds", () => {
    const result = parsePlanDocument(v1Text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.plan.crucialMoments.map((m) => [m.id, m.behaviorIds])).toEqual([
      ['mom-missed-concept', ['beh-teacher-station']],
      ['mom-new-data', ['beh-data-dig', 'beh-teacher-station']],
    ]);
    expect(result.plan.behaviors.some((b) => 'crucialMomentIds' in b)).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(v1());
    const before = structuredClone(input);
    const result = migrateDocument(input, 1);
    expect(result.ok).toBe(true);
    expect(input).toEqual(before);
  });

  it('fails with an issue naming both ids when a behavior links a missing moment', () => {
    const doc = v1();
    const behaviors = doc.plan['behaviors'] as Record<string, unknown>[];
    behaviors[1] = { ...behaviors[1], crucialMomentIds: ['mom-missed-concept', 'mom-gone'] };
    const result = parsePlanValue(doc);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'plan.behaviors.1.crucialMomentIds.1',
          code: 'migration-failed',
          message:
            'could not upgrade this file from schema 1 to 2: behavior "beh-teacher-station" links crucial moment "mom-gone", which is not in the plan; nothing was changed',
        },
      ],
    });
  });

  it('fails rather than choose when a plan has both leaders and influencers', () => {
    const doc = v1();
    doc.plan['influencers'] = [];
    const result = parsePlanValue(doc);
    expect(result.ok ? null : result.errors[0]).toMatchObject({ path: 'plan.leaders', code: 'migration-failed' });
  });

  it('leaves junk for validation to report', () => {
    const doc = v1();
    const measures = (doc.plan['result'] as { measures: Record<string, unknown>[] }).measures;
    measures[0] = { ...measures[0], baseline: 'forty-nine' };
    const result = parsePlanValue(doc);
    expect(result.ok ? null : result.errors).toEqual([
      { path: 'plan.result.measures.0.baseline.value', code: 'invalid', message: 'must be a number, not a string' },
    ]);
  });

  it('never throws or mutates on arbitrary version 1 content', () => {
    const anyPlan = fc.oneof(
      fc.jsonValue(),
      fc.record({
        behaviors: fc.array(fc.oneof(fc.jsonValue(), fc.record({ id: fc.jsonValue(), crucialMomentIds: fc.jsonValue() }))),
        crucialMoments: fc.array(fc.oneof(fc.jsonValue(), fc.record({ id: fc.jsonValue(), behaviorIds: fc.jsonValue() }))),
        leaders: fc.jsonValue(),
        result: fc.oneof(fc.jsonValue(), fc.record({ measures: fc.array(fc.jsonValue()) })),
      }),
    );
    fc.assert(
      fc.property(anyPlan, (plan) => {
        const doc = deepFreeze({ format: 'sixsources.plan', schemaVersion: 1, plan }) as RawPlanDocument;
        const before = structuredClone(doc);
        const migrated = migrateDocument(doc, 1);
        expect(doc).toEqual(before);
        if (!migrated.ok) expect(migrated.issue.code).toBe('migration-failed');
        expect(() => parsePlanValue(doc)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a file from a far newer version', () => {
  it('is refused whole, with the versions this one reads', () => {
    expect(parsePlanDocument(fixture('plan-v999.json'))).toEqual({
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          code: 'too-new',
          message: `made by a newer version of Six Sources (schema 999); this version reads up to ${PLAN_SCHEMA_VERSION} — update, nothing was changed`,
        },
      ],
    });
  });
});
