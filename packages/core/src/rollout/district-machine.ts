/**
 * A district's rollout: `explore → prepare → pilot → scale → sustain`, plus `paused` (resuming
 * returns to the stage it left) and `declined` (final). Advancing is guarded by the gates in
 * `gate-criteria.ts`; going back needs a reason. Campuses are spawned children. Every accepted
 * event appends to the audit trail; a refused one changes nothing.
 */
import { assign, enqueueActions, sendTo, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { appended, plainArray } from './append-only.ts';
import { CampusInputSchema, campusMachine, fidelityCountsAgree, type CampusEvent, type CampusInput, type CampusRef } from './campus-machine.ts';
import type { DistrictContext } from './context.ts';
import { slugId } from './context.ts';
import type { DistrictInput } from './inputs.ts';
import type { DistrictEvent } from './events.ts';
import { MAX_CAMPUSES } from './events.ts';
import { emptyEvidence } from './evidence.ts';
import { findCampus } from './facts.ts';
import { explainGate } from './gates.ts';
import { appendLog } from './log.ts';
import { describeCampusesAdded, describeThresholds } from './log-text.ts';
import { ROLLOUT_STAGES, nextStage, previousStage, type RolloutStage } from './stages.ts';
import { DEFAULT_THRESHOLDS, withThresholds } from './thresholds.ts';
import { hasText } from './text.ts';
import { saveWithPlainLists } from './plain-save.ts';
import { toCampusEvent } from './campus-events.ts';
import { campusEventNoted, cycleRecorded, evidenceRecorded, grantEnded, showcaseRecorded } from './fact-updates.ts';
import { withDirectSteps } from './direct-steps.ts';
import { DIRECT_FACTS, takeFactDirectly } from './district-direct.ts';

export { toCampusEvent } from './campus-events.ts';

type Spawner = (src: 'campus', options: { id: string; input: CampusInput }) => CampusRef;

const definedDistrictMachine = setup({
  types: {
    context: {} as DistrictContext,
    input: {} as DistrictInput,
    events: {} as DistrictEvent,
  },
  actors: { campus: campusMachine },
  guards: {
    /** Every required criterion of the gate into `stage` is met. */
    gateMet: ({ context }, params: { stage: RolloutStage }) => explainGate(context, params.stage).met,
    /** Going back, declining and withdrawing need a reason for the audit trail. */
    hasReason: ({ event }) => 'reason' in event && hasText(event.reason),
    /** While paused: the stage the district left was `stage`. */
    wasIn: ({ context }, params: { stage: RolloutStage }) => context.pausedFrom === params.stage,
    /**
     * The new campuses are well formed (checked here too: code can send events the CLI never
     * saw), have ids not used yet, and keep the district within `MAX_CAMPUSES`.
     */
    campusesFit: ({ context, event }) => {
      if (event.type !== 'campus.add') return false;
      const seen = new Set<string>();
      for (const campus of event.campuses) {
        if (seen.has(campus.id) || findCampus(context.campuses, campus.id) !== undefined) return false;
        if (!CampusInputSchema.safeParse(campus).success) return false;
        seen.add(campus.id);
      }
      return Object.keys(context.campuses).length + event.campuses.length <= MAX_CAMPUSES;
    },
    /**
     * The named campus exists and its counts agree: the campus machine's own rule for
     * `campus.fidelity`, which it takes in every state (the most frequent campus event, so
     * it is not tried on the campus first).
     */
    campusTakesFidelity: ({ context, event }) => {
      if (event.type !== 'campus.fidelity') return false;
      const ref = findCampus(context.campuses, event.campusId);
      return ref !== undefined && fidelityCountsAgree(ref.getSnapshot().context, event);
    },
    /** The named campus exists and its own machine takes the event. */
    campusAccepts: ({ context, event }) => {
      const campusEvent = toCampusEvent(event);
      if (campusEvent === null || !('campusId' in event)) return false;
      const ref = findCampus(context.campuses, event.campusId);
      return ref !== undefined && ref.getSnapshot().can(campusEvent);
    },
    /** Every campus a cycle names exists and is implementing or sustaining. */
    cycleCampusesReady: ({ context, event }) => {
      if (event.type !== 'cycle.record') return false;
      return (event.cycle.campusIds ?? []).every((id) => {
        const ref = findCampus(context.campuses, id);
        return ref !== undefined && ref.getSnapshot().can({ type: 'cycle.record' });
      });
    },
    initiativeIsNew: ({ context, event }) =>
      event.type === 'initiative.added' && !context.initiatives.some((item) => sameName(item.name, event.name)),
    initiativeIsRunning: ({ context, event }) =>
      event.type === 'initiative.ended' && context.initiatives.some((item) => sameName(item.name, event.name)),
  },
  actions: {
    /** Appends `what` to the audit trail. */
    note: assign(({ context, event }, params: { what: string }) => ({ log: appendLog(context.log, event, params.what) })),
    rememberStage: assign((_, params: { stage: RolloutStage }) => ({ pausedFrom: params.stage })),
    forgetStage: assign({ pausedFrom: null }),
    recordLeadershipChange: assign(({ context, event }, params: { pausing: RolloutStage | null }) => {
      if (event.type !== 'leadership.changed') return {};
      const at = event.at ?? new Date().toISOString();
      const who = [event.leader, event.role].filter(hasText).join(', ');
      const what =
        `leadership changed${who === '' ? '' : ` (${who})`}` +
        (params.pausing === null ? ' while paused' : `; paused in ${params.pausing}`);
      const change: DistrictContext['leadershipChanges'][number] = { at };
      if (event.leader !== undefined) change.leader = event.leader;
      if (event.role !== undefined) change.role = event.role;
      return { leadershipChanges: appended(context.leadershipChanges, change), log: appendLog(context.log, event, what) };
    }),
    recordEvidence: assign(({ context, event }) => (event.type === 'evidence.record' ? evidenceRecorded(context, event) : {})),
    recordCycle: assign(({ context, event }) => {
      if (event.type !== 'cycle.record') return {};
      const names = (event.cycle.campusIds ?? []).map((id) => campusRef(context, id).getSnapshot().context.name);
      return cycleRecorded(context, event, names);
    }),
    /** Counts the cycle at each campus it names (most cycles name none). */
    countCampusCycles: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'cycle.record') return;
      for (const id of event.cycle.campusIds ?? []) enqueue.sendTo(campusRef(context, id), { type: 'cycle.record' });
    }),
    recordShowcase: assign(({ context, event }) => (event.type === 'showcase.record' ? showcaseRecorded(context, event) : {})),
    setThresholds: assign(({ context, event }) =>
      event.type === 'thresholds.set'
        ? {
            thresholds: withThresholds(context.thresholds, event.thresholds),
            log: appendLog(context.log, event, describeThresholds(context.thresholds, event.thresholds)),
          }
        : {},
    ),
    recordGrantEnded: assign(({ context, event }) => (event.type === 'grant.ended' ? grantEnded(context, event) : {})),
    addInitiative: assign(({ context, event }) => {
      if (event.type !== 'initiative.added') return {};
      const addedAt = event.at ?? new Date().toISOString();
      const count = context.initiatives.length + 1;
      return {
        initiatives: [...context.initiatives, { name: event.name, addedAt }],
        log: appendLog(context.log, event, `added the concurrent initiative ${event.name} (${count} running)`),
      };
    }),
    endInitiative: assign(({ context, event }) => {
      if (event.type !== 'initiative.ended') return {};
      const initiatives = context.initiatives.filter((item) => !sameName(item.name, event.name));
      return {
        initiatives,
        log: appendLog(context.log, event, `ended the concurrent initiative ${event.name} (${initiatives.length} running)`),
      };
    }),
    addCampuses: assign(({ context, event, spawn }) => {
      if (event.type !== 'campus.add') return {};
      return {
        campuses: spawnCampuses(context.campuses, event.campuses, spawn as Spawner),
        log: appendLog(context.log, event, describeCampusesAdded(event.campuses)),
      };
    }),
    noteCampusEvent: assign(({ context, event }) => ('campusId' in event ? campusEventNoted(context, event, campusRef(context, event.campusId)) : {})),
    forwardToCampus: sendTo(
      ({ context, event }) => campusRef(context, 'campusId' in event ? event.campusId : ''),
      ({ event }) => {
        const forwarded = toCampusEvent(event);
        if (forwarded === null) throw new Error(`${event.type} is not a campus event`);
        return forwarded;
      },
    ),
  },
}).createMachine({
  id: 'districtRollout',
  context: ({ input, spawn }) => {
    const campuses = spawnCampuses({}, input.campuses ?? [], spawn as Spawner);
    const count = Object.keys(campuses).length;
    const start = { type: 'rollout.start', at: input.at, who: input.who };
    const what = `started the rollout for ${input.name}${count === 0 ? '' : ` with ${count === 1 ? '1 campus' : `${count} campuses`}`}`;
    return {
      id: input.id ?? slugId(input.name),
      name: input.name,
      thresholds: withThresholds(DEFAULT_THRESHOLDS, input.thresholds),
      evidence: emptyEvidence(),
      campuses,
      pausedFrom: null,
      leadershipChanges: [],
      grantEndedAt: null,
      initiatives: [],
      log: appendLog([], start, what),
    };
  },
  initial: 'explore',
  // Recording facts never depends on the stage: these are accepted anywhere but `declined`.
  on: {
    'evidence.record': { actions: 'recordEvidence' },
    'cycle.record': { guard: 'cycleCampusesReady', actions: ['recordCycle', 'countCampusCycles'] },
    'showcase.record': { actions: 'recordShowcase' },
    'thresholds.set': { actions: 'setThresholds' },
    'grant.ended': { actions: 'recordGrantEnded' },
    'initiative.added': { guard: 'initiativeIsNew', actions: 'addInitiative' },
    'initiative.ended': { guard: 'initiativeIsRunning', actions: 'endInitiative' },
    'campus.add': { guard: 'campusesFit', actions: 'addCampuses' },
    'campus.advance': { guard: 'campusAccepts', actions: ['noteCampusEvent', 'forwardToCampus'] },
    'campus.withdraw': { guard: 'campusAccepts', actions: ['noteCampusEvent', 'forwardToCampus'] },
    'campus.rejoin': { guard: 'campusAccepts', actions: ['noteCampusEvent', 'forwardToCampus'] },
    'campus.fidelity': { guard: 'campusTakesFidelity', actions: ['noteCampusEvent', 'forwardToCampus'] },
  },
  states: {
    explore: stageState('explore'),
    prepare: stageState('prepare'),
    pilot: stageState('pilot'),
    scale: stageState('scale'),
    sustain: stageState('sustain'),
    paused: {
      on: {
        'rollout.resume': ROLLOUT_STAGES.map((stage) => ({
          guard: { type: 'wasIn' as const, params: { stage } },
          target: stage,
          actions: ['forgetStage' as const, { type: 'note' as const, params: { what: `resumed ${stage}` } }],
        })),
        'leadership.changed': { actions: { type: 'recordLeadershipChange', params: { pausing: null } } },
        'rollout.decline': {
          guard: 'hasReason',
          target: 'declined',
          actions: ['forgetStage', { type: 'note', params: { what: 'declined while paused' } }],
        },
      },
    },
    declined: { type: 'final' },
  },
});

