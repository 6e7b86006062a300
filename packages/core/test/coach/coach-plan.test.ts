import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COACH_RULES,
  FINDING_CODES,
  RESEARCH_CLAIM,
  coachPlan,
  findingCodesTable,
  findingsBySeverity,
  type FindingCode,
} from '../../src/coach/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { TODAY, cleanPlan, strategy } from './plans.ts';

/** A plan that trips every rule the coach has. */
function troubledPlan(): Plan {
  const plan = cleanPlan();
  const [measure] = plan.result.measures;
  if (measure === undefined) throw new Error('no measure');
  plan.result.measures = [
    { ...measure, target: { value: 70 }, observations: [] },
    { ...measure, id: 'mea-2', baseline: {} },
  ];
  plan.behaviors = [
    ...plan.behaviors,
    ...[3, 4, 5].map((n) => ({
      id: `beh-${n}`,
      who: 'Teachers',
      action: n === 3 ? 'Teachers will be evaluated on station use.' : `Log reading minutes, step ${n}.`,
      measuredBy: n === 4 ? '' : 'Weekly log',
      origin: 'other' as const,
    })),
  ];
  plan.crucialMoments = [{ id: 'mom-x', when: 'When data arrive.', behaviorIds: [] }];
  plan.positiveDeviants = [{ id: 'dev-x', who: 'Ms. Lee', practice: 'Regroups weekly.', behaviorIds: [] }];
  plan.cultureBusters = [{ id: 'bus-x', description: 'Closed doors.', behaviorIds: [] }];
  plan.strategies = [
    strategy('str-bonus', 'structural-motivation', ['beh-data-dig'], { due: '2025-12-01' }),
    strategy('str-orphan', 'structural-ability', [], { owner: undefined }),
    ...[1, 2, 3, 4, 5, 6].map((n) => strategy(`str-garza-${n}`, 'structural-ability', ['beh-reteach'], { owner: 'Ms. Garza' })),
  ];
  return plan;
}

/** The same plan without behaviors (and so with nothing for strategies to target). */
const emptied = (plan: Plan): Plan => ({ ...plan, behaviors: [] });

describe('coachPlan', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('finds nothing to say about a sound plan', () => {
    expect(coachPlan(cleanPlan(), { today: TODAY }).findings).toEqual([]);
  });

  it('reports every catalogued code between a troubled plan and one with no behaviors', () => {
    const codes = new Set(
      [troubledPlan(), emptied(troubledPlan())].flatMap((plan) =>
        coachPlan(plan, { today: TODAY }).findings.map((finding) => finding.code),
      ),
    );
    expect([...codes].sort()).toEqual(FINDING_CODES.map((entry) => entry.code).sort());
  });

  it('puts errors first, then orders by path as a reader walks the plan', () => {
    const plan = troubledPlan();
    plan.behaviors = Array.from({ length: 12 }, (_, n) => ({
      id: `beh-${n}`,
      who: 'Teachers',
      action: `Log reading minutes, step ${n}.`,
      measuredBy: n === 2 || n === 10 ? '' : 'Weekly log',
      origin: 'other' as const,
    }));
    const { findings } = coachPlan(plan, { today: TODAY });
    const ranks = findings.map((finding) => ['error', 'warning', 'info'].indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const unmeasured = findings.filter((finding) => finding.code === 'behavior-not-measured').map((finding) => finding.paths[0]);
    expect(unmeasured).toEqual(['behaviors.2.measuredBy', 'behaviors.10.measuredBy']);
    const errors = findings.filter((finding) => finding.severity === 'error').map((finding) => finding.paths[0]);
    expect(errors.slice(0, 3)).toEqual(['behaviors.0', 'behaviors.1', 'behaviors.2']);
  });

  it.each([
    ['a troubled plan', troubledPlan],
    ['a plan with no behaviors', () => emptied(troubledPlan())],
  ])('writes %s in the plan language, unless the options say otherwise', (_, build) => {
    const spanish = { ...build(), language: 'es' as const };
    const english = coachPlan(build(), { today: TODAY }).findings;
    const es = coachPlan(spanish, { today: TODAY }).findings;
    const forced = coachPlan(spanish, { today: TODAY, language: 'en' }).findings;
    expect(es.map((finding) => finding.code)).toEqual(english.map((finding) => finding.code));
    es.forEach((finding, index) => {
      const counterpart = english[index];
      expect(finding.message).not.toBe(counterpart?.message);
      expect(finding.suggestion).not.toBe(counterpart?.suggestion);
      expect(finding.params).toEqual(counterpart?.params);
    });
    expect(forced).toEqual(english);
  });

  it('gives the same report for the same plan and day', () => {
    const first = coachPlan(troubledPlan(), { today: TODAY });
    const second = coachPlan(structuredClone(troubledPlan()), { today: TODAY });
    expect(second).toEqual(first);
  });

  it('takes today from the clock when not told', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 10, 12));
    expect(coachPlan(troubledPlan())).toEqual(coachPlan(troubledPlan(), { today: '2027-01-10' }));
  });

  it('refuses a today that is not a calendar date, and a negative load limit', () => {
    expect(() => coachPlan(cleanPlan(), { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => coachPlan(cleanPlan(), { today: '15/01/2026' })).toThrow(RangeError);
    expect(() => coachPlan(cleanPlan(), { today: TODAY, ownerLoadLimit: -1 })).toThrow(RangeError);
  });

  it('does not modify the plan', () => {
    const plan = troubledPlan();
    const before = structuredClone(plan);
    coachPlan(plan, { today: TODAY });
    expect(plan).toEqual(before);
  });
});

describe('findingsBySeverity', () => {
  it('groups a report by severity, keeping report order', () => {
    const report = coachPlan(troubledPlan(), { today: TODAY });
    const groups = findingsBySeverity(report);
    expect([...groups.error, ...groups.warning, ...groups.info]).toEqual(report.findings);
    expect(groups.info.map((finding) => finding.code)).toEqual(['positive-deviant-unused']);
    expect(groups.error.every((finding) => finding.severity === 'error')).toBe(true);
  });
});

describe('finding catalogue', () => {
  it('has exactly one rule per code, with the catalogued severity', () => {
    const rules = COACH_RULES.map((rule) => [rule.code, rule.severity]);
    expect(rules).toEqual(FINDING_CODES.map((entry) => [entry.code, entry.severity]));
  });

  it('renders a README table row per code', () => {
    const table = findingCodesTable().split('\n');
    expect(table).toHaveLength(FINDING_CODES.length + 2);
    const code: FindingCode = 'behavior-no-strategy';
    expect(table.find((row) => row.includes(`\`${code}\``))).toContain('| error |');
  });

  it('cites the research source', () => {
    expect(RESEARCH_CLAIM).toContain('MIT Sloan Management Review, Fall 2008');
    expect(RESEARCH_CLAIM).toContain('How to Have Influence');
  });
});
