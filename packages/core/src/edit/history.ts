/**
 * Undo and redo as plain data: stacks of patch groups, no plan inside.
 *
 * Every function returns a new history and leaves its arguments alone, so a history can sit
 * in React state or a state machine's context and be compared by identity.
 */
import type { Plan } from '../plan/schema.ts';
import { mergePatchPairs, type PatchPair } from './merge-patches.ts';
import { applyPlanPatches, type Patch } from './patches.ts';

/** One undo step: the patches of one user action, or of several merged keystrokes. */
export interface HistoryStep {
  patches: Patch[];
  inversePatches: Patch[];
  /** What the step did, for "Undo …" menu text (e.g. the command type). */
  label?: string;
  /** Edits with the same group key that follow each other quickly merge into this step. */
  group?: string;
  /** When the last edit merged into this step happened (ms since the epoch). */
  at: number;
}

/** The undo and redo stacks of one editing session. */
export interface EditHistory {
  /** Steps that can be undone, oldest first. */
  readonly past: readonly HistoryStep[];
  /** Steps that can be redone, the next one last. */
  readonly future: readonly HistoryStep[];
  /** Most steps kept in `past`; the oldest are forgotten beyond it. */
  readonly limit: number;
  /** Longest pause (ms) between two edits of one group that still merges them. */
  readonly mergeWindowMs: number;
  /** True while the newest step may still take merges (false right after undo, redo or a seal). */
  readonly open: boolean;
}

/** How a history behaves. */
export interface HistoryOptions {
  /** Most undo steps kept (default 200). */
  limit?: number;
  /** Longest pause between keystrokes of one group that still makes one step (default 1000 ms). */
  mergeWindowMs?: number;
}

/** Default depth of the undo stack: enough for a long session, bounded in memory. */
export const DEFAULT_HISTORY_LIMIT = 200;
/** Default merge window for grouped edits such as typing. */
export const DEFAULT_MERGE_WINDOW_MS = 1000;

/** An empty history. */
export function createHistory(options: HistoryOptions = {}): EditHistory {
  return {
    past: [],
    future: [],
    limit: Math.max(1, Math.floor(options.limit ?? DEFAULT_HISTORY_LIMIT)),
    mergeWindowMs: options.mergeWindowMs ?? DEFAULT_MERGE_WINDOW_MS,
    open: false,
  };
}

/** What `record` needs to know about one edit beyond its patches. */
export interface RecordOptions {
  /**
   * A key such as `behaviors.beh-1.action`: consecutive edits with the same key, each within
   * the merge window of the previous one, become one undo step.
   */
  group?: string;
  /** Label of the step, e.g. the command type. */
  label?: string;
  /** The edit's time in ms since the epoch (default `Date.now()`); tests pass their own. */
  now?: number;
}

/**
 * Adds an applied edit to the history and forgets the redo stack. Edits without patches
 * (commands that changed nothing) leave the history as it is.
 */
export function record(history: EditHistory, entry: PatchPair, options: RecordOptions = {}): EditHistory {
  if (entry.patches.length === 0) return history;
  const now = options.now ?? Date.now();
  const last = history.past[history.past.length - 1];
  const merges =
    history.open &&
    last !== undefined &&
    options.group !== undefined &&
    last.group === options.group &&
    now - last.at >= 0 &&
    now - last.at <= history.mergeWindowMs;
  if (merges) {
    const merged: HistoryStep = { ...last, ...mergePatchPairs(last, entry), at: now };
    return { ...history, past: [...history.past.slice(0, -1), merged], future: [], open: true };
  }
  const step: HistoryStep = {
    patches: entry.patches,
    inversePatches: entry.inversePatches,
    at: now,
    ...(options.label !== undefined && { label: options.label }),
    ...(options.group !== undefined && { group: options.group }),
  };
  const past = [...history.past, step];
  return {
    ...history,
    past: past.length > history.limit ? past.slice(past.length - history.limit) : past,
    future: [],
    open: options.group !== undefined,
  };
}

/** Ends the current group, so the next edit starts a new undo step (e.g. when a field loses focus). */
export function sealHistory(history: EditHistory): EditHistory {
  return history.open ? { ...history, open: false } : history;
}

/** True when there is a step to undo. */
export function canUndo(history: EditHistory): boolean {
  return history.past.length > 0;
}

/** True when there is a step to redo. */
export function canRedo(history: EditHistory): boolean {
  return history.future.length > 0;
}

/** A plan paired with its history, as `undo` and `redo` return them. */
export interface PlanWithHistory {
  plan: Plan;
  history: EditHistory;
}

/** Undoes the newest step. With nothing to undo, returns both unchanged. */
export function undo(plan: Plan, history: EditHistory): PlanWithHistory {
  const step = history.past[history.past.length - 1];
  if (!step) return { plan, history };
  return {
    plan: applyPlanPatches(plan, step.inversePatches),
    history: { ...history, past: history.past.slice(0, -1), future: [...history.future, step], open: false },
  };
}

/** Redoes the step undone last. With nothing to redo, returns both unchanged. */
export function redo(plan: Plan, history: EditHistory): PlanWithHistory {
  const step = history.future[history.future.length - 1];
  if (!step) return { plan, history };
  return {
    plan: applyPlanPatches(plan, step.patches),
    history: { ...history, past: [...history.past, step], future: history.future.slice(0, -1), open: false },
  };
}

/** An empty history with the same settings, for when a new plan is imported. */
export function clearHistory(history: EditHistory): EditHistory {
  return { ...history, past: [], future: [], open: false };
}
