/**
 * A trainer's cohort: 1–50 districts, each a district rollout actor spawned as a child, the
 * sessions the trainer runs, and one event sent to every district at once. The summary (who is
 * where, who is blocked by what) is computed from the districts, never stored.
 */
import { assign, enqueueActions, sendTo, setup, type ActorRefFrom, type AnyActorRef, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import { IdSchema } from '../plan/schema.ts';
import { appended, plainArray } from './append-only.ts';
import { slugId } from './context.ts';
import { districtMachine, type DistrictActorRef } from './district-machine.ts';
import { DistrictEventSchema, type DistrictEvent } from './events.ts';
import { DistrictInputSchema, MAX_COHORT_DISTRICTS, type CohortInput, type DistrictInput } from './inputs.ts';
import { appendLog, type RolloutLogEntry } from './log.ts';
import { listNames } from './log-text.ts';
import { explainRefusal } from './refusal.ts';
import { LongText, NameText, ReasonText, WhenText } from './text.ts';
import { saveWithPlainLists } from './plain-save.ts';

/** A session the trainer ran. */
export const CohortSessionSchema = z.object({
  date: WhenText,
  title: NameText,
  /** Ids of the districts that attended. */
  attendees: z.array(IdSchema).max(MAX_COHORT_DISTRICTS).optional(),
  note: LongText.optional(),
});
/** A session the trainer ran. */
export type CohortSession = z.infer<typeof CohortSessionSchema>;

const Meta = { at: WhenText.optional(), who: NameText.optional(), why: ReasonText.optional() };

/** Every cohort event, by type. */
export const COHORT_EVENT_SCHEMAS = {
  'district.add': z.object({ type: z.literal('district.add'), ...Meta, districts: z.array(DistrictInputSchema).min(1).max(MAX_COHORT_DISTRICTS) }),
  /** One event for one district. */
  'district.send': z.object({ type: z.literal('district.send'), ...Meta, districtId: IdSchema, event: DistrictEventSchema }),
  /** One event for every district; each takes it or refuses it by its own rules. */
  'cohort.broadcast': z.object({ type: z.literal('cohort.broadcast'), ...Meta, event: DistrictEventSchema }),
  'session.record': z.object({ type: z.literal('session.record'), ...Meta, session: CohortSessionSchema }),
  'cohort.close': z.object({ type: z.literal('cohort.close'), ...Meta }),
  'cohort.reopen': z.object({ type: z.literal('cohort.reopen'), ...Meta }),
} as const;

/** Any cohort event. */
export const CohortEventSchema = z.discriminatedUnion('type', [
  COHORT_EVENT_SCHEMAS['district.add'],
  COHORT_EVENT_SCHEMAS['district.send'],
  COHORT_EVENT_SCHEMAS['cohort.broadcast'],
  COHORT_EVENT_SCHEMAS['session.record'],
  COHORT_EVENT_SCHEMAS['cohort.close'],
  COHORT_EVENT_SCHEMAS['cohort.reopen'],
]);
/** Any cohort event. */
export type CohortEvent = z.infer<typeof CohortEventSchema>;

/** The cohort machine's context. */
export interface CohortContext {
  id: string;
  name: string;
  /** The districts, as running child actors, by district id, in the order they joined. */
  districts: Record<string, DistrictActorRef>;
  sessions: CohortSession[];
  /**
   * Append-only audit trail of the cohort's own acts: districts added, sessions, broadcasts,
   * closing. Events for one district are in that district's trail.
   */
  log: RolloutLogEntry[];
}

type Spawner = (src: 'district', options: { id: string; input: DistrictInput }) => DistrictActorRef;

const definedCohortMachine = setup({
  types: {
    context: {} as CohortContext,
    input: {} as CohortInput,
    events: {} as CohortEvent,
  },
  actors: { district: districtMachine },
  guards: {
    /** New districts are well formed, have ids not used yet, and keep the cohort within 50. */
    districtsFit: ({ context, event }) => {
      if (event.type !== 'district.add') return false;
      const ids = new Set(Object.keys(context.districts));
      for (const input of event.districts) {
        const id = districtId(input);
        if (ids.has(id) || !DistrictInputSchema.safeParse(input).success) return false;
        ids.add(id);
      }
      return ids.size <= MAX_COHORT_DISTRICTS;
    },
    /**
     * The district exists and has not been declined. Whether it takes the event is its own
     * affair: it refuses what its rules refuse (ask `explainRefusal` for why).
     */
    districtIsActive: ({ context, event }) => event.type === 'district.send' && activeDistrict(context, event.districtId) !== undefined,
  },
  actions: {
    addDistricts: assign(({ context, event, spawn }) => {
      if (event.type !== 'district.add') return {};
      const names = event.districts.map((input) => input.name);
      return {
        districts: spawnDistricts(context.districts, event.districts, spawn as Spawner),
        log: appendLog(context.log, event, `added ${names.length === 1 ? '1 district' : `${names.length} districts`}: ${listNames(names)}`),
      };
    }),
    // The district's own audit trail records the event; the cohort's keeps cohort-level acts only.
    // `cohortMachine` takes this transition directly (see `forwardDistrictEvents`); this is its definition.
    forwardToDistrict: sendTo(
      ({ context, event }) => districtRef(context, event.type === 'district.send' ? event.districtId : ''),
      ({ event }) => {
        if (event.type !== 'district.send') throw new Error(`${event.type} is not sent to a district`);
        return event.event;
      },
    ),
    broadcast: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'cohort.broadcast') return;
      const refs = Object.values(context.districts);
      // Counted before sending, by each district's own rules; a declined district has stopped.
      const taking = refs.filter((ref) => explainRefusal(ref.getSnapshot(), event.event).length === 0);
      const what = `sent ${event.event.type} to all ${refs.length} districts (${taking.length} took it)`;
      enqueue.assign({ log: appendLog(context.log, event, what) });
      for (const ref of taking) enqueue.sendTo(ref, event.event);
    }),
    recordSession: assign(({ context, event }) =>
      event.type === 'session.record'
        ? {
            sessions: appended(context.sessions, event.session),
            log: appendLog(context.log, event, `recorded the session "${event.session.title}"`),
          }
        : {},
    ),
    note: assign(({ context, event }, params: { what: string }) => ({ log: appendLog(context.log, event, params.what) })),
  },
}).createMachine({
  id: 'cohort',
  context: ({ input, spawn }) => {
    const districts = spawnDistricts({}, input.districts, spawn as Spawner);
    const start = { type: 'cohort.start', at: input.at, who: input.who };
    return {
      id: input.id ?? slugId(input.name),
      name: input.name,
      districts,
      sessions: [],
      log: appendLog([], start, `started the cohort ${input.name} with ${Object.keys(districts).length} districts`),
    };
  },
  initial: 'running',
  states: {
    running: {
      on: {
        'district.add': { guard: 'districtsFit', actions: 'addDistricts' },
        'district.send': { guard: 'districtIsActive', actions: 'forwardToDistrict' },
        'cohort.broadcast': { actions: 'broadcast' },
        'session.record': { actions: 'recordSession' },
        'cohort.close': { target: 'closed', actions: { type: 'note', params: { what: 'closed the cohort' } } },
      },
    },
    closed: {
      on: {
        'cohort.reopen': { target: 'running', actions: { type: 'note', params: { what: 'reopened the cohort' } } },
      },
    },
  },
});

