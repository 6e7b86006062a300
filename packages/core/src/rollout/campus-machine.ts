/**
 * One campus's lifecycle inside a district rollout:
 * `candidate → preparing → implementing → sustaining`, and `withdrawn` (it may rejoin as a
 * candidate). The district spawns campuses as children and forwards events to them.
 */
import { assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import { IdSchema } from '../plan/schema.ts';
import { CountNumber, NameText, hasText } from './text.ts';
import { withContext, withDirectSteps } from './direct-steps.ts';

/** What the district knows about a campus when it adds it. */
export const CampusInputSchema = z
  .object({
    id: IdSchema,
    name: NameText,
    /** 1 for the pilot campuses, 2 for the first wave of scaling, and so on. */
    wave: z.number().int().min(1).max(100),
    /** Intended practitioners: the teachers expected to use the practice. */
    teachers: CountNumber,
    /** Teachers observed using the practice with fidelity. */
    atFidelity: CountNumber.optional(),
  })
  .refine((campus) => (campus.atFidelity ?? 0) <= campus.teachers, {
    message: 'more teachers at fidelity than teachers',
    path: ['atFidelity'],
  });
/** What the district knows about a campus when it adds it. */
export type CampusInput = z.infer<typeof CampusInputSchema>;

/** A campus's own record. */
export interface CampusContext {
  id: string;
  name: string;
  wave: number;
  teachers: number;
  atFidelity: number;
  /** Improvement cycles this campus took part in. */
  cycles: number;
}

/** Events a campus takes. `campusId` is present when the district forwarded the event. */
export type CampusEvent =
  | { type: 'campus.advance'; campusId?: string }
  | { type: 'campus.withdraw'; campusId?: string; reason: string }
  | { type: 'campus.rejoin'; campusId?: string }
  | { type: 'campus.fidelity'; campusId?: string; teachers?: number; atFidelity: number }
  | { type: 'cycle.record' };

const definedCampusMachine = setup({
  types: {
    context: {} as CampusContext,
    input: {} as CampusInput,
    events: {} as CampusEvent,
  },
  guards: {
    /** A withdrawal needs a reason, for the district's audit trail. */
    hasReason: ({ event }) => event.type === 'campus.withdraw' && hasText(event.reason),
    /** Never more teachers at fidelity than teachers. */
    countsAgree: ({ context, event }) => event.type === 'campus.fidelity' && fidelityCountsAgree(context, event),
  },
  actions: {
    setFidelity: assign(({ context, event }) => (event.type === 'campus.fidelity' ? fidelitySet(context, event) : {})),
    countCycle: assign({ cycles: ({ context }) => context.cycles + 1 }),
  },
}).createMachine({
  id: 'campus',
  context: ({ input }) => ({
    id: input.id,
    name: input.name,
    wave: input.wave,
    teachers: input.teachers,
    atFidelity: input.atFidelity ?? 0,
    cycles: 0,
  }),
  initial: 'candidate',
  on: {
    'campus.fidelity': { guard: 'countsAgree', actions: 'setFidelity' },
  },
  states: {
    candidate: {
      on: {
        'campus.advance': { target: 'preparing' },
        'campus.withdraw': { guard: 'hasReason', target: 'withdrawn' },
      },
    },
    preparing: {
      on: {
        'campus.advance': { target: 'implementing' },
        'campus.withdraw': { guard: 'hasReason', target: 'withdrawn' },
      },
    },
    implementing: {
      on: {
        'campus.advance': { target: 'sustaining' },
        'campus.withdraw': { guard: 'hasReason', target: 'withdrawn' },
        'cycle.record': { actions: 'countCycle' },
      },
    },
    sustaining: {
      on: {
        'campus.withdraw': { guard: 'hasReason', target: 'withdrawn' },
        'cycle.record': { actions: 'countCycle' },
      },
    },
    withdrawn: {
      on: {
        'campus.rejoin': { target: 'candidate' },
      },
    },
  },
});

/**
 * The campus lifecycle. Spawned by the district under the actor name `campus`.
 * `campus.fidelity`, the event a campus takes most, is taken without a full interpreter step,
 * exactly as defined above: one transition on the root that no state overrides, a guard and
 * one assignment (see `direct-steps.ts`).
 */
export const campusMachine = withDirectSteps(definedCampusMachine, ['campus.fidelity'], (snapshot, event) =>
  event.type === 'campus.fidelity' && fidelityCountsAgree(snapshot.context, event) ? withContext(snapshot, fidelitySet(snapshot.context, event)) : undefined,
);

/** What `campus.fidelity` changes: the counts it gives. */
function fidelitySet(campus: CampusContext, update: { teachers?: number; atFidelity: number }): Pick<CampusContext, 'teachers' | 'atFidelity'> {
  return { teachers: update.teachers ?? campus.teachers, atFidelity: update.atFidelity };
}

/**
 * Whether a campus with `campus` on record takes `update`: never more teachers at fidelity than
 * teachers. A campus takes `campus.fidelity` in every state, so this is the whole rule; the
 * district asks it directly instead of trying the event on the campus first.
 */
export function fidelityCountsAgree(campus: Pick<CampusContext, 'teachers'>, update: { teachers?: number; atFidelity: number }): boolean {
  const teachers = update.teachers ?? campus.teachers;
  return isCount(teachers) && isCount(update.atFidelity) && update.atFidelity <= teachers;
}

/** A running campus actor, as the district holds it. */
export type CampusRef = ActorRefFrom<typeof campusMachine>;
/** A campus's state and record. */
export type CampusSnapshot = SnapshotFrom<typeof campusMachine>;

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
