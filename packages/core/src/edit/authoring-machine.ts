/**
 * The authoring lifecycle of one plan: draft → inReview → approved → active → archived,
 * and back to draft from review, approved or active with a stated reason.
 *
 * Context holds the plan and its undo history, so edits, undo and redo travel as events
 * (`plan.edit`, `plan.undo`, `plan.redo`, `plan.import`). Which edits each state accepts is
 * decided by `isEditAllowed` (see edit-policy.ts). Approval asks the coach: any finding of
 * severity `error` refuses it, and the findings stay in `lastRefusal` so the app can say why.
 */
import { freeze } from 'immer';
import { assign, setup } from 'xstate';
import { coachPlan } from '../coach/coach-plan.ts';
import type { Finding } from '../coach/types.ts';
import type { Plan } from '../plan/schema.ts';
import { applyCommand } from './apply-command.ts';
import { approvalBlockers, type PlanCoach } from './approval.ts';
import type { CommandError } from './command-error.ts';
import type { PlanCommand } from './commands.ts';
import { isTrackingCommand, type PlanStatus } from './edit-policy.ts';
import { canRedo, canUndo, clearHistory, createHistory, record, redo, undo, type EditHistory } from './history.ts';

/** One move through the lifecycle: when, who, why. */
export interface LifecycleChange {
  from: PlanStatus;
  to: PlanStatus;
  /** ISO date-time of the change. */
  at: string;
  /** Who made it, as the app names people. */
  by?: string;
  /** Why, for a plan sent back to draft. */
  reason?: string;
}

/** An approval the coach refused, with the findings that blocked it. */
export interface ApprovalRefusal {
  at: string;
  by?: string;
  blockers: Finding[];
}

/** Why an edit was refused: the command's own error, or a plan that is not open for this edit. */
export type EditRefusal = CommandError | { code: 'plan-locked'; status: PlanStatus; message: string };

/** What the authoring machine remembers. */
export interface PlanAuthoringContext {
  plan: Plan;
  history: EditHistory;
  /** The last refused approval; cleared by a successful one. */
  lastRefusal: ApprovalRefusal | null;
  /** The last refused edit; cleared by the next accepted one. */
  lastEditError: EditRefusal | null;
  /** Every lifecycle change, oldest first. */
  log: LifecycleChange[];
}

/** What starts an authoring actor: the plan, and optionally a history and log to resume. */
export interface PlanAuthoringInput {
  plan: Plan;
  history?: EditHistory;
  log?: LifecycleChange[];
}

/** Who acts and when; `at` defaults to the current time. */
interface Stamp {
  by?: string;
  at?: string;
}

/**
 * Everything the authoring machine listens to:
 * - `plan.edit` applies a command; `group` (e.g. `behaviors.beh-1.action`) merges quick
 *   successive edits into one undo step, `at` is the edit's time (default now);
 * - `plan.undo`, `plan.redo`; `plan.import` replaces the plan and clears the history (draft only);
 * - `plan.submit` (draft → inReview), `plan.approve` (inReview → approved, unless the coach,
 *   asked about `today`, reports an error), `plan.activate` (approved → active),
 *   `plan.archive` (active → archived), `plan.reopen` (inReview, approved or active → draft,
 *   only with a non-blank `reason`); `by` and `at` go to the lifecycle log.
 */
export type PlanAuthoringEvent =
  | { type: 'plan.edit'; command: PlanCommand; group?: string; at?: string }
  | { type: 'plan.undo' }
  | { type: 'plan.redo' }
  | { type: 'plan.import'; plan: Plan }
  | ({ type: 'plan.submit' } & Stamp)
  | ({ type: 'plan.approve'; today?: string } & Stamp)
  | ({ type: 'plan.activate' } & Stamp)
  | ({ type: 'plan.archive' } & Stamp)
  | ({ type: 'plan.reopen'; reason: string } & Stamp);

