/**
 * A planned edit: the command's checks have passed, and what is left is an immer recipe for
 * the smallest part of the plan it changes (`at`, a path such as `['strategies', 12]`).
 *
 * Drafting only that part keeps immer away from the big lists: copying a frozen 3,000-item
 * array through a draft costs more than the whole edit may. Lists that do change are rebuilt
 * from the original with spread (fast even on frozen arrays, where `slice` and `filter` are
 * not) and assigned in one step; recipes read the original plan, never the draft.
 */
import type { CommandError } from './command-error.ts';

/** A draft of some part of a plan, seen as a plain record. */
export type DraftNode = Record<string | number, unknown>;

/** A path inside a plan, e.g. `['result', 'measures', 0]`. */
export type PlanPath = readonly (string | number)[];

/** What checking a command gives: a recipe for the part at `at`, or a refusal. */
export type PlannedEdit =
  | { ok: true; at: PlanPath; recipe: (draft: DraftNode) => void }
  | { ok: false; error: CommandError };

/** A recipe that changes nothing (a move onto itself, linking what is already linked). */
export const NO_CHANGE: PlannedEdit = { ok: true, at: [], recipe: () => {} };

/** An accepted edit of the part of the plan at `at`. */
export function edit(at: PlanPath, recipe: (draft: DraftNode) => void): PlannedEdit {
  return { ok: true, at, recipe };
}

/** An accepted edit that replaces the values at some paths (of the whole plan) with new ones. */
export function replaceValues(updates: readonly (readonly [PlanPath, unknown])[]): PlannedEdit {
  return edit([], (draft) => {
    for (const [path, value] of updates) {
      let node = draft;
      for (const key of path.slice(0, -1)) node = node[key] as DraftNode;
      node[path[path.length - 1] as string | number] = value;
    }
  });
}

/** An accepted edit that sets (or, for `undefined`, removes) some fields of the object at `at`. */
export function setFields(at: PlanPath, fields: Readonly<Record<string, unknown>>): PlannedEdit {
  return edit(at, (draft) => {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete draft[key];
      else draft[key] = value;
    }
  });
}

/** The part of `root` at `path`. */
export function valueAt(root: unknown, path: PlanPath): unknown {
  let node = root;
  for (const key of path) node = (node as DraftNode)[key];
  return node;
}

/** A new frozen list: `items` with `item` inserted at `index`. */
export function inserted<T>(items: readonly T[], index: number, item: T): readonly T[] {
  const next = [...items];
  next.splice(index, 0, item);
  return Object.freeze(next);
}

/** A new frozen list: `items` without the one at `index`. */
export function removed<T>(items: readonly T[], index: number): readonly T[] {
  const next = [...items];
  next.splice(index, 1);
  return Object.freeze(next);
}
