/**
 * Editing influence plans: typed commands, undo/redo history, and the authoring lifecycle.
 */
export type {
  PlanItems,
  ItemKind,
  LinkableKind,
  ItemFields,
  NewItemFields,
  AddItemCommand,
  UpdateItemCommand,
  RemoveItemCommand,
  MoveItemCommand,
  ItemCommand,
  LinkCommand,
  UnlinkCommand,
  RecordObservationCommand,
  UpdateObservationCommand,
  RemoveObservationCommand,
  UpdateResultCommand,
  PlanFieldChanges,
  UpdatePlanCommand,
  PlanCommand,
  PlanCommandType,
} from './commands.ts';
export type { CommandError, CommandErrorCode, ValueIssue } from './command-error.ts';
export { ITEM_KINDS, LINKABLE_KINDS } from './collections.ts';
export { applyCommand, type CommandResult } from './apply-command.ts';
export { applyPlanPatches, type Patch } from './patches.ts';
export {
  createHistory,
  record,
  undo,
  redo,
  clearHistory,
  sealHistory,
  canUndo,
  canRedo,
  DEFAULT_HISTORY_LIMIT,
  DEFAULT_MERGE_WINDOW_MS,
  type EditHistory,
  type HistoryStep,
  type HistoryOptions,
  type RecordOptions,
  type PlanWithHistory,
} from './history.ts';
export { PLAN_STATUSES, isTrackingCommand, isEditAllowed, type PlanStatus } from './edit-policy.ts';
export { approvalBlockers, type ApprovalOptions, type PlanCoach } from './approval.ts';
export {
  planAuthoringMachine,
  createPlanAuthoringMachine,
  type PlanAuthoringMachine,
  type PlanAuthoringContext,
  type PlanAuthoringEvent,
  type PlanAuthoringInput,
  type PlanAuthoringOptions,
  type LifecycleChange,
  type ApprovalRefusal,
  type EditRefusal,
} from './authoring-machine.ts';
