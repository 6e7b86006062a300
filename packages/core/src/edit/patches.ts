/**
 * Applying immer patches to frozen plans with structural sharing.
 *
 * immer's own `applyPatches` deep-clones every patch value, so undoing the removal of one
 * strategy from a 3,000-strategy list would copy all 3,000. Plans and patch values here are
 * frozen, so they can be shared as they are: only the containers on a patch's path are copied.
 */
import { freeze, type Patch } from 'immer';

export type { Patch } from 'immer';

type Container = Record<string | number, unknown> | unknown[];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function checkKey(key: string | number, patch: Patch): void {
  // Patches may come from storage one day: never let one reach an object's prototype.
  if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
    throw new Error(`patch path ${patch.path.join('/')} is not allowed`);
  }
}

/**
 * Returns `base` with `patches` applied in order, never modifying `base` or the patches.
 * Unchanged parts are shared with `base`; everything new is frozen.
 * Throws on a patch whose path does not exist (a history that does not match its plan).
 */
export function applyPlanPatches<T>(base: T, patches: readonly Patch[]): T {
  if (patches.length === 0) return base;
  // A plan restored from storage arrives unfrozen; freeze it once so it can be shared.
  freeze(base, true);
  // Containers copied during this call: safe to write into until they are frozen at the end.
  const fresh = new Set<Container>();
  const own = (value: Container): Container => {
    if (fresh.has(value)) return value;
    const copy: Container = Array.isArray(value) ? [...value] : { ...value };
    fresh.add(copy);
    return copy;
  };
  let root: unknown = base;
  for (const patch of patches) {
    const { path, op } = patch;
    const value: unknown = freeze(patch.value, true);
    if (path.length === 0) {
      if (op !== 'replace') throw new Error(`cannot ${op} the whole document`);
      root = value;
      continue;
    }
    if (!isContainer(root)) throw new Error('patch path does not exist');
    root = own(root);
    let parent = root as Container;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string | number;
      checkKey(key, patch);
      const child = (parent as Record<string | number, unknown>)[key];
      if (!isContainer(child)) throw new Error(`patch path ${path.join('/')} does not exist`);
      const copy = own(child);
      (parent as Record<string | number, unknown>)[key] = copy;
      parent = copy;
    }
    const key = path[path.length - 1] as string | number;
    checkKey(key, patch);
    if (Array.isArray(parent)) {
      const index = key === '-' ? parent.length : Number(key);
      if (op === 'add') parent.splice(index, 0, value);
      else if (op === 'remove') parent.splice(index, 1);
      else parent[index] = value;
    } else if (op === 'remove') {
      delete parent[key];
    } else {
      parent[key] = value;
    }
  }
  for (const container of fresh) Object.freeze(container);
  return root as T;
}
