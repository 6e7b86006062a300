/**
 * Model-based test of the authoring lifecycle: xstate/graph walks the machine, and every
 * path is replayed against a real actor, checking what a change leader relies on in each state.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import type { Finding } from '../../src/coach/types.ts';
import {
  PLAN_STATUSES,
  canRedo,
  canUndo,
  createPlanAuthoringMachine,
  type PlanAuthoringEvent,
  type PlanStatus,
} from '../../src/edit/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

const AT = '2030-03-01T10:00:00.000Z';

const noResult: Finding = {
  code: 'result-not-measurable',
  severity: 'error',
  message: 'The plan states no result.',
  paths: ['result.statement'],
  suggestion: 'State the result as a number and a date.',
  params: {},
};

/** A stand-in coach that blocks a plan with a blank result statement, and nothing else. */
const statementCoach = (plan: Plan) => ({ findings: plan.result.statement.trim() === '' ? [noResult] : [], coverage: {} });
const machine = createPlanAuthoringMachine({ coach: statementCoach });
type Snapshot = SnapshotFrom<typeof machine>;

/** Every event the walk may send, including ones each state should ignore or refuse. */
const EVENTS: PlanAuthoringEvent[] = [
  { type: 'plan.edit', command: { type: 'result.update', changes: { statement: '' } }, at: AT },
  { type: 'plan.edit', command: { type: 'result.update', changes: { statement: 'Raise reading to 70% by May 2027.' } }, at: AT },
  { type: 'plan.edit', command: { type: 'strategy.update', id: 'str-practice', changes: { status: 'in-progress' } }, at: AT },
  { type: 'plan.edit', command: { type: 'behavior.remove', id: 'beh-not-in-plan' }, at: AT },
  { type: 'plan.undo' },
  { type: 'plan.redo' },
  { type: 'plan.import', plan: minimalPlan({ id: 'plan-imported', title: 'Imported plan' }) },
  { type: 'plan.submit', by: 'Ana', at: AT },
  { type: 'plan.approve', by: 'Board', at: AT, today: '2030-03-01' },
  { type: 'plan.activate', by: 'Ana', at: AT },
  { type: 'plan.archive', by: 'Ana', at: AT },
  { type: 'plan.reopen', reason: 'The board asked for a third behavior.', by: 'Board', at: AT },
  { type: 'plan.reopen', reason: '   ', by: 'Board', at: AT },
];

/** The parts of a snapshot the walk tells apart; the plan itself is left out so the walk ends. */
function serializeState(snapshot: Snapshot): string {
  const { plan, history } = snapshot.context;
  return JSON.stringify([snapshot.value, plan.result.statement === '', canUndo(history), canRedo(history)]);
}

const model = createTestModel(machine, {
  events: EVENTS,
  serializeState,
  serializeEvent: (event) => JSON.stringify(event),
  input: { plan: minimalPlan() },
});

const TRACKING_LABELS = new Set(['observation.record', 'observation.update', 'observation.remove', 'strategy.update']);

/** What must hold in each state, whatever path led there. */
function checkInvariants(snapshot: Snapshot): void {
  const status = snapshot.value as PlanStatus;
  const { plan, history, log, lastRefusal } = snapshot.context;
  // The log is a chain that ends in the current state.
  log.forEach((change, i) => {
    expect(change.from).toBe(i === 0 ? 'draft' : log[i - 1]?.to);
    if (change.to === 'draft') expect(change.reason?.trim()).toBeTruthy();
  });
  expect(log.at(-1)?.to ?? 'draft').toBe(status);
  if (status !== 'draft') {
    // Outside draft, undo can only reach progress updates: submitting started history over.
    for (const step of [...history.past, ...history.future]) expect(TRACKING_LABELS.has(step.label ?? '')).toBe(true);
  }
  if (status === 'approved' || status === 'active' || status === 'archived') {
    // The coach found nothing blocking, and the plan's content cannot have changed since.
    expect(statementCoach(plan).findings).toEqual([]);
  }
  if (lastRefusal) expect(lastRefusal.blockers).toEqual([noResult]);
}

/** Replays `events` on a fresh actor and returns it. */
function replay(events: readonly PlanAuthoringEvent[]) {
  const actor = createActor(machine, { input: { plan: minimalPlan() } }).start();
  for (const event of events) actor.send(event);
  return actor;
}

describe('authoring lifecycle (model-based)', () => {
  // One path per distinct state, short ones included (by default, paths inside longer ones are dropped).
  const paths = model.getShortestPaths({ allowDuplicatePaths: true });

  it('reaches every lifecycle state', () => {
    const reached = new Set(paths.map((path) => path.state.value));
    expect([...reached].sort()).toEqual([...PLAN_STATUSES].sort());
  });

  it('every shortest path, replayed on a real actor, ends where the model says and keeps the invariants', async () => {
    for (const path of paths) {
      const actor = createActor(machine, { input: { plan: minimalPlan() } }).start();
      const states = Object.fromEntries(
        PLAN_STATUSES.map((status) => [
          status,
          (state: Snapshot) => {
            const real = actor.getSnapshot();
            expect(serializeState(real)).toBe(serializeState(state));
            checkInvariants(real);
          },
        ]),
      );
      const events = Object.fromEntries(
        EVENTS.map((event) => [event.type, ({ event: sent }: { event: PlanAuthoringEvent }) => void actor.send(sent)]),
      );
      await path.test({ states, events });
      actor.stop();
    }
  });

  it('takes every transition of the machine, including each guarded branch', () => {
    const defined = new Set(
      Object.values(machine.root.states).flatMap((node) => [...node.transitions.values()].flat()),
    );
    const taken = new Set<unknown>();
    const pathTo = new Map(paths.map((path) => [serializeState(path.state), path.steps.map((step) => step.event)]));
    const adjacency = model.getAdjacencyMap();
    for (const [key, { transitions }] of Object.entries(adjacency)) {
      const prefix = pathTo.get(key);
      expect(prefix, `no path to ${key}`).toBeDefined();
      for (const { event, state: expected } of Object.values(transitions) as { event: PlanAuthoringEvent; state: Snapshot }[]) {
        const actor = replay(prefix ?? []);
        for (const transition of machine.getTransitionData(actor.getSnapshot(), event)) taken.add(transition);
        actor.send(event);
        expect(serializeState(actor.getSnapshot())).toBe(serializeState(expected));
        checkInvariants(actor.getSnapshot());
        actor.stop();
      }
    }
    const missed = [...defined].filter((transition) => !taken.has(transition));
    expect(missed.map((t) => `${t.source.key} ${t.eventType}`)).toEqual([]);
  });
});
