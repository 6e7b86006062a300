/**
 * Which edits a plan accepts at each step of its lifecycle.
 *
 * A draft accepts every edit. Once submitted, the plan's content is what reviewers read and
 * what the board approved: changing it needs `plan.reopen` with a reason, which sends it back
 * to draft and leaves a line in the lifecycle log. Tracking progress is different: recording
 * observations of a measure and marking a strategy's status is the work of running the plan,
 * so those edits are accepted in review, approved and active. An archived plan accepts none.
 */
import type { PlanCommand } from './commands.ts';

/** The steps of a plan's authoring lifecycle, in order. */
export const PLAN_STATUSES = ['draft', 'inReview', 'approved', 'active', 'archived'] as const;
/** One step of a plan's authoring lifecycle. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** True for edits that record progress rather than change what the plan says. */
export function isTrackingCommand(command: PlanCommand): boolean {
  switch (command.type) {
    case 'observation.record':
    case 'observation.update':
    case 'observation.remove':
      return true;
    case 'strategy.update':
      return Object.keys(command.changes).every((key) => key === 'status');
    default:
      return false;
  }
}

/** True when a plan in `status` accepts `command` without being reopened. */
export function isEditAllowed(status: PlanStatus, command: PlanCommand): boolean {
  if (status === 'draft') return true;
  if (status === 'archived') return false;
  return isTrackingCommand(command);
}
