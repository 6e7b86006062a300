import { describe, expect, it } from 'vitest';
import { coachPlan } from '../../src/coach/index.ts';
import { TODAY, cleanPlan, strategy } from './plans.ts';

const empty = {
  'personal-motivation': [],
  'personal-ability': [],
  'social-motivation': [],
  'social-ability': [],
  'structural-motivation': [],
  'structural-ability': [],
};

describe('coverage matrix', () => {
  it('maps each behavior and source to its strategies, leaving out dropped ones and broken links', () => {
    const plan = cleanPlan();
    plan.strategies = [
      strategy('str-story', 'personal-motivation', ['beh-data-dig']),
      strategy('str-model', 'social-motivation', ['beh-data-dig', 'beh-reteach']),
      strategy('str-trained', 'personal-ability', ['beh-reteach'], { status: 'done' }),
      strategy('str-bonus', 'structural-motivation', ['beh-reteach'], { status: 'dropped' }),
      strategy('str-board', 'structural-ability', ['beh-gone', 'beh-reteach']),
      strategy('str-huddle', 'social-motivation', ['beh-reteach']),
    ];
    expect(coachPlan(plan, { today: TODAY }).coverage).toEqual({
      'beh-data-dig': { ...empty, 'personal-motivation': ['str-story'], 'social-motivation': ['str-model'] },
      'beh-reteach': {
        ...empty,
        'personal-ability': ['str-trained'],
        'social-motivation': ['str-model', 'str-huddle'],
        'structural-ability': ['str-board'],
      },
    });
  });

  it('has a row for every behavior, even one with no strategy, and none for unknown ids', () => {
    const plan = cleanPlan();
    plan.strategies = [];
    expect(coachPlan(plan, { today: TODAY }).coverage).toEqual({ 'beh-data-dig': empty, 'beh-reteach': empty });
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const plan = cleanPlan();
    plan.behaviors = plan.behaviors.map((behavior, index) => (index === 0 ? { ...behavior, id: '__proto__' } : behavior));
    plan.strategies = [strategy('str-x', 'social-ability', ['__proto__', '__proto__'])];
    const { coverage } = coachPlan(plan, { today: TODAY });
    expect(Object.getPrototypeOf(coverage)).toBe(Object.prototype);
    expect(Object.keys(coverage)).toEqual(['__proto__', 'beh-reteach']);
    expect(Object.getOwnPropertyDescriptor(coverage, '__proto__')?.value['social-ability']).toEqual(['str-x']);
  });
});
