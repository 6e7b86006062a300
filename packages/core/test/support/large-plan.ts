/**
 * A large valid plan for speed checks: `behaviors` vital behaviors and `strategies`
 * strategies spread over all six sources, each targeting two behaviors.
 */
import type { Plan, Strategy } from '../../src/plan/schema.ts';
import { SOURCES, tacticsOf } from '../../src/plan/sources.ts';
import { minimalPlan } from './minimal-plan.ts';

/** A valid plan with the given numbers of behaviors and strategies (and a moment per ten behaviors). */
export function largePlan(counts: { behaviors: number; strategies: number }): Plan {
  const behaviors = Array.from({ length: counts.behaviors }, (_, i) => ({
    id: `beh-${i}`,
    who: `Team ${i % 40}`,
    action: `Run routine number ${i} at the start of every small-group rotation and record who needed help.`,
    measuredBy: 'Weekly walkthrough tally by the campus coach.',
    origin: 'research' as const,
  }));
  const strategies: Strategy[] = Array.from({ length: counts.strategies }, (_, i) => {
    const source = SOURCES[i % SOURCES.length] as Strategy['source'];
    const tactics = tacticsOf(source);
    return {
      id: `str-${i}`,
      source,
      tactic: tactics[i % tactics.length] as Strategy['tactic'],
      description: `Strategy ${i}: a concrete step that makes the vital behavior easier or more attractive.`,
      behaviorIds: [`beh-${i % counts.behaviors}`, `beh-${(i + 1) % counts.behaviors}`],
      owner: 'Campus coach',
      start: '2025-08-01',
      due: '2026-05-29',
      status: 'planned',
    };
  });
  const crucialMoments = Array.from({ length: Math.ceil(counts.behaviors / 10) }, (_, i) => ({
    id: `mom-${i}`,
    when: `Moment ${i}: when the three-week data arrive.`,
    behaviorIds: [`beh-${i * 10}`],
  }));
  return minimalPlan({ behaviors, strategies, crucialMoments });
}
