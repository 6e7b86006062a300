import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FINDING_SEVERITY, coachPlan, type CoachReport } from '../../src/coach/index.ts';
import {
  BEHAVIOR_ORIGINS,
  CADENCES,
  PlanSchema,
  STRATEGY_STATUSES,
  type Plan,
  type Strategy,
} from '../../src/plan/schema.ts';
import { SOURCES } from '../../src/plan/sources.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

// Few ids, so links collide, repeat and break; `__proto__` and `constructor` are valid ids.
const BEHAVIOR_IDS = ['beh-a', 'beh-b', 'beh-c', '__proto__', 'constructor'] as const;
const LINKS = fc.array(fc.constantFrom(...BEHAVIOR_IDS, 'beh-gone'), { maxLength: 4 });

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '   ',
    'Teachers embrace station rotation.',
    'Los maestros serán evaluados.',
    'Teachers meet every three weeks to study station data and regroup students.',
    'Scores rise.',
  ),
);
const date = fc.oneof(
  fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
    .map((value) => value.toISOString().slice(0, 10)),
  fc.constantFrom('2025-02-30', 'soon'),
);
const point = fc.record({ value: fc.double(), date }, { requiredKeys: [] });

const measure = fc.record({
  id: fc.constantFrom('mea-1', 'mea-2'),
  name: text,
  unit: text,
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
  cadence: fc.constantFrom(...CADENCES),
  baseline: point,
  target: point,
  observations: fc.array(fc.record({ id: fc.constantFrom('obs-1', 'obs-2'), date, value: fc.double() }), { maxLength: 4 }),
});

const behavior = fc.record({
  id: fc.constantFrom(...BEHAVIOR_IDS),
  who: text,
  action: text,
  measuredBy: text,
  origin: fc.constantFrom(...BEHAVIOR_ORIGINS),
});

const strategy: fc.Arbitrary<Strategy> = fc.record(
  {
    id: fc.constantFrom('str-1', 'str-2', 'str-3', 'str-4'),
    source: fc.constantFrom(...SOURCES),
    tactic: fc.constant('other' as const),
    description: text,
    behaviorIds: LINKS,
    owner: fc.constantFrom('Ana', ' ana ', 'Luis', '  '),
    start: date,
    due: date,
    status: fc.constantFrom(...STRATEGY_STATUSES),
  },
  { requiredKeys: ['id', 'source', 'tactic', 'description', 'behaviorIds', 'status'] },
);

const linked = <T>(fields: fc.Arbitrary<T>) => fc.array(fields, { maxLength: 3 });

const plan: fc.Arbitrary<Plan> = fc
  .record({
    language: fc.constantFrom('en' as const, 'es' as const),
    measures: fc.array(measure, { maxLength: 3 }),
    behaviors: fc.array(behavior, { maxLength: 7 }),
    crucialMoments: linked(fc.record({ id: fc.constant('mom-1'), when: text, behaviorIds: LINKS })),
    positiveDeviants: linked(fc.record({ id: fc.constant('dev-1'), who: text, practice: text, behaviorIds: LINKS })),
    cultureBusters: linked(fc.record({ id: fc.constant('bus-1'), description: text, behaviorIds: LINKS })),
    strategies: fc.array(strategy, { maxLength: 14 }),
  })
  .map(({ measures, ...parts }) => {
    const base = minimalPlan();
    return { ...base, ...parts, result: { ...base.result, measures } };
  });

const options = fc.record({
  today: date.filter((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && value !== '2025-02-30'),
  ownerLoadLimit: fc.integer({ min: 0, max: 6 }),
});

/** Peels `optional` wrappers off a schema. */
function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/**
 * Whether a dotted path names a real place in the plan: every step exists, except that
 * the last may be an optional field the schema defines but the plan has not filled in yet.
 */
function resolves(target: Plan, path: string): boolean {
  let value: unknown = target;
  let schema: z.ZodType = PlanSchema;
  const segments = path.split('.');
  for (const [index, segment] of segments.entries()) {
    schema = unwrap(schema);
    const last = index === segments.length - 1;
    if (Array.isArray(value) && schema instanceof z.ZodArray) {
      if (!/^\d+$/.test(segment) || Number(segment) >= value.length) return false;
      value = value[Number(segment)];
      schema = schema.element as z.ZodType;
    } else if (typeof value === 'object' && value !== null && schema instanceof z.ZodObject) {
      const field = (schema.shape as Record<string, z.ZodType>)[segment];
      if (field === undefined || !Object.hasOwn(schema.shape, segment)) return false;
      if (!Object.hasOwn(value, segment)) return last && field instanceof z.ZodOptional;
      value = (value as Record<string, unknown>)[segment];
      schema = field;
    } else {
      return false;
    }
  }
  return true;
}

/** The coverage matrix computed the slow, obvious way. */
function expectedCoverage(target: Plan): Map<string, Record<string, string[]>> {
  const rows = new Map<string, Record<string, string[]>>();
  for (const { id } of target.behaviors) {
    if (rows.has(id)) continue;
    const row: Record<string, string[]> = {};
    for (const source of SOURCES) {
      row[source] = target.strategies
        .filter((item) => item.status !== 'dropped' && item.source === source && item.behaviorIds.includes(id))
        .map((item) => item.id);
    }
    rows.set(id, row);
  }
  return rows;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

describe('coachPlan on arbitrary plans', () => {
  it('never throws, and every finding is well formed and points at a real place', () => {
    fc.assert(
      fc.property(plan, options, (target, settings) => {
        const report: CoachReport = coachPlan(target, settings);
        for (const finding of report.findings) {
          expect(finding.severity).toBe(FINDING_SEVERITY[finding.code]);
          expect(finding.message.trim()).not.toBe('');
          expect(finding.suggestion.trim()).not.toBe('');
          expect(finding.paths.length).toBeGreaterThan(0);
          for (const path of finding.paths) expect(resolves(target, path), `${finding.code} → ${path}`).toBe(true);
        }
        const ranks = report.findings.map((finding) => RANK[finding.severity]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic given today', () => {
    fc.assert(
      fc.property(plan, options, (target, settings) => {
        expect(coachPlan(structuredClone(target), settings)).toEqual(coachPlan(target, settings));
      }),
      { numRuns: 100 },
    );
  });

  it('builds the same coverage as a direct count of the strategies', () => {
    fc.assert(
      fc.property(plan, (target) => {
        const { coverage } = coachPlan(target, { today: '2026-01-15' });
        expect(new Map(Object.entries(coverage))).toEqual(expectedCoverage(target));
      }),
      { numRuns: 200 },
    );
  });

  it('the path checker itself rejects places that do not exist', () => {
    const target = minimalPlan();
    expect(resolves(target, 'behaviors.1.action')).toBe(true);
    expect(resolves(target, 'strategies.1.owner')).toBe(true); // optional, not filled in yet
    expect(resolves(target, 'behaviors.2')).toBe(false);
    expect(resolves(target, 'behaviors.0.colour')).toBe(false);
    expect(resolves(target, 'result.measures.0.target.value.x')).toBe(false);
    expect(resolves(target, 'behaviors.0.action.length')).toBe(false);
  });
});
