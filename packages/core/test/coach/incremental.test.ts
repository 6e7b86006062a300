/**
 * The incremental coach (`createCoach`) reuses a rule's findings while the parts of the plan
 * it reads are unchanged. Whatever the edits, its report must be exactly `coachPlan`'s.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coachPlan, createCoach, type CoachOptions } from '../../src/coach/index.ts';
import { applyCommand, undo, redo, createHistory, record, type EditHistory } from '../../src/edit/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { planArbitrary } from '../support/arbitraries.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { intentArb, toCommand } from '../edit/command-arbitraries.ts';

const AT = '2026-03-02T09:00:00.000Z';
/** Settings a session passes through: a new day, the other language, another owner limit. */
const optionsArb: fc.Arbitrary<CoachOptions> = fc.record({
  today: fc.constantFrom('2025-09-01', '2026-03-02', '2027-01-15'),
  language: fc.constantFrom('en' as const, 'es' as const),
  ownerLoadLimit: fc.constantFrom(0, 2, 5),
});
/** One step of a session: an edit, undo or redo, and the settings the coach is asked with. */
const stepArb = fc.record({
  action: fc.oneof({ weight: 6, arbitrary: intentArb.map((intent) => ({ kind: 'edit' as const, intent })) }, { weight: 1, arbitrary: fc.constantFrom({ kind: 'undo' as const }, { kind: 'redo' as const }) }),
  options: fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: optionsArb }),
});

describe('createCoach', () => {
  it('gives the same report as coachPlan after every edit, undo and redo', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(planArbitrary(), optionsArb, fc.array(stepArb, { maxLength: 30 }), (start, firstOptions, steps) => {
        const coach = createCoach();
        let plan: Plan = start;
        let history: EditHistory = createHistory();
        let options = firstOptions;
        expect(coach(plan, options)).toEqual(coachPlan(plan, options));
        for (const step of steps) {
          if (step.action.kind === 'edit') {
            const result = applyCommand(plan, toCommand(step.action.intent, plan), AT);
            if (result.ok) {
              history = record(history, result);
              plan = result.plan;
            }
          } else {
            ({ plan, history } = step.action.kind === 'undo' ? undo(plan, history) : redo(plan, history));
          }
          options = step.options ?? options;
          expect(coach(plan, options)).toEqual(coachPlan(plan, options));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('does not run the rules about measures again when only a strategy was added', () => {
    const coach = createCoach();
    // Its one measure was last observed in October 2025, three-weekly: stale by March 2026.
    const plan = minimalPlan();
    const first = coach(plan, { today: '2026-03-02' });
    const result = applyCommand(plan, { type: 'strategy.add', id: 'str-new', fields: { source: 'structural-ability', tactic: 'other', description: 'A new data wall.', behaviorIds: [] } }, AT);
    if (!result.ok) throw new Error(result.error.message);
    const second = coach(result.plan, { today: '2026-03-02' });
    const stale = (report: typeof first) => report.findings.find((finding) => finding.code === 'measure-stale');
    expect(stale(first)).toBeDefined();
    // The very same finding object: reused, not worked out again.
    expect(stale(second)).toBe(stale(first));
    expect(second).toEqual(coachPlan(result.plan, { today: '2026-03-02' }));
  });
});