/** Saved with its shared lists as plain arrays (see `plain-save.ts`). */
const savedDistrictMachine = saveWithPlainLists(definedDistrictMachine, (context) => ({
  ...context,
  evidence: {
    ...context.evidence,
    frameworks: plainArray(context.evidence.frameworks),
    measureReadings: plainArray(context.evidence.measureReadings),
    cycles: plainArray(context.evidence.cycles),
    showcases: plainArray(context.evidence.showcases),
  },
  leadershipChanges: plainArray(context.leadershipChanges),
  log: plainArray(context.log),
}));

/**
 * The district rollout machine. Create actors with `createDistrictRollout` or `createActor`.
 * The facts a district records most often are taken without a full interpreter step, exactly
 * as the transitions above define them (see `district-direct.ts`).
 */
export const districtMachine = withDirectSteps(savedDistrictMachine, DIRECT_FACTS, takeFactDirectly);

/** The transitions out of one stage: advance through its gate, back, pause, decline. */
function stageState(stage: RolloutStage) {
  const next = nextStage(stage);
  const previous = previousStage(stage);
  const pause = { type: 'rememberStage' as const, params: { stage } };
  return {
    on: {
      ...(next === null
        ? {}
        : {
            'rollout.advance': {
              guard: { type: 'gateMet' as const, params: { stage: next } },
              target: next,
              actions: { type: 'note' as const, params: { what: `advanced from ${stage} to ${next}` } },
            },
          }),
      ...(previous === null
        ? {}
        : {
            'rollout.back': {
              guard: 'hasReason' as const,
              target: previous,
              actions: { type: 'note' as const, params: { what: `went back from ${stage} to ${previous}` } },
            },
          }),
      'rollout.pause': {
        target: 'paused' as const,
        actions: [pause, { type: 'note' as const, params: { what: `paused in ${stage}` } }],
      },
      'leadership.changed': {
        target: 'paused' as const,
        actions: [pause, { type: 'recordLeadershipChange' as const, params: { pausing: stage } }],
      },
      'rollout.decline': {
        guard: 'hasReason' as const,
        target: 'declined' as const,
        actions: { type: 'note' as const, params: { what: `declined in ${stage}` } },
      },
    },
  };
}

/**
 * `campuses` plus one spawned actor per input, all in one assign: one spawn per event grows
 * quadratically in xstate 5. `spawn` inside `assign` (rather than `spawnChild`) keeps the refs
 * in context, where the gate guards read the campuses.
 */
function spawnCampuses(
  campuses: Readonly<Record<string, CampusRef>>,
  inputs: readonly CampusInput[],
  spawn: Spawner,
): Record<string, CampusRef> {
  const next: Record<string, CampusRef> = { ...campuses };
  for (const input of inputs) next[input.id] = spawn('campus', { id: input.id, input });
  return next;
}

function campusRef(context: DistrictContext, id: string): CampusRef {
  const ref = findCampus(context.campuses, id);
  // Guards check existence first; reaching this means a guard was skipped.
  if (ref === undefined) throw new Error(`no campus with id ${JSON.stringify(id)}`);
  return ref;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A running district rollout. */
export type DistrictActorRef = ActorRefFrom<typeof districtMachine>;
/** A district rollout's state and context. */
export type DistrictSnapshot = SnapshotFrom<typeof districtMachine>;
