import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  canRedo,
  canUndo,
  clearHistory,
  createHistory,
  record,
  redo,
  sealHistory,
  undo,
  type EditHistory,
  type PlanCommand,
} from '../../src/edit/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

interface Session {
  plan: Plan;
  history: EditHistory;
}

/** Applies a command (which must be accepted) and records it, as an editor would. */
function edit(session: Session, command: PlanCommand, options: { group?: string; now?: number } = {}): Session {
  const result = applyCommand(session.plan, command, new Date(options.now ?? 0));
  if (!result.ok) throw new Error(result.error.message);
  return { plan: result.plan, history: record(session.history, result, { label: command.type, ...options }) };
}

/** Types `text` into a behavior's action one key at a time, `gapMs` apart, starting at `from`. */
function type(session: Session, text: string, from: number, gapMs: number): Session {
  let current = session;
  for (let i = 1; i <= text.length; i++) {
    current = edit(current, { type: 'behavior.update', id: 'beh-reteach', changes: { action: text.slice(0, i) } }, {
      group: 'behaviors.beh-reteach.action',
      now: from + i * gapMs,
    });
  }
  return current;
}

const start = (): Session => ({ plan: minimalPlan(), history: createHistory() });
const actionOf = (plan: Plan) => plan.behaviors[1]?.action;