/** Options of `createPlanAuthoringMachine`. */
export interface PlanAuthoringOptions {
  /** The coach that decides approval (default `coachPlan`). */
  coach?: PlanCoach;
}

const stampOf = (event: PlanAuthoringEvent): { at: string; by?: string } => {
  const stamp = event as Stamp;
  return { at: stamp.at ?? new Date().toISOString(), ...(stamp.by !== undefined && { by: stamp.by }) };
};

/** Builds the authoring machine around a coach; `planAuthoringMachine` uses the library's coach. */
export function createPlanAuthoringMachine(options: PlanAuthoringOptions = {}) {
  const coach = options.coach ?? coachPlan;
  // The guard asks the coach; the refusal action that follows reuses its answer once, so a
  // refused approval costs one coach run, and a later attempt always asks afresh.
  let assessed: { plan: Plan; today: string | undefined; blockers: Finding[] } | undefined;
  const todayOf = (event: PlanAuthoringEvent) => (event.type === 'plan.approve' ? event.today : undefined);
  const assess = (plan: Plan, event: PlanAuthoringEvent): Finding[] => {
    const today = todayOf(event);
    const blockers = approvalBlockers(plan, { coach, ...(today !== undefined && { today }) });
    assessed = { plan, today, blockers };
    return blockers;
  };
  const lastAssessment = (plan: Plan, event: PlanAuthoringEvent): Finding[] => {
    const last = assessed;
    assessed = undefined;
    return last?.plan === plan && last.today === todayOf(event) ? last.blockers : assess(plan, event);
  };

  return setup({
    types: {
      context: {} as PlanAuthoringContext,
      events: {} as PlanAuthoringEvent,
      input: {} as PlanAuthoringInput,
    },
    guards: {
      isTrackingEdit: ({ event }) => event.type === 'plan.edit' && isTrackingCommand(event.command),
      canUndo: ({ context }) => canUndo(context.history),
      canRedo: ({ context }) => canRedo(context.history),
      hasNoBlockers: ({ context, event }) => assess(context.plan, event).length === 0,
      hasReason: ({ event }) =>
        event.type === 'plan.reopen' && typeof event.reason === 'string' && event.reason.trim() !== '',
    },
    actions: {
      applyEdit: assign(({ context, event }) => {
        if (event.type !== 'plan.edit') return {};
        const at = event.at ?? new Date().toISOString();
        const result = applyCommand(context.plan, event.command, at);
        if (!result.ok) return { lastEditError: result.error };
        const history = record(context.history, result, {
          label: event.command.type,
          now: Date.parse(at),
          ...(event.group !== undefined && { group: event.group }),
        });
        return { plan: result.plan, history, lastEditError: null };
      }),
      refuseLockedEdit: assign((_, params: { status: PlanStatus }) => ({
        lastEditError: {
          code: 'plan-locked' as const,
          status: params.status,
          message: `a plan that is ${params.status} accepts only progress updates; reopen it to change it`,
        },
      })),
      undoEdit: assign(({ context }) => undo(context.plan, context.history)),
      redoEdit: assign(({ context }) => redo(context.plan, context.history)),
      importPlan: assign(({ context, event }) => {
        if (event.type !== 'plan.import') return {};
        return { plan: freeze(event.plan, true), history: clearHistory(context.history), lastEditError: null };
      }),
      // Submitting is a checkpoint: undo can never change a plan that others are reading.
      startHistoryOver: assign(({ context }) => ({ history: clearHistory(context.history) })),
      recordRefusal: assign(({ context, event }) => ({
        lastRefusal: { ...stampOf(event), blockers: lastAssessment(context.plan, event) },
      })),
      clearRefusal: assign({ lastRefusal: null }),
      logChange: assign(({ context, event }, params: { from: PlanStatus; to: PlanStatus }) => {
        const reason = event.type === 'plan.reopen' ? event.reason.trim() : undefined;
        const change: LifecycleChange = { ...params, ...stampOf(event), ...(reason !== undefined && { reason }) };
        return { log: [...context.log, change] };
      }),
    },
  }).createMachine({
    id: 'planAuthoring',
    context: ({ input }) => ({
      plan: freeze(input.plan, true),
      history: input.history ?? createHistory(),
      lastRefusal: null,
      lastEditError: null,
      log: input.log ?? [],
    }),
    initial: 'draft',
    states: {
      draft: {
        on: {
          'plan.edit': { actions: 'applyEdit' },
          'plan.undo': { guard: 'canUndo', actions: 'undoEdit' },
          'plan.redo': { guard: 'canRedo', actions: 'redoEdit' },
          'plan.import': { actions: 'importPlan' },
          'plan.submit': {
            target: 'inReview',
            actions: ['startHistoryOver', { type: 'logChange', params: { from: 'draft', to: 'inReview' } }],
          },
        },
      },
      inReview: {
        on: {
          'plan.edit': [
            { guard: 'isTrackingEdit', actions: 'applyEdit' },
            { actions: { type: 'refuseLockedEdit', params: { status: 'inReview' } } },
          ],
          'plan.undo': { guard: 'canUndo', actions: 'undoEdit' },
          'plan.redo': { guard: 'canRedo', actions: 'redoEdit' },
          'plan.import': { actions: { type: 'refuseLockedEdit', params: { status: 'inReview' } } },
          'plan.approve': [
            {
              guard: 'hasNoBlockers',
              target: 'approved',
              actions: ['clearRefusal', { type: 'logChange', params: { from: 'inReview', to: 'approved' } }],
            },
            { actions: 'recordRefusal' },
          ],
          'plan.reopen': {
            guard: 'hasReason',
            target: 'draft',
            actions: { type: 'logChange', params: { from: 'inReview', to: 'draft' } },
          },
        },
      },
      approved: {
        on: {
          'plan.edit': [
            { guard: 'isTrackingEdit', actions: 'applyEdit' },
            { actions: { type: 'refuseLockedEdit', params: { status: 'approved' } } },
          ],
          'plan.undo': { guard: 'canUndo', actions: 'undoEdit' },
          'plan.redo': { guard: 'canRedo', actions: 'redoEdit' },
          'plan.import': { actions: { type: 'refuseLockedEdit', params: { status: 'approved' } } },
          'plan.activate': {
            target: 'active',
            actions: { type: 'logChange', params: { from: 'approved', to: 'active' } },
          },
          'plan.reopen': {
            guard: 'hasReason',
            target: 'draft',
            actions: { type: 'logChange', params: { from: 'approved', to: 'draft' } },
          },
        },
      },
      active: {
        on: {
          'plan.edit': [
            { guard: 'isTrackingEdit', actions: 'applyEdit' },
            { actions: { type: 'refuseLockedEdit', params: { status: 'active' } } },
          ],
          'plan.undo': { guard: 'canUndo', actions: 'undoEdit' },
          'plan.redo': { guard: 'canRedo', actions: 'redoEdit' },
          'plan.import': { actions: { type: 'refuseLockedEdit', params: { status: 'active' } } },
          'plan.archive': {
            target: 'archived',
            actions: { type: 'logChange', params: { from: 'active', to: 'archived' } },
          },
          'plan.reopen': {
            guard: 'hasReason',
            target: 'draft',
            actions: { type: 'logChange', params: { from: 'active', to: 'draft' } },
          },
        },
      },
      archived: {
        on: {
          'plan.edit': { actions: { type: 'refuseLockedEdit', params: { status: 'archived' } } },
          'plan.import': { actions: { type: 'refuseLockedEdit', params: { status: 'archived' } } },
        },
      },
    },
  });
}

/** The authoring machine with the library's coach. Start it with `createActor(planAuthoringMachine, { input: { plan } })`. */
export const planAuthoringMachine = createPlanAuthoringMachine();

/** The authoring machine's type, for apps that hold its actors. */
export type PlanAuthoringMachine = typeof planAuthoringMachine;
