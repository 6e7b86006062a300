/** Hooks for screens that read or edit the open plan. */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { canRedo, canUndo, type EditRefusal, type Plan, type PlanCommand } from '@sixsources/core';
import { usePlanSession } from './PlanSessionContext.ts';
import { flushPendingEdits } from './pending-edits.ts';
import type { PlanStore } from './plan-store.ts';

const selectWhole = (plan: Plan) => plan;

/** The open plan; re-renders on every change of it. */
export function usePlan(): Plan {
  return usePlanSelector(selectWhole);
}

/**
 * A part of the open plan; re-renders only when the selected value changes (by `Object.is`,
 * or by `compare`). Pass a stable `selector` (module-level or memoized).
 */
export function usePlanSelector<T>(selector: (plan: Plan) => T, compare?: (a: T, b: T) => boolean): T {
  const { store } = usePlanSession();
  return useStoreSelector(store, selector, compare);
}

/** `selector` of the store's plan, the previous value kept while `compare` calls it equal. */
function useStoreSelector<T>(store: PlanStore, selector: (plan: Plan) => T, compare?: (a: T, b: T) => boolean): T {
  const getSelection = useMemo(() => {
    let last: { plan: Plan; value: T } | null = null;
    return () => {
      const plan = store.getPlan();
      if (last !== null && last.plan === plan) return last.value;
      const value = selector(plan);
      if (last !== null && (compare === undefined ? Object.is(last.value, value) : compare(last.value, value))) {
        last = { plan, value: last.value };
        return last.value;
      }
      last = { plan, value };
      return value;
    };
  }, [store, selector, compare]);
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

/** Options of one edit. */
export interface EditOptions {
  /**
   * For typing: the field being typed in, e.g. `behaviors.beh-1.action`. Consecutive edits of
   * one field in one burst of typing become one undo step.
   */
  typingIn?: string;
}

/** Applies an edit to the open plan; returns why it was refused, or `null` when it was applied. */
export type EditPlan = (command: PlanCommand, options?: EditOptions) => EditRefusal | null;

/** Sends edit commands to the open plan (each through the core, with undo). */
export function useEditPlan(): EditPlan {
  const { store, typing } = usePlanSession();
  return useCallback(
    (command: PlanCommand, options?: EditOptions) => {
      if (options?.typingIn === undefined) {
        // A click or a choice comes after any typing still on its way to the plan.
        flushPendingEdits();
        typing.breakGroup();
        return store.edit(command);
      }
      return store.edit(command, typing.groupFor(options.typingIn));
    },
    [store, typing],
  );
}


/** Undo and redo of the open plan, and whether each is possible now. */
export function useUndoRedo(): { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void } {
  const { store, typing } = usePlanSession();
  const undoable = useSyncExternalStore(store.subscribe, () => canUndo(store.getState().history));
  const redoable = useSyncExternalStore(store.subscribe, () => canRedo(store.getState().history));
  const undo = useCallback(() => {
    flushPendingEdits();
    typing.breakGroup();
    store.undo();
  }, [store, typing]);
  const redo = useCallback(() => {
    flushPendingEdits();
    typing.breakGroup();
    store.redo();
  }, [store, typing]);
  return { canUndo: undoable, canRedo: redoable, undo, redo };
}