/**
 * The cohort machine. Create actors with `createCohort` or `createActor`.
 *
 * Sending an event to one district (`district.send`) is what a cohort does thousands of times,
 * and for the cohort itself it is the transition `running: district.send [districtIsActive] /
 * forwardToDistrict`: its snapshot stays as it is and the inner event goes on to the district
 * once the step is over. Through the interpreter that transition cost as much as the
 * district's own step. So this one case is taken directly (see `forwardDistrictEvents`); every
 * other case, including a refused `district.send`, goes through the machine as defined above.
 */
export const cohortMachine = forwardDistrictEvents(
  saveWithPlainLists(definedCohortMachine, (context) => ({ ...context, sessions: plainArray(context.sessions), log: plainArray(context.log) })),
);

/**
 * Makes `machine` take an accepted `district.send` without a full interpreter step: the same
 * guard (`activeDistrict`, in `running` only), the same unchanged snapshot, and the same
 * `xstate.sendTo` action handed to the actor's executor, which defers the send until the step
 * is over exactly as `sendTo` does. Pure transitions (`transition(machine, …)`) still see the
 * action and nothing is sent.
 */
function forwardDistrictEvents(machine: typeof definedCohortMachine): typeof definedCohortMachine {
  const transition = machine.transition.bind(machine);
  machine.transition = (snapshot, event, actorScope) => {
    if (event.type === 'district.send' && snapshot.status === 'active' && snapshot.value === 'running') {
      const ref = activeDistrict(snapshot.context, event.districtId);
      if (ref !== undefined) {
        const forwarded = event.event;
        actorScope.actionExecutor({
          type: 'xstate.sendTo',
          info: { context: snapshot.context, event, self: actorScope.self as AnyActorRef, system: actorScope.system },
          params: { to: ref, event: forwarded },
          exec: sendWhenDone(actorScope, ref, forwarded),
        });
        return snapshot;
      }
    }
    return transition(snapshot, event, actorScope);
  };
  return machine;
}

