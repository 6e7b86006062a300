import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { CoachReport, Finding, FindingCode } from '../../src/coach/index.ts';
import { coachPlan } from '../../src/coach/coach-plan.ts';
import {
  approvalBlockers,
  createPlanAuthoringMachine,
  isEditAllowed,
  planAuthoringMachine,
  type PlanAuthoringEvent,
  type PlanCoach,
  type PlanCommand,
} from '../../src/edit/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { minimalPlan } from '../support/minimal-plan.ts';

const AT = '2030-03-01T10:00:00.000Z';

function finding(code: FindingCode, severity: Finding['severity']): Finding {
  return { code, severity, message: `${code}.`, paths: [], suggestion: 'Fix it.', params: {} };
}

const noMeasure = finding('result-not-measurable', 'error');
const fewSources = finding('fewer-than-four-sources', 'warning');

/** A coach that reports `noMeasure` (an error) while the plan has no measures, and always a warning. */
const measureCoach: PlanCoach = (plan) => ({
  findings: plan.result.measures.length === 0 ? [noMeasure, fewSources] : [fewSources],
  coverage: {},
});

function start(plan: Plan = minimalPlan(), coach: PlanCoach = measureCoach) {
  return createActor(createPlanAuthoringMachine({ coach }), { input: { plan } }).start();
}

const edit = (command: PlanCommand, group?: string): PlanAuthoringEvent => ({
  type: 'plan.edit',
  command,
  at: AT,
  ...(group !== undefined && { group }),
});

