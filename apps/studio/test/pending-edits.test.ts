import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanCommand } from '@sixsources/core';
import { deferEdit, dropPendingEdit, flushPendingEdits, isApplyingTyping } from '../src/plan/pending-edits.ts';
import { createPlanStore, type PlanStore } from '../src/plan/plan-store.ts';
import { createTypingGroups, type TypingGroups } from '../src/plan/typing-groups.ts';
import { samplePlan } from './support/plans.ts';

/**
 * A text field as the editor's `TextField` wires it: it keeps the latest typed text as its
 * own draft and hands "apply my latest text" to `deferEdit` on every keystroke.
 */
function textField(store: PlanStore, typing: TypingGroups, path: string, toCommand: (text: string) => PlanCommand, applied: string[] = []) {
  let typed: string | null = null;
  const apply = () => {
    const text = typed;
    if (text === null) return;
    typed = null;
    applied.push(path);
    store.edit(toCommand(text), typing.groupFor(path));
  };
  return {
    apply,
    type(text: string) {
      typed = text;
      deferEdit(apply);
    },
  };
}

/** What the studio does around a click, an undo or a save: typed text first. */
const beforePlanWideAction = (typing: TypingGroups) => {
  flushPendingEdits();
  typing.breakGroup();
};

function setup() {
  const plan = samplePlan();
  const store = createPlanStore(plan, () => new Date(Date.now()));
  const typing = createTypingGroups(1500, () => Date.now());
  const edits = vi.spyOn(store, 'edit');
  const applied: string[] = [];
  const behaviorId = plan.behaviors[0]?.id as string;
  const title = textField(store, typing, 'title', (text) => ({ type: 'plan.update', changes: { title: text } }), applied);
  const who = textField(store, typing, `behaviors.${behaviorId}.who`, (text) => ({ type: 'behavior.update', id: behaviorId, changes: { who: text } }), applied);
  return { plan, store, typing, edits, applied, title, who };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'Date'] });
  vi.setSystemTime(new Date('2024-06-01T09:00:00Z'));
});

afterEach(() => {
  // Pending edits are module state: never let one leak into the next test.
  flushPendingEdits();
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
});