/**
 * What `sendTo` does once executed: send after the current step. (Made here, not inline, so
 * that no per-event closure gets a name attached by tools that keep function names.)
 */
function sendWhenDone(actorScope: { defer(fn: () => void): void }, ref: DistrictActorRef, event: DistrictEvent): () => void {
  return () => actorScope.defer(() => ref.send(event));
}

/** The id a district input gets: its own, or a slug of its name. */
export function districtId(input: DistrictInput): string {
  return input.id ?? slugId(input.name);
}

/**
 * `districts` plus one spawned actor per input, in one pass. In a cohort's first input two
 * districts may share a name; the later one gets `-2`, `-3`… so no district is lost.
 */
function spawnDistricts(
  districts: Readonly<Record<string, DistrictActorRef>>,
  inputs: readonly DistrictInput[],
  spawn: Spawner,
): Record<string, DistrictActorRef> {
  const next: Record<string, DistrictActorRef> = { ...districts };
  for (const input of inputs) {
    const base = districtId(input);
    let id = base;
    for (let n = 2; Object.hasOwn(next, id); n++) id = `${base.slice(0, 60)}-${n}`;
    next[id] = spawn('district', { id, input: { ...input, id } });
  }
  return next;
}

function findDistrict(context: CohortContext, id: string): DistrictActorRef | undefined {
  return Object.hasOwn(context.districts, id) ? context.districts[id] : undefined;
}

/** The district with id `id` if it exists and has not been declined (a declined one has stopped). */
function activeDistrict(context: CohortContext, id: string): DistrictActorRef | undefined {
  const ref = findDistrict(context, id);
  return ref !== undefined && ref.getSnapshot().status === 'active' ? ref : undefined;
}

function districtRef(context: CohortContext, id: string): DistrictActorRef {
  const ref = findDistrict(context, id);
  // The guard checks existence first; reaching this means it was skipped.
  if (ref === undefined) throw new Error(`no district with id ${JSON.stringify(id)}`);
  return ref;
}

/** A running cohort. */
export type CohortActorRef = ActorRefFrom<typeof cohortMachine>;
/** A cohort's state and context. */
export type CohortSnapshot = SnapshotFrom<typeof cohortMachine>;
