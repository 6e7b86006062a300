/**
 * The open plan in memory: the plan, its undo history and the last refused edit, changed only
 * through the core's commands (`applyCommand`, `record`, `undo`, `redo`). It does what the
 * core's authoring machine does for a plan in draft, the only state the studio edits in,
 * without a state-machine runtime in the first screen's code.
 */
import { applyCommand, canRedo, canUndo, createHistory, record, redo, undo, type EditHistory, type EditRefusal, type Plan, type PlanCommand } from '@sixsources/core';

/** One state of the open plan; a new object after every change. */
export interface PlanState {
  plan: Plan;
  history: EditHistory;
  /** Why the last edit was refused; cleared by the next accepted one. */
  lastEditError: EditRefusal | null;
}

/** The open plan: read it, watch it, edit it with undo. */
export interface PlanStore {
  getState(): PlanState;
  getPlan(): Plan;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Applies an edit (one undo step, or merged into the last one with the same `group`); returns why it was refused, or `null`. */
  edit(command: PlanCommand, group?: string): EditRefusal | null;
  undo(): void;
  redo(): void;
}

/** A store holding `plan` with an empty history. `now` is injectable for tests. */
export function createPlanStore(plan: Plan, now: () => Date = () => new Date()): PlanStore {
  let state: PlanState = { plan, history: createHistory(), lastEditError: null };
  const listeners = new Set<() => void>();
  const set = (next: PlanState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getState: () => state,
    getPlan: () => state.plan,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit(command, group) {
      const at = now().toISOString();
      const result = applyCommand(state.plan, command, at);
      if (!result.ok) {
        set({ ...state, lastEditError: result.error });
        return result.error;
      }
      const history = record(state.history, result, { label: command.type, now: Date.parse(at), ...(group !== undefined && { group }) });
      if (result.plan !== state.plan || history !== state.history || state.lastEditError !== null) {
        set({ plan: result.plan, history, lastEditError: null });
      }
      return null;
    },
    undo() {
      if (canUndo(state.history)) set({ ...undo(state.plan, state.history), lastEditError: state.lastEditError });
    },
    redo() {
      if (canRedo(state.history)) set({ ...redo(state.plan, state.history), lastEditError: state.lastEditError });
    },
  };
}
