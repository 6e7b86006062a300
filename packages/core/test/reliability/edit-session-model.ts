/**
 * A simple model of an editing session, for the model-based test of `planAuthoringMachine`:
 * the lifecycle step, the behaviors and strategies as short records, which ids are taken,
 * and the undo and redo stacks as snapshots. The model predicts every command's outcome
 * from the rules the product promises, independently of how the editor implements them.
 */
import { expect } from 'vitest';
import type { Actor } from 'xstate';
import { DEFAULT_HISTORY_LIMIT, DEFAULT_MERGE_WINDOW_MS, type PlanStatus, type planAuthoringMachine } from '../../src/edit/index.ts';
import { validatePlan, type Plan, type Source, type StrategyStatus, type Tactic } from '../../src/plan/index.ts';

/** What the model knows of a vital behavior. */
export interface BehaviorRecord {
  id: string;
  action: string;
}

/** What the model knows of a strategy. */
export interface StrategyRecord {
  id: string;
  source: Source;
  tactic: Tactic;
  status: StrategyStatus;
  description: string;
  behaviorIds: string[];
}

/** The part of a plan the session's commands change. */
export interface Content {
  behaviors: BehaviorRecord[];
  strategies: StrategyRecord[];
}

/** One undo step: the whole plan before and after, and what the model expects of each. */
export interface ModelStep {
  before: { plan: Plan; content: Content };
  after: { plan: Plan; content: Content };
  group?: string;
  at: number;
}

/** The model of one session. Mutable, as `fc.modelRun` expects. */
export interface SessionModel {
  status: PlanStatus;
  content: Content;
  /** Ids of every other part of the plan (measures, observations, moments…): taken for new items. */
  otherIds: Set<string>;
  past: ModelStep[];
  future: ModelStep[];
  /** True while the newest step may absorb grouped edits. */
  open: boolean;
  /** The session's clock, in ms since the epoch: each command moves it on. */
  clock: number;
  /** True when the last edit was refused (the machine's `lastEditError` is set). */
  editRefused: boolean;
  /** Undo steps and lifecycle moves seen, for the soak run's figures. */
  counts: Record<string, number>;
}

/** The system under test: a running authoring actor. */
export interface Session {
  actor: Actor<typeof planAuthoringMachine>;
}

/** The model of a session that starts on `plan`, in draft, with no history. */
export function startModel(plan: Plan, clock: number): SessionModel {
  return {
    status: 'draft',
    content: contentOf(plan),
    otherIds: otherIdsOf(plan),
    past: [],
    future: [],
    open: false,
    clock,
    editRefused: false,
    counts: {},
  };
}

/** The behaviors and strategies of a real plan, as the model records them. */
export function contentOf(plan: Plan): Content {
  return {
    behaviors: plan.behaviors.map(({ id, action }) => ({ id, action })),
    strategies: plan.strategies.map(({ id, source, tactic, status, description, behaviorIds }) => ({
      id,
      source,
      tactic,
      status,
      description,
      behaviorIds: [...behaviorIds],
    })),
  };
}

function otherIdsOf(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const measure of plan.result.measures) {
    ids.add(measure.id);
    for (const observation of measure.observations) ids.add(observation.id);
  }
  for (const list of [plan.obvious, plan.crucialMoments, plan.positiveDeviants, plan.cultureBusters, plan.influencers]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

/** True when a new item may not take `id`: some part of the plan already has it. */
export function idTaken(model: SessionModel, id: string): boolean {
  return (
    model.otherIds.has(id) ||
    model.content.behaviors.some((behavior) => behavior.id === id) ||
    model.content.strategies.some((strategy) => strategy.id === id)
  );
}

/** Replaces the model's picture of the plan after an import. */
export function importInto(model: SessionModel, plan: Plan): void {
  model.content = contentOf(plan);
  model.otherIds = otherIdsOf(plan);
  model.past = [];
  model.future = [];
  model.open = false;
  model.editRefused = false;
}

/** Adds an accepted, changing edit to the model's history, merging grouped edits as promised. */
export function recordStep(model: SessionModel, step: ModelStep): void {
  const last = model.past.at(-1);
  const elapsed = last === undefined ? -1 : step.at - last.at;
  const merges = model.open && last !== undefined && step.group !== undefined && last.group === step.group && elapsed >= 0 && elapsed <= DEFAULT_MERGE_WINDOW_MS;
  if (merges) {
    last.after = step.after;
    last.at = step.at;
  } else {
    model.past.push(step);
    if (model.past.length > DEFAULT_HISTORY_LIMIT) model.past.shift();
    model.open = step.group !== undefined;
  }
  model.future = [];
}

/** Counts an event for the soak figures. */
export function tally(model: SessionModel, what: string): void {
  model.counts[what] = (model.counts[what] ?? 0) + 1;
}

/**
 * After every command: the machine is where the model says, the plan validates, its
 * behaviors and strategies are the model's, and the undo and redo depths match.
 */
export function expectMatchesModel(model: SessionModel, session: Session): void {
  const snapshot = session.actor.getSnapshot();
  const { plan, history, lastEditError } = snapshot.context;
  expect(snapshot.value).toBe(model.status);
  const validation = validatePlan(plan);
  if (!validation.ok) expect.fail(`the plan no longer validates: ${JSON.stringify(validation.errors.slice(0, 3))}`);
  expect(contentOf(plan)).toEqual(model.content);
  expect({ undo: history.past.length, redo: history.future.length }).toEqual({ undo: model.past.length, redo: model.future.length });
  expect(lastEditError !== null, `last edit refused: ${JSON.stringify(lastEditError)}`).toBe(model.editRefused);
}
