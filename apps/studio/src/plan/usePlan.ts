/** Hooks for screens that read or edit the open plan. */
import { useCallback } from 'react';
import { useSelector } from '@xstate/react';
import type { EditRefusal, Plan, PlanCommand } from '@sixsources/core';
import { editEvent, redoEvent, selectCanRedo, selectCanUndo, selectPlan, undoEvent, type PlanActorSnapshot } from './authoring.ts';
import { usePlanSession } from './PlanSessionContext.ts';

/** The open plan; re-renders on every change of it. */
export function usePlan(): Plan {
  return useSelector(usePlanSession().actorRef, selectPlan);
}

/**
 * A part of the open plan; re-renders only when the selected value changes (by `Object.is`,
 * or by `compare`). Pass a stable `selector` (module-level or memoized).
 */
export function usePlanSelector<T>(selector: (plan: Plan) => T, compare?: (a: T, b: T) => boolean): T {
  const select = useCallback((snapshot: PlanActorSnapshot) => selector(selectPlan(snapshot)), [selector]);
  return useSelector(usePlanSession().actorRef, select, compare);
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
  const { actorRef, typing } = usePlanSession();
  return useCallback(
    (command: PlanCommand, options?: EditOptions) => {
      const group = options?.typingIn === undefined ? undefined : typing.groupFor(options.typingIn);
      if (options?.typingIn === undefined) typing.breakGroup();
      actorRef.send(editEvent(command, group));
      // The machine handles events synchronously: the snapshot already tells the outcome.
      return actorRef.getSnapshot().context.lastEditError;
    },
    [actorRef, typing],
  );
}

/** Undo and redo of the open plan, and whether each is possible now. */
export function useUndoRedo(): { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void } {
  const { actorRef, typing } = usePlanSession();
  const canUndo = useSelector(actorRef, selectCanUndo);
  const canRedo = useSelector(actorRef, selectCanRedo);
  const undo = useCallback(() => {
    typing.breakGroup();
    actorRef.send(undoEvent);
  }, [actorRef, typing]);
  const redo = useCallback(() => {
    typing.breakGroup();
    actorRef.send(redoEvent);
  }, [actorRef, typing]);
  return { canUndo, canRedo, undo, redo };
}
