/**
 * The commands of a model-based editing session: the edits (edit-session-edits.ts), undo,
 * redo, import and the lifecycle moves, each checked against the model after it runs, and
 * the arbitraries that draw them, weighted by how often people do each.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { approvalBlockers } from '../../src/edit/index.ts';
import { ALL_TACTICS, LIMITS, SOURCES, STRATEGY_STATUSES, isTacticOf, type Plan, type Source, type Tactic } from '../../src/plan/index.ts';
import {
  AddBehavior,
  AddStrategy,
  LinkStrategy,
  MoveBehavior,
  RemoveBehavior,
  RemoveStrategy,
  UpdateBehaviorAction,
  UpdateStrategy,
  type IdChoice,
  type SessionCommand,
  type StrategyChange,
} from './edit-session-edits.ts';
import { expectMatchesModel, importInto, tally, type Session, type SessionModel } from './edit-session-model.ts';

/** The date the coach treats as today when asked to approve. */
export const TODAY = '2026-01-05';

type Cmd = SessionCommand;

class Undo implements Cmd {
  check = () => true;
  run(model: SessionModel, session: Session): void {
    session.actor.send({ type: 'plan.undo' });
    const step = model.status === 'archived' ? undefined : model.past.pop();
    if (step !== undefined) {
      tally(model, 'undos');
      model.future.push(step);
      model.content = step.before.content;
      expect(session.actor.getSnapshot().context.plan, 'undo restores the plan exactly').toEqual(step.before.plan);
    }
    model.open = step === undefined ? model.open : false;
    expectMatchesModel(model, session);
  }
  toString = () => 'Undo';
}

class Redo implements Cmd {
  check = () => true;
  run(model: SessionModel, session: Session): void {
    session.actor.send({ type: 'plan.redo' });
    const step = model.status === 'archived' ? undefined : model.future.pop();
    if (step !== undefined) {
      tally(model, 'redos');
      model.past.push(step);
      model.content = step.after.content;
      expect(session.actor.getSnapshot().context.plan, 'redo restores the plan exactly').toEqual(step.after.plan);
    }
    model.open = step === undefined ? model.open : false;
    expectMatchesModel(model, session);
  }
  toString = () => 'Redo';
}

class Import implements Cmd {
  constructor(readonly plan: Plan) {}
  check = () => true;
  run(model: SessionModel, session: Session): void {
    session.actor.send({ type: 'plan.import', plan: this.plan });
    if (model.status === 'draft') {
      tally(model, 'imports');
      importInto(model, this.plan);
      expect(session.actor.getSnapshot().context.plan).toEqual(this.plan);
    } else {
      model.editRefused = true; // a plan past draft is not replaced wholesale
    }
    expectMatchesModel(model, session);
  }
  toString = () => `Import(${this.plan.id}: ${this.plan.behaviors.length} behaviors, ${this.plan.strategies.length} strategies)`;
}

/** Submit, approve, activate, archive and reopen: the lifecycle's moves, as the product states them. */
class Lifecycle implements Cmd {
  constructor(readonly move: 'submit' | 'approve' | 'activate' | 'archive' | 'reopen', readonly reason = 'changes asked for') {}
  check = () => true;
  run(model: SessionModel, session: Session): void {
    const plan = session.actor.getSnapshot().context.plan;
    // Approval follows the coach: asked here on its own, before the machine asks it.
    const approvable = this.move === 'approve' && model.status === 'inReview' && approvalBlockers(plan, { today: TODAY }).length === 0;
    session.actor.send(this.move === 'approve' ? { type: 'plan.approve', today: TODAY } : this.move === 'reopen' ? { type: 'plan.reopen', reason: this.reason } : { type: `plan.${this.move}` });
    const from = model.status;
    const to = nextStatus(from, this.move, approvable, this.reason);
    if (to !== from) tally(model, `${from} → ${to}`);
    if (this.move === 'approve' && from === 'inReview' && !approvable) {
      tally(model, 'refused approvals');
      expect(session.actor.getSnapshot().context.lastRefusal?.blockers.length).toBeGreaterThan(0);
    }
    if (from === 'draft' && to === 'inReview') {
      // Submitting is a checkpoint: nothing before it can be undone.
      model.past = [];
      model.future = [];
      model.open = false;
    }
    model.status = to;
    expect(session.actor.getSnapshot().context.plan, 'moving through the lifecycle leaves the plan alone').toBe(plan);
    expectMatchesModel(model, session);
  }
  toString = () => (this.move === 'reopen' ? `Lifecycle(reopen, ${JSON.stringify(this.reason)})` : `Lifecycle(${this.move})`);
}

