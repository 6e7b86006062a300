import { describe, expect, it } from 'vitest';
import { checkReferences, type Plan } from '../../src/plan/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { largePlan } from '../support/large-plan.ts';

describe('checkReferences', () => {
  it('finds nothing wrong in a consistent plan, small or large', () => {
    expect(checkReferences(minimalPlan())).toEqual([]);
    expect(checkReferences(largePlan({ behaviors: 500, strategies: 3_000 }))).toEqual([]);
  });

  it('names both ends of a strategy that targets a missing behavior', () => {
    const base = minimalPlan();
    const strategies = base.strategies.map((s) => (s.id === 'str-visible' ? { ...s, behaviorIds: ['beh-data-dig', 'beh-x'] } : s));
    expect(checkReferences({ ...base, strategies })).toEqual([
      {
        path: 'strategies.2.behaviorIds.1',
        code: 'broken-reference',
        message: 'strategy "str-visible" targets behavior "beh-x", which is not in the plan',
      },
    ]);
  });

  it.each([
    ['crucialMoments', { id: 'mom-2', when: 'At dismissal.' }, 'crucial moment "mom-2"'],
    ['positiveDeviants', { id: 'dev-1', who: 'Room 12', practice: 'Regroups weekly.' }, 'positive deviant "dev-1"'],
    ['cultureBusters', { id: 'bus-1', description: 'Nobody shares weak data.' }, 'culture buster "bus-1"'],
    ['obvious', { id: 'obv-1', text: 'Small groups work.' }, 'obvious note "obv-1"'],
  ] as const)('checks the behavior links of %s', (list, item, subject) => {
    const base = minimalPlan();
    const plan = { ...base, [list]: [{ ...item, behaviorIds: ['beh-reteach', 'beh-missing'] }] } as Plan;
    expect(checkReferences(plan)).toEqual([
      {
        path: `${list}.0.behaviorIds.1`,
        code: 'broken-reference',
        message: `${subject} links behavior "beh-missing", which is not in the plan`,
      },
    ]);
  });

  it('says when a link names a part that is not a behavior', () => {
    const base = minimalPlan();
    const strategies = [{ ...base.strategies[0]!, behaviorIds: ['mom-missed'] }];
    expect(checkReferences({ ...base, strategies })).toEqual([
      {
        path: 'strategies.0.behaviorIds.0',
        code: 'broken-reference',
        message: 'strategy "str-model" targets "mom-missed", which is a crucial moment (crucialMoments.0), not a behavior',
      },
    ]);
  });

  it('refuses an id used by two parts of the plan, in one namespace', () => {
    const base = minimalPlan();
    const influencers = [{ ...base.influencers[0]!, id: 'beh-reteach' }];
    expect(checkReferences({ ...base, influencers })).toEqual([
      {
        path: 'influencers.0.id',
        code: 'duplicate-id',
        message: 'influencer "beh-reteach" reuses the id of a behavior (behaviors.1); ids must be unique in a plan',
      },
    ]);
  });

  it('refuses observation ids used twice, across measures too', () => {
    const base = minimalPlan();
    const measure = base.result.measures[0]!;
    const second = { ...measure, id: 'mea-second', observations: [{ id: 'obs-1', date: '2025-11-01', value: 52 }] };
    expect(checkReferences({ ...base, result: { ...base.result, measures: [measure, second] } })).toEqual([
      {
        path: 'result.measures.1.observations.0.id',
        code: 'duplicate-id',
        message: 'observation "obs-1" reuses the id of an observation (result.measures.0.observations.0); ids must be unique in a plan',
      },
    ]);
  });

  it('refuses a behavior listed twice in one link list, short or long', () => {
    const base = minimalPlan();
    const behaviors = Array.from({ length: 40 }, (_, i) => ({ ...base.behaviors[0]!, id: `beh-${i}` }));
    const longList = [...behaviors.map((b) => b.id), 'beh-7'];
    const strategies = [
      { ...base.strategies[0]!, behaviorIds: ['beh-1', 'beh-2', 'beh-1'] },
      { ...base.strategies[1]!, behaviorIds: longList },
    ];
    const issues = checkReferences({ ...base, behaviors, crucialMoments: [], strategies });
    expect(issues).toEqual([
      { path: 'strategies.0.behaviorIds.2', code: 'duplicate-id', message: 'strategy "str-model" lists behavior "beh-1" twice' },
      { path: 'strategies.1.behaviorIds.40', code: 'duplicate-id', message: 'strategy "str-practice" lists behavior "beh-7" twice' },
    ]);
  });

  it("refuses a tactic from another source's catalogue, and accepts `other` anywhere", () => {
    const base = minimalPlan();
    const strategies = [
      { ...base.strategies[0]!, source: 'personal-motivation' as const, tactic: 'tools' as const },
      { ...base.strategies[1]!, source: 'structural-motivation' as const, tactic: 'other' as const },
    ];
    expect(checkReferences({ ...base, strategies })).toEqual([
      {
        path: 'strategies.0.tactic',
        code: 'wrong-tactic',
        message:
          'strategy "str-model" uses the tactic "Provide tools", which is not a tactic of personal motivation (it belongs to structural ability)',
      },
    ]);
  });

  it('refuses a strategy due before it starts, and accepts one due the day it starts', () => {
    const base = minimalPlan();
    const strategies = [
      { ...base.strategies[0]!, start: '2026-03-01', due: '2026-02-28' },
      { ...base.strategies[1]!, start: '2026-03-01', due: '2026-03-01' },
    ];
    expect(checkReferences({ ...base, strategies })).toEqual([
      {
        path: 'strategies.0.due',
        code: 'dates-out-of-order',
        message: 'strategy "str-model" is due 2026-02-28, before it starts on 2026-03-01',
      },
    ]);
  });

  it('refuses a target date before the baseline date', () => {
    const base = minimalPlan();
    const measure = { ...base.result.measures[0]!, target: { value: 70, date: '2025-01-01' } };
    expect(checkReferences({ ...base, result: { ...base.result, measures: [measure] } })).toEqual([
      {
        path: 'result.measures.0.target.date',
        code: 'dates-out-of-order',
        message: 'measure "mea-reading" has its target date 2025-01-01 before its baseline date 2025-09-15',
      },
    ]);
  });
});