/** Sends events in order and returns the actor's snapshot. */
function send(actor: ReturnType<typeof start>, ...events: PlanAuthoringEvent[]) {
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const withoutMeasures = () => minimalPlan({ result: { statement: 'More readers.', measures: [] } });

describe('approval', () => {
  it('is refused while the coach reports an error, and the app can say which findings blocked it', () => {
    const actor = start(withoutMeasures());
    const snapshot = send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.approve', by: 'Board', at: AT });
    expect(snapshot.value).toBe('inReview');
    // Warnings never block; only the error is named.
    expect(snapshot.context.lastRefusal).toEqual({ at: AT, by: 'Board', blockers: [noMeasure] });
    expect(snapshot.context.log.map((change) => change.to)).toEqual(['inReview']);
  });

  it('goes through once the blocking finding is fixed in draft, and clears the refusal', () => {
    const actor = start(withoutMeasures());
    send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.approve', at: AT });
    const snapshot = send(
      actor,
      { type: 'plan.reopen', reason: 'Add a measure first.', at: AT },
      edit({ type: 'measure.add', id: 'mea-1', fields: { name: 'Readers', unit: '%' } }),
      { type: 'plan.submit', at: AT },
      { type: 'plan.approve', by: 'Board', at: AT },
    );
    expect(snapshot.value).toBe('approved');
    expect(snapshot.context.lastRefusal).toBeNull();
    expect(snapshot.context.log.at(-1)).toEqual({ from: 'inReview', to: 'approved', at: AT, by: 'Board' });
  });

  it('passes the day to the coach and asks it once per attempt', () => {
    const coach = vi.fn(measureCoach);
    const actor = start(withoutMeasures(), coach);
    send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.approve', at: AT, today: '2030-03-01' });
    expect(coach).toHaveBeenCalledTimes(1);
    expect(coach).toHaveBeenCalledWith(expect.objectContaining({ id: 'plan-minimal' }), { today: '2030-03-01' });
    send(actor, { type: 'plan.approve', at: AT, today: '2030-03-02' });
    expect(coach).toHaveBeenCalledTimes(2);
  });

  it('uses the library coach by default: approved exactly when approvalBlockers finds nothing', () => {
    const plan = minimalPlan();
    const blockers = approvalBlockers(plan, { today: '2026-01-15' });
    const actor = createActor(planAuthoringMachine, { input: { plan } }).start();
    const snapshot = send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.approve', at: AT, today: '2026-01-15' });
    expect(snapshot.value).toBe(blockers.length === 0 ? 'approved' : 'inReview');
    expect(snapshot.context.lastRefusal?.blockers ?? []).toEqual(blockers);
  });
});

describe('approvalBlockers', () => {
  it('lists only findings of severity error, in the coach’s order', () => {
    const second = finding('no-behaviors', 'error');
    const coach: PlanCoach = () => ({ findings: [fewSources, noMeasure, finding('positive-deviant-unused', 'info'), second], coverage: {} });
    expect(approvalBlockers(minimalPlan(), { coach })).toEqual([noMeasure, second]);
  });

  it('passes `today` through to the coach', () => {
    const coach = vi.fn((): CoachReport => ({ findings: [], coverage: {} }));
    approvalBlockers(minimalPlan(), { coach, today: '2031-05-05' });
    expect(coach).toHaveBeenCalledWith(expect.anything(), { today: '2031-05-05' });
  });

  it('defaults to the library coach', () => {
    const plan = minimalPlan();
    expect(approvalBlockers(plan)).toEqual(coachPlan(plan).findings.filter((f) => f.severity === 'error'));
  });
});

describe('reopening', () => {
  it('needs a reason: a blank one leaves the plan where it is', () => {
    const actor = start();
    for (const reason of ['', '   ', '\n\t']) {
      expect(send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.reopen', reason, at: AT }).value).toBe('inReview');
    }
  });

  it('records who reopened the plan, when and why, from review, approved and active', () => {
    const actor = start();
    send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.reopen', reason: '  Too many behaviors. ', by: 'Coach', at: AT });
    send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.approve', at: AT }, { type: 'plan.reopen', reason: 'New superintendent.', at: AT });
    const snapshot = send(
      actor,
      { type: 'plan.submit', at: AT },
      { type: 'plan.approve', at: AT },
      { type: 'plan.activate', at: AT },
      { type: 'plan.reopen', reason: 'Grant ended.', by: 'Ana', at: AT },
    );
    expect(snapshot.value).toBe('draft');
    const reopened = snapshot.context.log.filter((change) => change.to === 'draft');
    expect(reopened).toEqual([
      { from: 'inReview', to: 'draft', at: AT, by: 'Coach', reason: 'Too many behaviors.' },
      { from: 'approved', to: 'draft', at: AT, reason: 'New superintendent.' },
      { from: 'active', to: 'draft', at: AT, by: 'Ana', reason: 'Grant ended.' },
    ]);
  });

  it('is not possible from draft or archived', () => {
    const actor = start();
    expect(send(actor, { type: 'plan.reopen', reason: 'Why not.', at: AT }).context.log).toEqual([]);
    send(actor, { type: 'plan.submit' }, { type: 'plan.approve' }, { type: 'plan.activate' }, { type: 'plan.archive' });
    expect(send(actor, { type: 'plan.reopen', reason: 'Reuse it.', at: AT }).value).toBe('archived');
  });
});

describe('editing in each state', () => {
  const retitle = edit({ type: 'plan.update', changes: { title: 'Changed' } });
  const observe = edit({ type: 'observation.record', measureId: 'mea-reading', observation: { date: '2026-01-10', value: 55 } });
  const markDone = edit({ type: 'strategy.update', id: 'str-model', changes: { status: 'done' } });

  it('in draft, every edit applies, can be undone and redone, and typing merges into one step', () => {
    const actor = start();
    let snapshot = send(
      actor,
      edit({ type: 'behavior.update', id: 'beh-reteach', changes: { who: 'K' } }, 'who'),
      edit({ type: 'behavior.update', id: 'beh-reteach', changes: { who: 'K-5' } }, 'who'),
      edit({ type: 'behavior.remove', id: 'beh-data-dig' }),
    );
    expect(snapshot.context.history.past.map((step) => step.label)).toEqual(['behavior.update', 'behavior.remove']);
    snapshot = send(actor, { type: 'plan.undo' });
    expect(snapshot.context.plan.behaviors).toHaveLength(2);
    snapshot = send(actor, { type: 'plan.undo' });
    expect(snapshot.context.plan).toStrictEqual(minimalPlan());
    snapshot = send(actor, { type: 'plan.redo' }, { type: 'plan.redo' });
    expect(snapshot.context.plan.behaviors.map((b) => b.who)).toEqual(['K-5']);
  });

  it('in draft, a refused command leaves the plan and says why; the next accepted edit clears that', () => {
    const actor = start();
    const before = actor.getSnapshot().context.plan;
    let snapshot = send(actor, edit({ type: 'link', kind: 'strategy', id: 'str-model', behaviorId: 'beh-gone' }));
    expect(snapshot.context.plan).toBe(before);
    expect(snapshot.context.lastEditError).toMatchObject({ code: 'unknown-behavior' });
    snapshot = send(actor, retitle);
    expect(snapshot.context.lastEditError).toBeNull();
  });

  it.each(['inReview', 'approved', 'active'] as const)('when %s, progress updates apply and can be undone; other edits are refused', (status) => {
    const actor = start();
    const route: PlanAuthoringEvent[] = [{ type: 'plan.submit' }, { type: 'plan.approve' }, { type: 'plan.activate' }];
    send(actor, ...route.slice(0, ['inReview', 'approved', 'active'].indexOf(status) + 1));
    const before = actor.getSnapshot().context.plan;

    let snapshot = send(actor, retitle);
    expect(snapshot.value).toBe(status);
    expect(snapshot.context.plan).toBe(before);
    expect(snapshot.context.lastEditError).toMatchObject({ code: 'plan-locked', status });

    snapshot = send(actor, observe, markDone);
    expect(snapshot.context.lastEditError).toBeNull();
    expect(snapshot.context.plan.result.measures[0]?.observations).toHaveLength(2);
    expect(snapshot.context.plan.strategies[0]?.status).toBe('done');
    snapshot = send(actor, { type: 'plan.undo' }, { type: 'plan.undo' });
    expect(snapshot.context.plan).toStrictEqual(before);
    expect(send(actor, { type: 'plan.undo' }).context.plan).toStrictEqual(before);
  });

  it('submitting starts the history over, so undo can never change a plan under review', () => {
    const actor = start();
    const snapshot = send(actor, retitle, { type: 'plan.submit' }, { type: 'plan.undo' });
    expect(snapshot.context.plan.title).toBe('Changed');
    expect(snapshot.context.history.past).toEqual([]);
  });

  it('an archived plan accepts no edit at all', () => {
    const actor = start();
    send(actor, { type: 'plan.submit' }, { type: 'plan.approve' }, { type: 'plan.activate' }, { type: 'plan.archive' });
    const before = actor.getSnapshot().context.plan;
    const snapshot = send(actor, observe);
    expect(snapshot.context.plan).toBe(before);
    expect(snapshot.context.lastEditError).toMatchObject({ code: 'plan-locked', status: 'archived' });
  });

  it('isEditAllowed gives the same answers as the machine', () => {
    const commands = [retitle, observe, markDone].map((event) => (event as { command: PlanCommand }).command);
    expect(commands.map((c) => isEditAllowed('draft', c))).toEqual([true, true, true]);
    expect(commands.map((c) => isEditAllowed('active', c))).toEqual([false, true, true]);
    expect(commands.map((c) => isEditAllowed('archived', c))).toEqual([false, false, false]);
    const rescheduled: PlanCommand = { type: 'strategy.update', id: 'str-model', changes: { status: 'done', due: '2027-01-01' } };
    expect(isEditAllowed('active', rescheduled)).toBe(false);
  });
});

describe('importing', () => {
  it('in draft, replaces the plan and clears the history', () => {
    const actor = start();
    const imported = minimalPlan({ id: 'plan-imported', title: 'From a file' });
    const snapshot = send(actor, edit({ type: 'plan.update', changes: { title: 'Draft' } }), { type: 'plan.import', plan: imported });
    expect(snapshot.context.plan).toStrictEqual(imported);
    expect(snapshot.context.history.past).toEqual([]);
    expect(send(actor, { type: 'plan.undo' }).context.plan.title).toBe('From a file');
  });

  it('is refused once the plan has left draft', () => {
    const actor = start();
    send(actor, { type: 'plan.submit' });
    const snapshot = send(actor, { type: 'plan.import', plan: minimalPlan({ title: 'Other' }) });
    expect(snapshot.context.plan.title).toBe(minimalPlan().title);
    expect(snapshot.context.lastEditError).toMatchObject({ code: 'plan-locked', status: 'inReview' });
  });
});

describe('persistence', () => {
  it('a persisted snapshot, restored from JSON, keeps the state, log and undo history', () => {
    const machine = createPlanAuthoringMachine({ coach: measureCoach });
    const actor = createActor(machine, { input: { plan: minimalPlan() } }).start();
    send(actor, { type: 'plan.submit', at: AT }, { type: 'plan.approve', at: AT });
    send(actor, edit({ type: 'strategy.update', id: 'str-model', changes: { status: 'done' } }));
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();

    // The input is ignored when a snapshot is given; the machine's types still ask for one.
    const restored = createActor(machine, { snapshot: saved, input: { plan: minimalPlan() } }).start();
    expect(restored.getSnapshot().value).toBe('approved');
    expect(restored.getSnapshot().context.log).toHaveLength(2);
    restored.send({ type: 'plan.undo' });
    expect(restored.getSnapshot().context.plan.strategies[0]?.status).toBe('in-progress');
  });
});
