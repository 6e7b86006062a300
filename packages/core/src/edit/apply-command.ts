/**
 * Applies one command to a plan: one user action, one immer `produceWithPatches`, one undo step.
 */
import { Immer, enablePatches, freeze, type Patch } from 'immer';
import { DateTimeSchema, type Plan } from '../plan/schema.ts';
import type { CommandError } from './command-error.ts';
import type { ItemCommand, PlanCommand } from './commands.ts';
import { isItemKind } from './collections.ts';
import { refuse } from './checks.ts';
import { planItemCommand } from './item-edits.ts';
import { planLinkCommand } from './link-edits.ts';
import { planObservationCommand } from './observation-edits.ts';
import { applyPlanPatches } from './patches.ts';
import { planPlanUpdate, planResultUpdate } from './plan-field-edits.ts';
import { valueAt, type DraftNode, type PlannedEdit } from './recipe.ts';

enablePatches();

// A private instance, so the app's own immer settings are untouched. Auto-freeze is off:
// the plan is rebuilt from the patches by `applyPlanPatches`, which freezes what is new.
const immer = new Immer({ autoFreeze: false });

/** The answer to a command: the new plan and its patches, or why it was refused. */
export type CommandResult =
  | {
      ok: true;
      /** The plan after the command; the same object when the command changed nothing. */
      plan: Plan;
      /** Replays the change; empty when nothing changed. */
      patches: Patch[];
      /** Undoes the change, including `updatedAt`. */
      inversePatches: Patch[];
    }
  | {
      ok: false;
      /** The plan as it was: a refused command changes nothing. */
      plan: Plan;
      error: CommandError;
    };

/** Checks a command against the plan and turns it into a recipe, or refuses it. */
function planCommand(plan: Plan, command: PlanCommand): PlannedEdit {
  switch (command.type) {
    case 'link':
    case 'unlink':
      return planLinkCommand(plan, command);
    case 'observation.record':
    case 'observation.update':
    case 'observation.remove':
      return planObservationCommand(plan, command);
    case 'plan.update':
      return planPlanUpdate(plan, command);
    case 'result.update':
      return planResultUpdate(plan, command);
    default: {
      const type = String((command as { type?: unknown }).type);
      const kind = type.slice(0, type.indexOf('.'));
      if (isItemKind(kind)) return planItemCommand(plan, kind, command as ItemCommand);
      return refuse({ code: 'unknown-command', type, message: `unknown command "${type}"` });
    }
  }
}

/** `now` as an ISO date-time with offset, or null when it is not a valid time. */
function stampOf(now: Date | string): string | null {
  if (typeof now === 'string') return DateTimeSchema.safeParse(now).success ? now : null;
  return Number.isNaN(now.getTime()) ? null : now.toISOString();
}

/**
 * Applies `command` to `plan` and stamps `updatedAt` with `now` when anything changed.
 *
 * Plans are immutable values: the result shares every unchanged part with `plan`, and both
 * are frozen. `plan` itself is deep-frozen on first use (cheap once, free afterwards).
 * The new plan is built by replaying the command's own patches, so redo (which replays them
 * again) cannot drift from what the command did.
 */
export function applyCommand(plan: Plan, command: PlanCommand, now: Date | string = new Date()): CommandResult {
  freeze(plan, true);
  const updatedAt = stampOf(now);
  if (updatedAt === null) {
    const message = `the time of the edit, ${String(now)}, is not a valid date-time`;
    return { ok: false, plan, error: { code: 'invalid-value', issues: [{ path: 'updatedAt', message }], message } };
  }
  const planned = planCommand(plan, command);
  if (!planned.ok) return { ok: false, plan, error: planned.error };
  const { at, recipe } = planned;
  // immer drafts only the part the command changes; its patches are then rooted at the plan.
  const [, local, localInverse] = immer.produceWithPatches(valueAt(plan, at) as DraftNode, recipe);
  if (local.length === 0) return { ok: true, plan, patches: [], inversePatches: [] };
  const rooted = (patch: Patch): Patch => ({ ...patch, path: [...at, ...patch.path] });
  // The stamp is part of the same undo step, so undo restores the previous `updatedAt` too.
  const patches = [...local.map(rooted), { op: 'replace', path: ['updatedAt'], value: updatedAt } as Patch];
  const inversePatches = [
    { op: 'replace', path: ['updatedAt'], value: plan.updatedAt } as Patch,
    ...localInverse.map(rooted),
  ];
  return { ok: true, plan: applyPlanPatches(plan, patches), patches, inversePatches };
}
