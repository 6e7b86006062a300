/**
 * Add, update, remove and move for every kind of listed item: behaviors, strategies,
 * discovery items, influencers and measures.
 */
import { freeze } from 'immer';
import type { Measure, Plan, Strategy } from '../plan/schema.ts';
import type { ItemKind, ItemCommand } from './commands.ts';
import { COLLECTIONS, LINKABLE_KINDS, indexOfId, itemsOf, type CollectionSpec } from './collections.ts';
import {
  checkBehaviorLinks,
  checkDateOrder,
  checkIndex,
  checkProtectedKeys,
  checkTactic,
  idForNewItem,
  parseValue,
  refuse,
  sameValue,
  withChanges,
  type Checked,
} from './checks.ts';
import { NO_CHANGE, inserted, removed, replaceValues, setFields, type PlanPath, type PlannedEdit } from './recipe.ts';

/** An item command seen without its kind-specific types (the checks below do the typing). */
interface LooseItemCommand {
  type: string;
  id?: string;
  at?: number;
  fields?: Record<string, unknown>;
  changes?: Record<string, unknown>;
  from?: number;
  to?: number;
}

type Item = Record<string, unknown> & { id: string };

const PROTECTED_KEYS = ['id', 'observations'] as const;

/** The spec of a kind known only at run time (the union of all specs, seen as one). */
const specOf = (kind: ItemKind): CollectionSpec => COLLECTIONS[kind] as unknown as CollectionSpec;

function notFound(kind: ItemKind, id: string): PlannedEdit {
  return refuse({ code: 'not-found', kind, id, message: `no ${kind} has the id "${id}"` });
}

/** Checks what only some kinds need: a strategy's tactic, and the links of linkable items. */
function checkKindRules(plan: Plan, kind: ItemKind, item: Item, before: Item | undefined): Checked<null> {
  // Only what the command changes is checked, so a flaw loaded from a file never blocks
  // unrelated edits of the same item.
  if (kind === 'strategy') {
    const strategy = item as unknown as Strategy;
    const old = before as unknown as Strategy | undefined;
    if (!old || old.source !== strategy.source || old.tactic !== strategy.tactic) {
      const tactic = checkTactic(strategy.source, strategy.tactic);
      if (!tactic.ok) return tactic;
    }
    if (!old || old.start !== strategy.start || old.due !== strategy.due) {
      const dates = checkDateOrder(strategy.start, strategy.due, 'the due date');
      if (!dates.ok) return dates;
    }
  }
  if (kind === 'measure') {
    const measure = item as unknown as Measure;
    const old = before as unknown as Measure | undefined;
    if (!old || old.baseline.date !== measure.baseline.date || old.target.date !== measure.target.date) {
      const dates = checkDateOrder(measure.baseline.date, measure.target.date, 'the target date');
      if (!dates.ok) return dates;
    }
  }
  if (COLLECTIONS[kind].linkable && !sameValue(item['behaviorIds'], before?.['behaviorIds'])) {
    return checkBehaviorLinks(plan, item['behaviorIds'] as string[]);
  }
  return { ok: true, value: null };
}

/**
 * Validates a candidate item with its kind's schema; fields the kind carries (a measure's
 * observations) skip the check and keep their values.
 */
function parseItem(spec: CollectionSpec, candidate: Record<string, unknown>): Checked<Item> {
  const own = { ...candidate };
  for (const key of spec.carried) delete own[key];
  const parsed = parseValue(spec.schema, own);
  if (!parsed.ok) return parsed;
  const item: Record<string, unknown> = { ...parsed.value };
  for (const key of spec.carried) item[key] = candidate[key];
  return { ok: true, value: item as Item };
}

function planAdd(plan: Plan, kind: ItemKind, command: LooseItemCommand): PlannedEdit {
  const spec = specOf(kind);
  const items = itemsOf(plan, kind);
  if (items.length >= spec.limit) {
    return refuse({ code: 'limit-reached', limit: spec.limit, message: `a plan holds at most ${spec.limit} of these` });
  }
  const at = checkIndex(command.at ?? items.length, items.length, true);
  if (!at.ok) return at;
  const fields = command.fields ?? {};
  const protectedKeys = checkProtectedKeys(fields, PROTECTED_KEYS);
  if (!protectedKeys.ok) return protectedKeys;
  const id = idForNewItem(plan, command.id, spec.idPrefix);
  if (!id.ok) return id;
  const parsed = parseItem(spec, withChanges({ id: id.value, ...spec.defaults() }, fields));
  if (!parsed.ok) return parsed;
  const item = freeze(parsed.value, true);
  const rules = checkKindRules(plan, kind, item, undefined);
  if (!rules.ok) return rules;
  return replaceValues([[spec.path, inserted(items, at.value, item)]]);
}

