/**
 * A small, valid influence plan for tests: two vital behaviors, one measure with a baseline
 * and a target, a crucial moment, and three strategies from different sources.
 * Every id reference resolves, so `checkReferences` finds nothing.
 */
import type { Plan } from '../../src/plan/schema.ts';

/** A fresh copy of a small valid plan; top-level fields in `overrides` replace the defaults. */
export function minimalPlan(overrides: Partial<Plan> = {}): Plan {
  const plan: Plan = {
    id: 'plan-minimal',
    title: 'Third-grade reading at Riverside',
    language: 'en',
    organization: { name: 'Riverside Unified', kind: 'district', students: 4200, campuses: 7 },
    problemOfPractice: 'Too few third graders read at grade level by spring.',
    beliefStatement: 'Every child can read by third grade when adults act on the data every three weeks.',
    result: {
      statement: 'Raise third graders reading at grade level from 48% to 70% by May 2027.',
      measures: [
        {
          id: 'mea-reading',
          name: 'Third graders at grade level',
          unit: '% of third graders',
          direction: 'increase',
          cadence: 'every-three-weeks',
          baseline: { value: 48, date: '2025-09-15' },
          target: { value: 70, date: '2027-05-28' },
          observations: [{ id: 'obs-1', date: '2025-10-06', value: 50 }],
        },
      ],
    },
    behaviors: [
      {
        id: 'beh-data-dig',
        who: 'K-3 teachers',
        action: 'Run a data dig every three weeks and regroup students by need.',
        measuredBy: 'Data-dig notes submitted per team per cycle.',
        origin: 'positive-deviant',
      },
      {
        id: 'beh-reteach',
        who: 'K-3 teachers',
        action: 'Reteach a missed concept at the small-group station the same day.',
        measuredBy: 'Walkthrough tally of same-day reteaching.',
        origin: 'crucial-moment',
      },
    ],
    obvious: [],
    crucialMoments: [
      { id: 'mom-missed', when: 'When a student misses a concept at a station.', behaviorIds: ['beh-reteach'] },
    ],
    positiveDeviants: [],
    cultureBusters: [],
    strategies: [
      {
        id: 'str-model',
        source: 'social-motivation',
        tactic: 'leaders-model',
        description: 'Principals join one data dig per month.',
        behaviorIds: ['beh-data-dig'],
        owner: 'Principals',
        start: '2025-09-01',
        due: '2026-05-29',
        status: 'in-progress',
      },
      {
        id: 'str-practice',
        source: 'personal-ability',
        tactic: 'deliberate-practice',
        description: 'Coaches rehearse reteaching moves with each team.',
        behaviorIds: ['beh-reteach'],
        status: 'planned',
      },
      {
        id: 'str-visible',
        source: 'structural-ability',
        tactic: 'make-the-invisible-visible',
        description: 'A shared grouping board updated after every data dig.',
        behaviorIds: ['beh-data-dig', 'beh-reteach'],
        status: 'planned',
      },
    ],
    influencers: [
      {
        id: 'inf-super',
        name: 'Dr. Ana Ruiz',
        role: 'Superintendent',
        kind: 'organizational',
        stance: 'champion',
        reach: 'all principals',
      },
    ],
    createdAt: '2025-08-20T09:00:00.000Z',
    updatedAt: '2025-10-06T15:30:00.000Z',
  };
  return { ...plan, ...overrides };
}
