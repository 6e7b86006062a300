import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  undo,
  type EditHistory,
} from '../../src/edit/index.ts';
import { validatePlan } from '../../src/plan/parse.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { planArbitrary } from '../support/arbitraries.ts';
import { intentArb, toCommand, type CommandIntent } from './command-arbitraries.ts';

/** One step of a session: what the person does, the undo group it types into, and the pause before it. */
interface SessionStep {
  intent: CommandIntent;
  group: string | undefined;
  pauseMs: number;
}

const stepArb: fc.Arbitrary<SessionStep> = fc.record({
  intent: intentArb,
  // Few group keys, short pauses: many consecutive edits merge into one undo step.
  group: fc.constantFrom(undefined, 'typing-a', 'typing-b'),
  pauseMs: fc.constantFrom(50, 400, 5_000),
});
const sessionArb = fc.array(stepArb, { minLength: 1, maxLength: 50 });

interface SessionOutcome {
  plan: Plan;
  history: EditHistory;
  accepted: number;
}

/** Runs a session from `start`, recording every accepted command in the history. */
function runSession(start: Plan, steps: readonly SessionStep[]): SessionOutcome {
  let plan = start;
  let history = createHistory({ limit: 1_000 });
  let clock = Date.UTC(2030, 0, 1);
  let accepted = 0;
  for (const { intent, group, pauseMs } of steps) {
    clock += pauseMs;
    const result = applyCommand(plan, toCommand(intent, plan), new Date(clock));
    if (!result.ok) continue;
    if (result.patches.length > 0) accepted++;
    plan = result.plan;
    history = record(history, result, { now: clock, ...(group !== undefined && { group }) });
  }
  return { plan, history, accepted };
}

function undoAll(plan: Plan, history: EditHistory) {
  let state = { plan, history };
  while (canUndo(state.history)) state = undo(state.plan, state.history);
  return state;
}

function redoAll(plan: Plan, history: EditHistory) {
  let state = { plan, history };
  while (canRedo(state.history)) state = redo(state.plan, state.history);
  return state;
}

// Generous: the property runs take about 2 s alone, several times that on a busy shared machine.
describe('undo and redo over random edit sessions', { timeout: 60_000 }, () => {
  it('undoing every step gives back the starting plan, and redoing every step gives the final plan', () => {
    fc.assert(
      fc.property(planArbitrary(), sessionArb, (start, steps) => {
        // Copies taken before any edit: nothing may have changed them in place.
        const startCopy = structuredClone(start);
        const { plan: end, history } = runSession(start, steps);
        const endCopy = structuredClone(end);

        const undone = undoAll(end, history);
        expect(undone.plan).toStrictEqual(startCopy);
        expect(canRedo(undone.history)).toBe(history.past.length > 0);

        const redone = redoAll(undone.plan, undone.history);
        expect(redone.plan).toStrictEqual(endCopy);
        expect(start).toStrictEqual(startCopy);
      }),
      { numRuns: 200 },
    );
  });

  it('every accepted command leaves a plan that passes the schema and every reference check', () => {
    fc.assert(
      fc.property(planArbitrary(), sessionArb, (start, steps) => {
        let plan = start;
        for (const { intent } of steps) {
          const before = plan;
          const command = toCommand(intent, plan);
          const result = applyCommand(plan, command, '2030-01-01T00:00:00.000Z');
          if (!result.ok) {
            // A refused command hands back the very plan it was given.
            expect(result.plan).toBe(before);
            continue;
          }
          const checked = validatePlan(result.plan);
          expect(checked.ok ? [] : checked.errors, `after ${JSON.stringify(command).slice(0, 300)}`).toEqual([]);
          plan = result.plan;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('undoing part of a session and then editing again keeps undo and redo consistent', () => {
    fc.assert(
      fc.property(planArbitrary(), sessionArb, fc.nat(60), sessionArb, (start, first, undoCount, second) => {
        const startCopy = structuredClone(start);
        let { plan, history } = runSession(start, first);
        for (let i = 0; i < undoCount && canUndo(history); i++) ({ plan, history } = undo(plan, history));
        // New edits after undo drop the redo stack; what remains must still undo to the start.
        for (const { intent } of second) {
          const result = applyCommand(plan, toCommand(intent, plan), '2031-01-01T00:00:00.000Z');
          if (!result.ok) continue;
          plan = result.plan;
          history = record(history, result);
        }
        expect(undoAll(plan, history).plan).toStrictEqual(startCopy);
      }),
      { numRuns: 60 },
    );
  });

  it('sessions are mostly accepted edits, so the properties above test real changes', () => {
    const sessions = fc.sample(fc.tuple(planArbitrary(), sessionArb), { numRuns: 60, seed: 11 });
    let steps = 0;
    let accepted = 0;
    for (const [start, session] of sessions) {
      steps += session.length;
      accepted += runSession(start, session).accepted;
    }
    expect(accepted / steps).toBeGreaterThan(0.4);
  });
});