function planUpdate(plan: Plan, kind: ItemKind, command: LooseItemCommand): PlannedEdit {
  const spec = specOf(kind);
  const items = itemsOf(plan, kind);
  const id = command.id ?? '';
  const index = indexOfId(items, id);
  if (index < 0) return notFound(kind, id);
  const current = items[index] as Item;
  const changes = { ...command.changes };
  const protectedKeys = checkProtectedKeys(changes, PROTECTED_KEYS);
  if (!protectedKeys.ok) return protectedKeys;
  // Moving a strategy to another source keeps its tactic only if that source has it.
  if (kind === 'strategy' && changes['source'] !== undefined && changes['tactic'] === undefined) {
    const moved = { ...current, source: changes['source'] } as unknown as Strategy;
    if (!checkTactic(moved.source, moved.tactic).ok) changes['tactic'] = 'other';
  }
  const parsed = parseItem(spec, withChanges(current, changes));
  if (!parsed.ok) return parsed;
  const next = parsed.value;
  const rules = checkKindRules(plan, kind, next, current);
  if (!rules.ok) return rules;
  const keys = new Set([...Object.keys(current), ...Object.keys(next)]);
  const changed = [...keys].filter((key) => !sameValue(current[key], next[key]));
  if (changed.length === 0) return NO_CHANGE;
  // Field by field, so undo patches stay as small as the edit.
  const fields = Object.fromEntries(changed.map((key) => [key, freeze(next[key], true)]));
  return setFields([...spec.path, index], fields);
}

function planRemove(plan: Plan, kind: ItemKind, command: LooseItemCommand): PlannedEdit {
  const spec = specOf(kind);
  const items = itemsOf(plan, kind);
  const id = command.id ?? '';
  const index = indexOfId(items, id);
  if (index < 0) return notFound(kind, id);
  const updates: [PlanPath, readonly unknown[]][] = [[spec.path, removed(items, index)]];
  if (kind === 'behavior') updates.push(...unlinkEverywhere(plan, id));
  return replaceValues(updates);
}

// Plain loops below: on frozen arrays, V8's `includes` and `filter` take a slow path that
// costs more than the rest of a removal.

/** True when `ids` holds `id`. */
function holds(ids: readonly string[], id: string): boolean {
  for (let i = 0; i < ids.length; i++) if (ids[i] === id) return true;
  return false;
}

/** A new frozen list: `ids` without `id`. */
function without(ids: readonly string[], id: string): readonly string[] {
  const kept: string[] = [];
  for (let i = 0; i < ids.length; i++) if (ids[i] !== id) kept.push(ids[i] as string);
  return Object.freeze(kept);
}

/** New lists for every linkable kind that mentions `behaviorId`, without it. */
function unlinkEverywhere(plan: Plan, behaviorId: string): [PlanPath, readonly unknown[]][] {
  const updates: [PlanPath, readonly unknown[]][] = [];
  for (const kind of LINKABLE_KINDS) {
    const items = itemsOf(plan, kind) as readonly { behaviorIds: readonly string[] }[];
    let next: { behaviorIds: readonly string[] }[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as { behaviorIds: readonly string[] };
      if (!holds(item.behaviorIds, behaviorId)) continue;
      next ??= [...items];
      next[i] = Object.freeze({ ...item, behaviorIds: without(item.behaviorIds, behaviorId) });
    }
    if (next) updates.push([COLLECTIONS[kind].path, Object.freeze(next)]);
  }
  return updates;
}

function planMove(plan: Plan, kind: ItemKind, command: LooseItemCommand): PlannedEdit {
  const spec = specOf(kind);
  const items = itemsOf(plan, kind);
  const from = checkIndex(command.from ?? Number.NaN, items.length, false);
  if (!from.ok) return from;
  const to = checkIndex(command.to ?? Number.NaN, items.length, false);
  if (!to.ok) return to;
  if (from.value === to.value) return NO_CHANGE;
  return replaceValues([[spec.path, inserted(removed(items, from.value), to.value, items[from.value])]]);
}

/** Checks an add, update, remove or move command of any kind and plans its change. */
export function planItemCommand(plan: Plan, kind: ItemKind, command: ItemCommand): PlannedEdit {
  const loose = command as LooseItemCommand;
  const verb = command.type.slice(kind.length + 1);
  switch (verb) {
    case 'add':
      return planAdd(plan, kind, loose);
    case 'update':
      return planUpdate(plan, kind, loose);
    case 'remove':
      return planRemove(plan, kind, loose);
    case 'move':
      return planMove(plan, kind, loose);
    default:
      return refuse({ code: 'unknown-command', type: command.type, message: `unknown command "${command.type}"` });
  }
}
