/**
 * Plans for coach tests: `cleanPlan()` passes every coach rule on `TODAY`; each test
 * breaks one thing in it and checks that exactly the matching rule notices.
 */
import type { Plan, Strategy } from '../../src/plan/schema.ts';
import { SOURCES, type Source } from '../../src/plan/sources.ts';
import type { CoachReport, Finding, FindingCode } from '../../src/coach/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

/** The date every coach test treats as today. */
export const TODAY = '2026-01-15';

const TACTIC_OF: Record<Source, Strategy['tactic']> = {
  'personal-motivation': 'direct-experience',
  'personal-ability': 'deliberate-practice',
  'social-motivation': 'leaders-model',
  'social-ability': 'coaching',
  'structural-motivation': 'small-rewards',
  'structural-ability': 'make-the-invisible-visible',
};

/** A strategy of `source` with an owner and a future due date, targeting `behaviorIds`. */
export function strategy(id: string, source: Source, behaviorIds: string[], extra: Partial<Strategy> = {}): Strategy {
  return {
    id,
    source,
    tactic: TACTIC_OF[source],
    description: `Strategy ${id} for ${source}.`,
    behaviorIds,
    owner: `Owner of ${id}`,
    start: '2025-09-01',
    due: '2026-05-29',
    status: 'in-progress',
    ...extra,
  };
}

/** One strategy per source, each targeting both behaviors of the clean plan. */
export function sixSourceStrategies(behaviorIds: string[] = ['beh-data-dig', 'beh-reteach']): Strategy[] {
  return SOURCES.map((source, index) => strategy(`str-${index}`, source, behaviorIds));
}

/** A plan with nothing for the coach to say on `TODAY`. */
export function cleanPlan(): Plan {
  const base = minimalPlan();
  const [measure] = base.result.measures;
  if (measure === undefined) throw new Error('minimalPlan has no measure');
  return minimalPlan({
    result: {
      ...base.result,
      measures: [{ ...measure, observations: [{ id: 'obs-recent', date: '2026-01-05', value: 55 }] }],
    },
    crucialMoments: [{ id: 'mom-missed', when: 'When a student misses a concept at a station.', behaviorIds: ['beh-reteach'] }],
    positiveDeviants: [
      {
        id: 'dev-ms-lee',
        who: 'Ms. Lee, grade 2',
        practice: 'Regroups students every Friday from exit tickets.',
        behaviorIds: ['beh-data-dig'],
      },
    ],
    cultureBusters: [
      { id: 'bus-closed-doors', description: 'Teachers do not watch each other teach.', behaviorIds: ['beh-data-dig'] },
    ],
    strategies: sixSourceStrategies(),
  });
}

/** The findings of one code. */
export function findingsOf(report: CoachReport, code: FindingCode): Finding[] {
  return report.findings.filter((finding) => finding.code === code);
}