describe('typing on its way to the plan', () => {
  it('reaches the plan after the next frame, not during the keystroke', () => {
    const { store, plan, title } = setup();
    title.type('Socorro literacy');
    expect(store.getPlan()).toBe(plan);
    vi.advanceTimersToNextFrame();
    // Painted, but the edit waits for the task after the frame.
    expect(store.getPlan()).toBe(plan);
    // The fake clock runs a zero-delay task 1 ms on; far sooner than the 100 ms fallback.
    vi.advanceTimersByTime(1);
    expect(store.getPlan().title).toBe('Socorro literacy');
  });

  it('turns several keystrokes in one field into one edit of the latest text', () => {
    const { store, edits, title } = setup();
    for (const text of ['S', 'So', 'Soc', 'Soco']) title.type(text);
    vi.advanceTimersByTime(200);
    expect(edits).toHaveBeenCalledTimes(1);
    expect(store.getPlan().title).toBe('Soco');
    expect(store.getState().history.past).toHaveLength(1);
  });

  it('applies each field once even when both the frame and the fallback timer come', () => {
    const { edits, title } = setup();
    title.type('Once');
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(500);
    expect(edits).toHaveBeenCalledTimes(1);
  });

  it('applies the fields in the order they were first typed in, each with its latest text', () => {
    const { store, applied, title, who } = setup();
    title.type('T');
    who.type('W');
    title.type('Title');
    who.type('Who');
    flushPendingEdits();
    expect(applied).toEqual(['title', expect.stringMatching(/^behaviors\..*\.who$/)]);
    expect(store.getPlan().title).toBe('Title');
    expect(store.getPlan().behaviors[0]?.who).toBe('Who');
  });

  it('keeps typing in a later burst as a further edit, after the first has been applied', () => {
    const { store, edits, title } = setup();
    title.type('First');
    vi.advanceTimersByTime(200);
    title.type('First and second');
    vi.advanceTimersByTime(200);
    expect(edits).toHaveBeenCalledTimes(2);
    expect(store.getPlan().title).toBe('First and second');
  });

  it('still reaches the plan in a hidden page, where no frame comes', () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      const { store, plan, title } = setup();
      title.type('Typed in a background tab');
      vi.advanceTimersByTime(99);
      expect(store.getPlan()).toBe(plan);
      vi.advanceTimersByTime(1);
      expect(store.getPlan().title).toBe('Typed in a background tab');
    } finally {
      visibility.mockRestore();
    }
  });

  it('forgets an edit dropped by its field, which applies it itself', () => {
    const { store, edits, title } = setup();
    title.type('Closing the screen');
    dropPendingEdit(title.apply);
    flushPendingEdits();
    vi.advanceTimersByTime(200);
    expect(edits).not.toHaveBeenCalled();
    title.apply();
    expect(store.getPlan().title).toBe('Closing the screen');
    expect(edits).toHaveBeenCalledTimes(1);
  });

  it('says typing is being applied only while a flush applies it', () => {
    const seen: boolean[] = [];
    const apply = () => seen.push(isApplyingTyping());
    expect(isApplyingTyping()).toBe(false);
    deferEdit(apply);
    expect(isApplyingTyping()).toBe(false);
    flushPendingEdits();
    expect(seen).toEqual([true]);
    expect(isApplyingTyping()).toBe(false);
  });

  it('is no longer applying typing after an edit that throws', () => {
    deferEdit(() => {
      throw new Error('broken field');
    });
    expect(() => flushPendingEdits()).toThrow('broken field');
    expect(isApplyingTyping()).toBe(false);
  });

  it('does nothing when flushed with nothing pending', () => {
    const { store, plan, edits } = setup();
    flushPendingEdits();
    expect(edits).not.toHaveBeenCalled();
    expect(store.getPlan()).toBe(plan);
  });
});

describe('what must see the typed text first', () => {
  it('undo straight after typing undoes the typed text, and it does not come back later', () => {
    const { store, plan, typing, title } = setup();
    title.type('Just typed');
    beforePlanWideAction(typing);
    store.undo();
    expect(store.getPlan()).toEqual(plan);
    vi.advanceTimersByTime(500);
    expect(store.getPlan()).toEqual(plan);
    store.redo();
    expect(store.getPlan().title).toBe('Just typed');
  });

  it('a click edit after typing lands after the typed text, as its own undo step', () => {
    const { store, typing, title } = setup();
    title.type('Typed before the click');
    beforePlanWideAction(typing);
    store.edit({ type: 'behavior.add', id: 'beh-clicked', fields: { who: 'Coaches' } });
    expect(store.getPlan().title).toBe('Typed before the click');
    store.undo();
    expect(store.getPlan().behaviors.some((behavior) => behavior.id === 'beh-clicked')).toBe(false);
    expect(store.getPlan().title).toBe('Typed before the click');
  });

  it('saving straight after typing saves the typed text in every field', () => {
    const { store, typing, title, who } = setup();
    title.type('Saved title');
    who.type('Saved who');
    beforePlanWideAction(typing);
    const saved = store.getPlan();
    expect(saved.title).toBe('Saved title');
    expect(saved.behaviors[0]?.who).toBe('Saved who');
  });

  it('typing again after an undo is a new undo step, not merged into the undone one', () => {
    const { store, plan, typing, title } = setup();
    title.type('One');
    beforePlanWideAction(typing);
    store.undo();
    title.type('Two');
    vi.advanceTimersByTime(200);
    expect(store.getPlan().title).toBe('Two');
    beforePlanWideAction(typing);
    store.undo();
    expect(store.getPlan()).toEqual(plan);
  });
});