describe('EditHistory', () => {
  it('starts empty, and undo or redo with nothing to do changes nothing', () => {
    const { plan, history } = start();
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(plan, history)).toEqual({ plan, history });
    expect(redo(plan, history)).toEqual({ plan, history });
  });

  it('undoes and redoes one command per step, and labels each step', () => {
    let session = edit(start(), { type: 'behavior.remove', id: 'beh-reteach' }, { now: 1 });
    session = edit(session, { type: 'plan.update', changes: { title: 'New' } }, { now: 2 });
    expect(session.history.past.map((step) => step.label)).toEqual(['behavior.remove', 'plan.update']);

    let state = undo(session.plan, session.history);
    expect(state.plan.title).toBe(minimalPlan().title);
    expect(state.plan.behaviors).toHaveLength(1);
    state = undo(state.plan, state.history);
    expect(state.plan).toStrictEqual(minimalPlan());
    expect(canUndo(state.history)).toBe(false);
    state = redo(state.plan, state.history);
    expect(state.plan.behaviors).toHaveLength(1);
    expect(state.plan.title).toBe(minimalPlan().title);
    state = redo(state.plan, state.history);
    expect(state.plan).toStrictEqual(session.plan);
  });

  it('a new edit after undo forgets the steps that could have been redone', () => {
    let session = edit(start(), { type: 'plan.update', changes: { title: 'One' } });
    const undone = undo(session.plan, session.history);
    session = edit(undone, { type: 'plan.update', changes: { title: 'Two' } });
    expect(canRedo(session.history)).toBe(false);
    expect(session.history.past).toHaveLength(1);
  });

  it('ignores commands that changed nothing', () => {
    const session = start();
    const result = applyCommand(session.plan, { type: 'behavior.move', from: 0, to: 0 });
    expect(result.ok && record(session.history, result)).toBe(session.history);
  });

  it('merges keystrokes typed into one field into one undo step', () => {
    const typed = type(start(), 'Reteach now', 1_000, 120);
    expect(actionOf(typed.plan)).toBe('Reteach now');
    expect(typed.history.past).toHaveLength(1);
    // Merged typing stays small: one patch for the field and one for updatedAt each way.
    expect(typed.history.past[0]?.patches).toHaveLength(2);
    expect(typed.history.past[0]?.inversePatches).toHaveLength(2);
    const undone = undo(typed.plan, typed.history);
    expect(undone.plan).toStrictEqual(minimalPlan());
    expect(redo(undone.plan, undone.history).plan).toStrictEqual(typed.plan);
  });

  it('starts a new step after a pause longer than the merge window', () => {
    let session = type(start(), 'Re', 0, 100);
    session = type(session, 'Reteach', 5_000, 100);
    expect(session.history.past).toHaveLength(2);
    expect(actionOf(undo(session.plan, session.history).plan)).toBe('Re');
  });

  it('starts a new step for another field, another group, no group, or after a seal', () => {
    let session = type(start(), 'Ab', 0, 100);
    session = edit(session, { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'X' } }, { group: 'behaviors.beh-reteach.who', now: 250 });
    expect(session.history.past).toHaveLength(2);
    session = edit(session, { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'XY' } }, { now: 300 });
    expect(session.history.past).toHaveLength(3);
    session = edit(session, { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'XYZ' } }, { group: 'g', now: 350 });
    session = { ...session, history: sealHistory(session.history) };
    session = edit(session, { type: 'behavior.update', id: 'beh-reteach', changes: { who: 'XYZW' } }, { group: 'g', now: 360 });
    expect(session.history.past).toHaveLength(5);
  });

  it('does not merge into a step that was undone and redone', () => {
    let session = type(start(), 'Ab', 0, 100);
    const undone = undo(session.plan, session.history);
    session = redo(undone.plan, undone.history);
    session = type(session, 'Abc', 250, 10);
    expect(session.history.past).toHaveLength(2);
  });

  it('merges a group of structural edits correctly too (adds, then a removal)', () => {
    let session = edit(start(), { type: 'behavior.add', id: 'beh-a' }, { group: 'g', now: 10 });
    session = edit(session, { type: 'behavior.add', id: 'beh-b', at: 0 }, { group: 'g', now: 20 });
    session = edit(session, { type: 'link', kind: 'strategy', id: 'str-model', behaviorId: 'beh-b' }, { group: 'g', now: 30 });
    session = edit(session, { type: 'behavior.remove', id: 'beh-data-dig' }, { group: 'g', now: 40 });
    expect(session.history.past).toHaveLength(1);
    const undone = undo(session.plan, session.history);
    expect(undone.plan).toStrictEqual(minimalPlan());
    expect(redo(undone.plan, undone.history).plan).toStrictEqual(session.plan);
  });

  it('keeps at most `limit` steps, forgetting the oldest', () => {
    let session: Session = { plan: minimalPlan(), history: createHistory({ limit: 3 }) };
    for (const title of ['1', '2', '3', '4', '5']) session = edit(session, { type: 'plan.update', changes: { title } });
    expect(session.history.past).toHaveLength(3);
    let state = session;
    while (canUndo(state.history)) state = undo(state.plan, state.history);
    expect(state.plan.title).toBe('2');
  });

  it('keeps 200 steps by default', () => {
    let session = start();
    for (let i = 0; i < 230; i++) session = edit(session, { type: 'plan.update', changes: { title: `t${i}` } });
    expect(session.history.past).toHaveLength(200);
  });

  it('clears both stacks on import, keeping its settings', () => {
    let session: Session = { plan: minimalPlan(), history: createHistory({ limit: 7, mergeWindowMs: 50 }) };
    session = edit(session, { type: 'plan.update', changes: { title: 'A' } });
    session = edit(session, { type: 'plan.update', changes: { title: 'B' } });
    const undone = undo(session.plan, session.history);
    const cleared = clearHistory(undone.history);
    expect(canUndo(cleared) || canRedo(cleared)).toBe(false);
    expect(cleared).toMatchObject({ limit: 7, mergeWindowMs: 50 });
  });

  it('is plain data that survives JSON, and undo works from the revived copy', () => {
    const session = edit(start(), { type: 'behavior.remove', id: 'beh-data-dig' });
    const revived = JSON.parse(JSON.stringify(session.history)) as EditHistory;
    expect(undo(session.plan, revived).plan).toStrictEqual(minimalPlan());
  });

  it('never changes the history it is given', () => {
    const session = edit(start(), { type: 'plan.update', changes: { title: 'A' } });
    const copy = structuredClone(session.history);
    record(session.history, { patches: [{ op: 'replace', path: ['title'], value: 'B' }], inversePatches: [] });
    undo(session.plan, session.history);
    expect(session.history).toStrictEqual(copy);
  });
});