function nextStatus(from: SessionModel['status'], move: Lifecycle['move'], approvable: boolean, reason: string): SessionModel['status'] {
  if (move === 'submit' && from === 'draft') return 'inReview';
  if (move === 'approve' && from === 'inReview' && approvable) return 'approved';
  if (move === 'activate' && from === 'approved') return 'active';
  if (move === 'archive' && from === 'active') return 'archived';
  if (move === 'reopen' && (from === 'inReview' || from === 'approved' || from === 'active') && reason.trim() !== '') return 'draft';
  return from;
}

// ---------------------------------------------------------------------------------------------
// The command arbitraries

const idChoice: fc.Arbitrary<IdChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'generated' as const }) },
  { weight: 4, arbitrary: fc.nat(30).map((n) => ({ kind: 'pool' as const, n })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'malformed' as const }) },
  { weight: 1, arbitrary: fc.nat().map((n) => ({ kind: 'taken' as const, n })) },
);

/** Text for actions and descriptions: phrases (often repeated, so some edits change nothing), random text, or one too long. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Reteach the same day.', 'Run a data dig every three weeks.', '') },
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(LIMITS.maxLongText + 1)) },
);

/** Pauses between commands: quick typing merges grouped edits, longer pauses do not. */
const pause = fc.constantFrom(50, 400, 2_500);

const pick = fc.oneof({ weight: 9, arbitrary: fc.nat(999) }, { weight: 1, arbitrary: fc.constant(1_000) });
const index = fc.nat(40);
const source = fc.constantFrom(...SOURCES);
/** Usually a tactic of the chosen source, sometimes any tactic (which may belong elsewhere). */
const strategyArgs = fc.tuple(source, fc.nat(), fc.boolean()).map(([s, n, any]): [Source, Tactic] => {
  const tactics = any ? ALL_TACTICS : ALL_TACTICS.filter((tactic) => isTacticOf(s, tactic));
  return [s, tactics[n % tactics.length] as Tactic];
});

const strategyChange: fc.Arbitrary<StrategyChange> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...STRATEGY_STATUSES).map((status) => ({ kind: 'status' as const, status })) },
  { weight: 3, arbitrary: fc.tuple(text, fc.boolean()).map(([description, typing]) => ({ kind: 'description' as const, description, typing })) },
  { weight: 2, arbitrary: fc.array(pick, { maxLength: 3 }).map((picks) => ({ kind: 'links' as const, picks })) },
  { weight: 1, arbitrary: source.map((s) => ({ kind: 'source' as const, source: s })) },
);

/** Every command of an editing session, with `importable` the plans an import may bring. */
export function sessionCommands(importable: fc.Arbitrary<Plan>): fc.Arbitrary<Cmd>[] {
  const weighted = (weight: number, arbitrary: fc.Arbitrary<Cmd>) => Array.from({ length: weight }, () => arbitrary);
  return [
    ...weighted(3, fc.tuple(idChoice, index, text, pause).map(([id, at, action, p]) => new AddBehavior(id, at, action, p))),
    ...weighted(3, fc.tuple(idChoice, index, strategyArgs, fc.array(pick, { maxLength: 3 }), text, pause).map(([id, at, [s, t], links, d, p]) => new AddStrategy(id, at, s, t, links, d, p))),
    ...weighted(4, fc.tuple(pick, text, fc.boolean(), pause).map(([n, action, typing, p]) => new UpdateBehaviorAction(n, action, typing, p))),
    ...weighted(4, fc.tuple(pick, strategyChange, pause).map(([n, change, p]) => new UpdateStrategy(n, change, p))),
    ...weighted(2, fc.tuple(pick, pause).map(([n, p]) => new RemoveBehavior(n, p))),
    ...weighted(2, fc.tuple(pick, pause).map(([n, p]) => new RemoveStrategy(n, p))),
    ...weighted(1, fc.tuple(index, index, pause).map(([from, to, p]) => new MoveBehavior(from, to, p))),
    ...weighted(2, fc.tuple(fc.boolean(), pick, pick, pause).map(([link, s, b, p]) => new LinkStrategy(link, s, b, p))),
    ...weighted(4, fc.constant(new Undo())),
    ...weighted(3, fc.constant(new Redo())),
    ...weighted(1, importable.map((plan) => new Import(plan))),
    ...weighted(2, fc.constantFrom<Lifecycle['move']>('submit', 'approve', 'approve', 'activate').map((move) => new Lifecycle(move))),
    ...weighted(2, fc.constantFrom('changes asked for', 'changes asked for', '   ').map((reason) => new Lifecycle('reopen', reason))),
    // Archiving ends the session's editing, so it comes rarely.
    ...weighted(1, fc.constantFrom<Lifecycle['move']>('archive', 'approve', 'activate', 'activate').map((move) => new Lifecycle(move))),
  ];
}
