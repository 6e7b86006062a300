/**
 * The one place the studio touches the shape of the core's `planAuthoringMachine`: how to
 * start it, read its plan and history, and the events it takes. Everything else goes through
 * these names, so a change in the machine is a change here.
 */
import { canRedo, canUndo, planAuthoringMachine, type Plan, type PlanCommand } from '@sixsources/core';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';

/** The machine behind every open plan. */
export const authoringMachine = planAuthoringMachine;

/** A running plan-authoring actor. */
export type PlanActorRef = ActorRefFrom<typeof planAuthoringMachine>;
/** One snapshot of it. */
export type PlanActorSnapshot = SnapshotFrom<typeof planAuthoringMachine>;

/** The options to start the machine on a plan. */
export function authoringInput(plan: Plan) {
  return { input: { plan } };
}

/** The plan in a snapshot. */
export const selectPlan = (snapshot: PlanActorSnapshot): Plan => snapshot.context.plan;
/** Whether there is something to undo. */
export const selectCanUndo = (snapshot: PlanActorSnapshot): boolean => canUndo(snapshot.context.history);
/** Whether there is something to redo. */
export const selectCanRedo = (snapshot: PlanActorSnapshot): boolean => canRedo(snapshot.context.history);

/** An edit; edits with the same `group` merge into one undo step. */
export function editEvent(command: PlanCommand, group?: string) {
  return group === undefined ? { type: 'plan.edit' as const, command } : { type: 'plan.edit' as const, command, group };
}

export const undoEvent = { type: 'plan.undo' as const };
export const redoEvent = { type: 'plan.redo' as const };
