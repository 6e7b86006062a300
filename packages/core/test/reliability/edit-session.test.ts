/**
 * Long editing sessions lose nothing: random sequences of up to 200 commands (adds, updates,
 * removals, moves, links, undo, redo, imports and the lifecycle up to approval and beyond)
 * sent to `planAuthoringMachine`, checked after every step against a simple model. The plan
 * always validates, holds what the model says, and undo and redo restore it exactly.
 */
import { afterAll, describe, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { planAuthoringMachine } from '../../src/edit/index.ts';
import { planArbitrary } from '../support/arbitraries.ts';
import { basePlans } from '../support/hostile.ts';
import { sessionCommands } from './edit-session-commands.ts';
import { startModel, type Session, type SessionModel } from './edit-session-model.ts';
import { FUZZ_RUNS, SOAK, timeLimit } from './fuzz-settings.ts';

/** The session's clock starts here; every command moves it on. */
const START = Date.parse('2026-01-05T08:00:00.000Z');
/** Plans a session starts from or imports: known ones the coach approves, and random valid ones. */
const plans = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...basePlans()) }, { weight: 1, arbitrary: planArbitrary() });

const figures = { sessions: 0, commands: 0, counts: {} as Record<string, number> };
afterAll(() => {
  // The soak run's figures, for the closing note of the reliability work.
  if (SOAK) console.log(`edit sessions: ${JSON.stringify(figures)}`);
});

describe('an editing session of up to 200 commands', () => {
  it('keeps the plan valid and as the model expects after every command', { timeout: timeLimit(60_000) }, () => {
    fc.assert(
      fc.property(plans, fc.commands(sessionCommands(plans), { maxCommands: 200, size: 'max' }), (plan, commands) => {
        let model: SessionModel | undefined;
        const setup = (): { model: SessionModel; real: Session } => {
          model = startModel(plan, START);
          return { model, real: { actor: createActor(planAuthoringMachine, { input: { plan } }).start() } };
        };
        fc.modelRun(setup, commands);
        figures.sessions++;
        figures.commands += [...commands].length;
        for (const [what, n] of Object.entries(model?.counts ?? {})) figures.counts[what] = (figures.counts[what] ?? 0) + n;
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
