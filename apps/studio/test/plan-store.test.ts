import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { applyCommand, canRedo, canUndo, LIMITS, type Plan, type PlanCommand } from '@sixsources/core';
import { createPlanStore } from '../src/plan/plan-store.ts';
import { samplePlan } from './support/plans.ts';

/** A clock the test moves by hand, so merges of grouped edits never depend on machine speed. */
function handClock(start = Date.parse('2024-06-01T09:00:00Z')) {
  let time = start;
  return {
    now: () => new Date(time),
    tick: (ms: number) => {
      time += ms;
    },
  };
}

const firstBehaviorId = (plan: Plan) => (plan.behaviors[0] as Plan['behaviors'][number]).id;

describe('the open plan store', () => {
  it('applies an edit exactly as the core command does, stamping the edit time', () => {
    const plan = samplePlan();
    const clock = handClock();
    const store = createPlanStore(plan, clock.now);
    const command: PlanCommand = { type: 'behavior.update', id: firstBehaviorId(plan), changes: { who: 'Grade 2 teachers' } };
    expect(store.edit(command)).toBeNull();
    const expected = applyCommand(plan, command, clock.now().toISOString());
    expect(expected.ok).toBe(true);
    expect(store.getPlan()).toEqual(expected.plan);
    expect(store.getPlan().behaviors[0]?.who).toBe('Grade 2 teachers');
    expect(store.getPlan().updatedAt).toBe(clock.now().toISOString());
    expect(store.getState().plan).toBe(store.getPlan());
    // The plan handed in is never changed in place.
    expect(plan.behaviors[0]?.who).not.toBe('Grade 2 teachers');
  });

  it('undo and redo restore the exact plans before and after each edit', () => {
    const plan = samplePlan();
    const clock = handClock();
    const store = createPlanStore(plan, clock.now);
    store.edit({ type: 'plan.update', changes: { title: 'First title' } });
    const afterFirst = store.getPlan();
    clock.tick(5_000);
    store.edit({ type: 'behavior.add', id: 'beh-new', fields: { who: 'Coaches', action: 'model a lesson weekly' } });
    const afterSecond = store.getPlan();

    store.undo();
    expect(store.getPlan()).toEqual(afterFirst);
    store.undo();
    expect(store.getPlan()).toEqual(plan);
    expect(canUndo(store.getState().history)).toBe(false);
    store.redo();
    expect(store.getPlan()).toEqual(afterFirst);
    store.redo();
    expect(store.getPlan()).toEqual(afterSecond);
    expect(canRedo(store.getState().history)).toBe(false);
  });

  it('ignores undo and redo when there is nothing to undo or redo, without telling listeners', () => {
    const plan = samplePlan();
    const store = createPlanStore(plan);
    const listener = vi.fn();
    store.subscribe(listener);
    store.undo();
    store.redo();
    expect(store.getPlan()).toBe(plan);
    expect(listener).not.toHaveBeenCalled();
  });

  it('a new edit after undo forgets the redo step', () => {
    const clock = handClock();
    const store = createPlanStore(samplePlan(), clock.now);
    store.edit({ type: 'plan.update', changes: { title: 'A' } });
    store.undo();
    expect(canRedo(store.getState().history)).toBe(true);
    store.edit({ type: 'plan.update', changes: { title: 'B' } });
    expect(canRedo(store.getState().history)).toBe(false);
    store.redo();
    expect(store.getPlan().title).toBe('B');
  });

  it('a refused edit leaves the plan and history untouched and says why; the next accepted edit clears it', () => {
    const plan = samplePlan();
    const clock = handClock();
    const store = createPlanStore(plan, clock.now);
    const listener = vi.fn();
    store.subscribe(listener);

    const refusal = store.edit({ type: 'behavior.update', id: 'no-such-behavior', changes: { who: 'Nobody' } });
    expect(refusal).toMatchObject({ code: 'not-found', id: 'no-such-behavior' });
    expect(store.getPlan()).toBe(plan);
    expect(store.getState().lastEditError).toEqual(refusal);
    expect(canUndo(store.getState().history)).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);

    const tooLong = 'x'.repeat(LIMITS.maxShortText + 1);
    expect(store.edit({ type: 'plan.update', changes: { title: tooLong } })).toMatchObject({ code: 'invalid-value' });
    expect(store.getPlan()).toBe(plan);
    expect(store.getState().lastEditError?.code).toBe('invalid-value');

    expect(store.edit({ type: 'plan.update', changes: { title: 'Accepted' } })).toBeNull();
    expect(store.getState().lastEditError).toBeNull();
    expect(store.getPlan().title).toBe('Accepted');
  });

  it('an accepted edit that changes nothing still clears the last refusal, and adds no undo step', () => {
    const plan = samplePlan();
    const store = createPlanStore(plan);
    store.edit({ type: 'behavior.remove', id: 'missing' });
    expect(store.getState().lastEditError).not.toBeNull();
    expect(store.edit({ type: 'plan.update', changes: { title: plan.title } })).toBeNull();
    expect(store.getState().lastEditError).toBeNull();
    expect(store.getPlan()).toBe(plan);
    expect(canUndo(store.getState().history)).toBe(false);
  });

  it('an edit that changes nothing, with no refusal to clear, does not notify listeners', () => {
    const plan = samplePlan();
    const store = createPlanStore(plan);
    const listener = vi.fn();
    store.subscribe(listener);
    store.edit({ type: 'plan.update', changes: { title: plan.title } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('edits with the same group in quick succession become one undo step', () => {
    const plan = samplePlan();
    const clock = handClock();
    const store = createPlanStore(plan, clock.now);
    for (const title of ['S', 'So', 'Soc', 'Soco']) {
      store.edit({ type: 'plan.update', changes: { title } }, 'title#1');
      clock.tick(200);
    }
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getPlan().title).toBe('Soco');
    store.undo();
    expect(store.getPlan()).toEqual(plan);
    store.redo();
    expect(store.getPlan().title).toBe('Soco');
  });

  it('edits with different groups, or without a group, stay separate undo steps', () => {
    const plan = samplePlan();
    const clock = handClock();
    const store = createPlanStore(plan, clock.now);
    const id = firstBehaviorId(plan);
    store.edit({ type: 'plan.update', changes: { title: 'T' } }, 'title#1');
    store.edit({ type: 'behavior.update', id, changes: { who: 'W' } }, 'who#2');
    store.edit({ type: 'plan.update', changes: { title: 'T2' } });
    store.edit({ type: 'plan.update', changes: { title: 'T3' } });
    expect(store.getState().history.past).toHaveLength(4);
    store.undo();
    expect(store.getPlan().title).toBe('T2');
  });

  it('a grouped edit after undo starts a new step instead of merging into the undone one', () => {
    const plan = samplePlan();
    const clock = handClock();
    const store = createPlanStore(plan, clock.now);
    store.edit({ type: 'plan.update', changes: { title: 'One' } }, 'title#1');
    store.edit({ type: 'plan.update', changes: { title: 'Two' } }, 'title#1');
    store.undo();
    store.edit({ type: 'plan.update', changes: { title: 'Three' } }, 'title#1');
    store.undo();
    expect(store.getPlan()).toEqual(plan);
  });

  it('calls listeners after each change with the new state readable, and unsubscribe stops them', () => {
    const store = createPlanStore(samplePlan(), handClock().now);
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getPlan().title));
    const other = vi.fn();
    store.subscribe(other);
    store.edit({ type: 'plan.update', changes: { title: 'Seen' } });
    store.undo();
    store.redo();
    expect(seen).toEqual(['Seen', samplePlan().title, 'Seen']);
    unsubscribe();
    store.edit({ type: 'plan.update', changes: { title: 'Unseen' } });
    expect(seen).toHaveLength(3);
    expect(other).toHaveBeenCalledTimes(4);
  });

  it('a listener that unsubscribes while being called does not stop the others hearing of that change', () => {
    const store = createPlanStore(samplePlan(), handClock().now);
    const later = vi.fn();
    const unsubscribe = store.subscribe(() => unsubscribe());
    store.subscribe(later);
    store.edit({ type: 'plan.update', changes: { title: 'Once' } });
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('gives a new state object after every change and keeps the old one as it was', () => {
    const store = createPlanStore(samplePlan(), handClock().now);
    const before = store.getState();
    store.edit({ type: 'plan.update', changes: { title: 'New' } });
    const after = store.getState();
    expect(after).not.toBe(before);
    expect(before.plan.title).toBe(samplePlan().title);
    expect(before.history.past).toHaveLength(0);
  });
});

describe('undo and redo over any sequence of edits', () => {
  /** A valid edit, chosen relative to the plan it will be applied to. */
  type EditPick =
    | { kind: 'title'; title: string }
    | { kind: 'add'; who: string; action: string }
    | { kind: 'update'; index: number; who: string; group: boolean };

  const text = fc.string({ maxLength: 40 });
  const pick: fc.Arbitrary<EditPick> = fc.oneof(
    fc.record({ kind: fc.constant('title' as const), title: text }),
    fc.record({ kind: fc.constant('add' as const), who: text, action: text }),
    fc.record({ kind: fc.constant('update' as const), index: fc.nat(), who: text, group: fc.boolean() }),
  );

  function commandFor(plan: Plan, edit: EditPick): { command: PlanCommand; group?: string } {
    switch (edit.kind) {
      case 'title':
        return { command: { type: 'plan.update', changes: { title: edit.title } }, group: 'title' };
      case 'add':
        return { command: { type: 'behavior.add', fields: { who: edit.who, action: edit.action } } };
      case 'update': {
        const behavior = plan.behaviors[edit.index % plan.behaviors.length] as Plan['behaviors'][number];
        const command: PlanCommand = { type: 'behavior.update', id: behavior.id, changes: { who: edit.who } };
        return edit.group ? { command, group: `who-${behavior.id}` } : { command };
      }
    }
  }

  it('undoing every step returns the starting plan, and redoing every step returns the end plan', () => {
    const start = samplePlan();
    fc.assert(
      fc.property(fc.array(fc.tuple(pick, fc.nat(2_000)), { maxLength: 25 }), (edits) => {
        const clock = handClock();
        const store = createPlanStore(start, clock.now);
        for (const [edit, pause] of edits) {
          const { command, group } = commandFor(store.getPlan(), edit);
          expect(store.edit(command, group)).toBeNull();
          clock.tick(pause);
        }
        const end = store.getPlan();
        const steps = store.getState().history.past.length;
        expect(steps).toBeLessThanOrEqual(edits.length);
        for (let i = 0; i < steps; i++) store.undo();
        expect(canUndo(store.getState().history)).toBe(false);
        expect(store.getPlan()).toEqual(start);
        for (let i = 0; i < steps; i++) store.redo();
        expect(canRedo(store.getState().history)).toBe(false);
        expect(store.getPlan()).toEqual(end);
      }),
      { numRuns: 60 },
    );
  });
});
