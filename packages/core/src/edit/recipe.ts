/**
 * A planned edit: checks have passed and what is left is a recipe for immer's draft.
 *
 * Recipes read from the original plan, never from the draft: reading a big list through the
 * draft creates a proxy per item. Lists are rebuilt from the original with spread (fast even
 * on frozen arrays, where `slice` and `filter` are not) and assigned in one step.
 */
import type { Draft } from 'immer';
import type { Plan } from '../plan/schema.ts';
import type { CommandError } from './command-error.ts';

/** Changes an immer draft of a plan. */
export type Recipe = (draft: Draft<Plan>) => void;

/** What checking a command gives: a recipe to run, or a refusal. */
export type PlannedEdit = { ok: true; recipe: Recipe } | { ok: false; error: CommandError };

/** A recipe that changes nothing (a move onto itself, linking what is already linked). */
export const NO_CHANGE: PlannedEdit = { ok: true, recipe: () => {} };

/** Wraps a recipe as an accepted edit. */
export function edit(recipe: Recipe): PlannedEdit {
  return { ok: true, recipe };
}

type Node = Record<string | number, unknown>;

/** The draft node at `path` (e.g. `['result', 'measures', 0]`). */
export function draftAt(draft: Draft<Plan>, path: readonly (string | number)[]): Node {
  let node = draft as unknown as Node;
  for (const key of path) node = node[key] as Node;
  return node;
}

/** Replaces the value at `path` in the draft. */
export function setAt(draft: Draft<Plan>, path: readonly (string | number)[], value: unknown): void {
  const parent = draftAt(draft, path.slice(0, -1));
  parent[path[path.length - 1] as string | number] = value;
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
