import { describe, expect, it } from 'vitest';
import { coachPlan } from '../../src/coach/index.ts';
import type { Plan, Strategy } from '../../src/plan/schema.ts';
import { TODAY, cleanPlan, findingsOf, strategy } from './plans.ts';

/** The clean plan plus `extra` strategies (indexes 6 and up). */
function withExtra(...extra: Strategy[]): Plan {
  const plan = cleanPlan();
  return { ...plan, strategies: [...plan.strategies, ...extra] };
}

describe('strategy-no-behavior', () => {
  it('passes strategies that target a behavior', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'strategy-no-behavior')).toEqual([]);
  });

  it('warns about a strategy with no target, or only a target that is gone; ignores dropped ones', () => {
    const plan = withExtra(
      strategy('str-none', 'social-ability', []),
      strategy('str-broken', 'social-ability', ['beh-deleted']),
      strategy('str-dropped', 'social-ability', [], { status: 'dropped' }),
    );
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'strategy-no-behavior');
    expect(findings.map((finding) => [finding.severity, finding.paths, finding.params.strategyId])).toEqual([
      ['warning', ['strategies.6.behaviorIds'], 'str-none'],
      ['warning', ['strategies.7.behaviorIds'], 'str-broken'],
    ]);
  });
});

describe('strategy-without-owner', () => {
  it('passes owned strategies, and finished ones without an owner', () => {
    const plan = withExtra(strategy('str-done', 'social-ability', ['beh-reteach'], { owner: undefined, status: 'done' }));
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'strategy-without-owner')).toEqual([]);
  });

  it('warns about planned work with a missing or blank owner', () => {
    const plan = withExtra(
      strategy('str-a', 'social-ability', ['beh-reteach'], { owner: undefined, status: 'planned' }),
      strategy('str-b', 'social-ability', ['beh-reteach'], { owner: '  ' }),
    );
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'strategy-without-owner');
    expect(findings.map((finding) => [finding.severity, finding.paths])).toEqual([
      ['warning', ['strategies.6.owner']],
      ['warning', ['strategies.7.owner']],
    ]);
  });
});

describe('strategy-overdue', () => {
  it('passes work due today or later, and late work that is done or dropped', () => {
    const plan = withExtra(
      strategy('str-today', 'social-ability', ['beh-reteach'], { due: TODAY }),
      strategy('str-done', 'social-ability', ['beh-reteach'], { due: '2025-10-01', status: 'done' }),
      strategy('str-dropped', 'social-ability', ['beh-reteach'], { due: '2025-10-01', status: 'dropped' }),
    );
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'strategy-overdue')).toEqual([]);
  });

  it('warns about open work due before today, with the days late', () => {
    const plan = withExtra(strategy('str-late', 'social-ability', ['beh-reteach'], { due: '2026-01-14', status: 'planned' }));
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'strategy-overdue');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        paths: ['strategies.6.due'],
        params: expect.objectContaining({ strategyId: 'str-late', due: '2026-01-14', daysLate: 1 }),
      }),
    ]);
  });
});

describe('owner-overloaded', () => {
  const load = (count: number, extra: Partial<Strategy> = {}) =>
    Array.from({ length: count }, (_, index) =>
      // Spelled three ways: owners are matched trimmed and case-insensitively.
      strategy(`str-garza-${index}`, 'social-ability', ['beh-reteach'], {
        owner: ['Ms. Garza', 'ms. garza', ' Ms. Garza '][index % 3],
        ...extra,
      }),
    );

  it('passes an owner with five open strategies, and ignores finished ones', () => {
    const plan = withExtra(...load(5), ...load(3, { status: 'done' }).map((item) => ({ ...item, id: `${item.id}-done` })));
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'owner-overloaded')).toEqual([]);
  });

  it('warns when one owner carries six, pointing at each of them', () => {
    const findings = findingsOf(coachPlan(withExtra(...load(6)), { today: TODAY }), 'owner-overloaded');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        paths: [6, 7, 8, 9, 10, 11].map((index) => `strategies.${index}.owner`),
        params: { owner: 'Ms. Garza', count: 6, limit: 5 },
      }),
    ]);
  });

  it('takes its limit from the ownerLoadLimit option', () => {
    const report = coachPlan(withExtra(...load(3)), { today: TODAY, ownerLoadLimit: 2 });
    expect(findingsOf(report, 'owner-overloaded')[0]?.params).toEqual({ owner: 'Ms. Garza', count: 3, limit: 2 });
  });
});
