import { describe, expect, it } from 'vitest';
import { coachPlan } from '../../src/coach/index.ts';
import type { Plan, VitalBehavior } from '../../src/plan/schema.ts';
import { TODAY, cleanPlan, findingsOf, strategy } from './plans.ts';

function behavior(id: string, extra: Partial<VitalBehavior> = {}): VitalBehavior {
  return {
    id,
    who: 'Grade 3 teachers',
    action: `Post the day's station groups before the first bell (${id}).`,
    measuredBy: 'Photo of the group board, checked weekly.',
    origin: 'obvious',
    ...extra,
  };
}

/** The clean plan with more behaviors appended, each backed by the clean plan's strategies. */
function withBehaviors(extra: VitalBehavior[], supported = true): Plan {
  const plan = cleanPlan();
  const ids = extra.map((item) => item.id);
  return {
    ...plan,
    behaviors: [...plan.behaviors, ...extra],
    strategies: supported
      ? plan.strategies.map((item) => ({ ...item, behaviorIds: [...item.behaviorIds, ...ids] }))
      : plan.strategies,
  };
}

describe('no-behaviors', () => {
  it('passes a plan that names a vital behavior', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'no-behaviors')).toEqual([]);
  });

  it('is an error on a plan with no vital behavior', () => {
    const findings = findingsOf(coachPlan({ ...cleanPlan(), behaviors: [] }, { today: TODAY }), 'no-behaviors');
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', paths: ['behaviors'] })]);
  });
});

describe('too-many-behaviors', () => {
  it('accepts four behaviors', () => {
    const plan = withBehaviors([behavior('beh-3'), behavior('beh-4')]);
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'too-many-behaviors')).toEqual([]);
  });

  it('warns at five', () => {
    const plan = withBehaviors([behavior('beh-3'), behavior('beh-4'), behavior('beh-5')]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'too-many-behaviors');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', paths: ['behaviors'], params: { count: 5, limit: 4 } }),
    ]);
  });
});

describe('behavior-not-measured', () => {
  it('passes behaviors that say how they are counted', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'behavior-not-measured')).toEqual([]);
  });

  it('warns about a blank measuredBy', () => {
    const plan = withBehaviors([behavior('beh-3', { measuredBy: '   ' })]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'behavior-not-measured');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', paths: ['behaviors.2.measuredBy'], params: expect.objectContaining({ behaviorId: 'beh-3' }) }),
    ]);
  });
});

describe('behavior-no-strategy', () => {
  it('passes when every behavior has a strategy, including finished ones', () => {
    const plan = cleanPlan();
    const done = { ...plan, strategies: plan.strategies.map((item) => ({ ...item, status: 'done' as const })) };
    expect(findingsOf(coachPlan(done, { today: TODAY }), 'behavior-no-strategy')).toEqual([]);
  });

  it('is an error for a behavior nothing supports', () => {
    const plan = withBehaviors([behavior('beh-3')], false);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'behavior-no-strategy');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', paths: ['behaviors.2'], params: expect.objectContaining({ behaviorId: 'beh-3' }) }),
    ]);
  });

  it('does not count dropped strategies', () => {
    const plan = withBehaviors([behavior('beh-3')], false);
    plan.strategies.push(strategy('str-gone', 'personal-motivation', ['beh-3'], { status: 'dropped' }));
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'behavior-no-strategy')[0]?.paths).toEqual(['behaviors.2']);
  });
});
