/** A plan far larger than any real one, for size budgets and timing. */
import type { Plan, Strategy } from '../../src/plan/schema.ts';
import { SOURCES, tacticsOf } from '../../src/plan/sources.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

export interface LargePlanShape {
  behaviors: number;
  strategies: number;
  /** Observations of the single measure. */
  observations?: number;
  /** Text for every behavior's `who` and `action` (default: plain sentences). */
  text?: (kind: 'who' | 'action' | 'description', index: number) => string;
}

/** A plan with the given numbers of behaviors and strategies; each strategy aims at 1-2 behaviors. */
export function largePlan(shape: LargePlanShape): Plan {
  const text = shape.text ?? ((kind, i) => (kind === 'who' ? `Team ${i % 40}` : `Do the vital thing number ${i} at the crucial moment, every week.`));
  const base = minimalPlan();
  const behaviors = Array.from({ length: shape.behaviors }, (_, i) => ({
    id: `beh-${i}`,
    who: text('who', i),
    action: text('action', i),
    measuredBy: 'Walkthrough tally.',
    origin: 'research' as const,
  }));
  const strategies = Array.from({ length: shape.strategies }, (_, i): Strategy => {
    const source = SOURCES[i % SOURCES.length]!;
    const tactics = tacticsOf(source);
    const first = (i * 7) % Math.max(1, shape.behaviors);
    const ids = shape.behaviors === 0 ? [] : i % 3 === 0 ? [`beh-${first}`, `beh-${(first + 1) % shape.behaviors}`] : [`beh-${first}`];
    const month = String((i % 12) + 1).padStart(2, '0');
    return {
      id: `str-${i}`,
      source,
      tactic: tactics[i % tactics.length]!,
      description: text('description', i),
      behaviorIds: ids,
      owner: `Owner ${i % 25}`,
      start: `2026-${month}-01`,
      due: `2026-${month}-28`,
      status: i % 10 === 0 ? 'done' : 'planned',
    };
  });
  const measure = base.result.measures[0]!;
  const observations = Array.from({ length: shape.observations ?? 0 }, (_, i) => ({
    id: `obs-${i}`,
    date: new Date(Date.UTC(2025, 9, 1) + i * 86_400_000).toISOString().slice(0, 10),
    value: 48 + (i % 30),
  }));
  return {
    ...base,
    behaviors,
    strategies,
    crucialMoments: [],
    result: { ...base.result, measures: [{ ...measure, observations }] },
  };
}
