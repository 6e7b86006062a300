/**
 * Everything a district rollout accepts, as zod schemas (for input from people and files) and
 * the matching TypeScript types (for code). Event names are dotted, in the users' words.
 */
import { z } from 'zod';
import { IdSchema } from '../plan/schema.ts';
import { CampusInputSchema } from './campus-machine.ts';
import { EvidenceSchema, ImprovementCycleSchema, ShowcaseSchema } from './evidence.ts';
import { PartialThresholdsSchema } from './thresholds.ts';
import { CountNumber, NameText, ReasonText, WhenText } from './text.ts';

/** The most campuses one district holds. */
export const MAX_CAMPUSES = 10_000;

const Meta = {
  at: WhenText.optional(),
  who: NameText.optional(),
  why: ReasonText.optional(),
};
const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...Meta, ...shape });

/** Every district event, by type. */
export const DISTRICT_EVENT_SCHEMAS = {
  /** Move to the next stage; refused unless its gate is met. */
  'rollout.advance': event('rollout.advance', {}),
  /** Go back one stage; implementation is not linear. Refused without a reason. */
  'rollout.back': event('rollout.back', { reason: ReasonText }),
  /** Stop moving for now; `rollout.resume` returns to the same stage. */
  'rollout.pause': event('rollout.pause', { reason: ReasonText.optional() }),
  'rollout.resume': event('rollout.resume', {}),
  /** The decision not to adopt; final. Refused without a reason. */
  'rollout.decline': event('rollout.decline', { reason: ReasonText }),
  /** A new superintendent or other leader: the rollout pauses. */
  'leadership.changed': event('leadership.changed', { leader: NameText.optional(), role: NameText.optional() }),
  /** The grant ended; without a funding plan in scale or sustain this is a risk. */
  'grant.ended': event('grant.ended', { grant: NameText.optional() }),
  /** Another initiative competes for the same teachers' attention. */
  'initiative.added': event('initiative.added', { name: NameText }),
  'initiative.ended': event('initiative.ended', { name: NameText }),
  'evidence.record': event('evidence.record', { evidence: EvidenceSchema }),
  'cycle.record': event('cycle.record', { cycle: ImprovementCycleSchema }),
  'showcase.record': event('showcase.record', { showcase: ShowcaseSchema }),
  'thresholds.set': event('thresholds.set', { thresholds: PartialThresholdsSchema }),
  /** Add campuses, many at once (one event spawns them all). */
  'campus.add': event('campus.add', { campuses: z.array(CampusInputSchema).min(1).max(MAX_CAMPUSES) }),
  'campus.advance': event('campus.advance', { campusId: IdSchema }),
  'campus.withdraw': event('campus.withdraw', { campusId: IdSchema, reason: ReasonText }),
  'campus.rejoin': event('campus.rejoin', { campusId: IdSchema }),
  /** Teachers observed at fidelity at one campus (and, optionally, its new teacher count). */
  'campus.fidelity': event('campus.fidelity', {
    campusId: IdSchema,
    teachers: CountNumber.optional(),
    atFidelity: CountNumber,
  }),
} as const;

/** Any district event. */
export const DistrictEventSchema = z.discriminatedUnion('type', [
  DISTRICT_EVENT_SCHEMAS['rollout.advance'],
  DISTRICT_EVENT_SCHEMAS['rollout.back'],
  DISTRICT_EVENT_SCHEMAS['rollout.pause'],
  DISTRICT_EVENT_SCHEMAS['rollout.resume'],
  DISTRICT_EVENT_SCHEMAS['rollout.decline'],
  DISTRICT_EVENT_SCHEMAS['leadership.changed'],
  DISTRICT_EVENT_SCHEMAS['grant.ended'],
  DISTRICT_EVENT_SCHEMAS['initiative.added'],
  DISTRICT_EVENT_SCHEMAS['initiative.ended'],
  DISTRICT_EVENT_SCHEMAS['evidence.record'],
  DISTRICT_EVENT_SCHEMAS['cycle.record'],
  DISTRICT_EVENT_SCHEMAS['showcase.record'],
  DISTRICT_EVENT_SCHEMAS['thresholds.set'],
  DISTRICT_EVENT_SCHEMAS['campus.add'],
  DISTRICT_EVENT_SCHEMAS['campus.advance'],
  DISTRICT_EVENT_SCHEMAS['campus.withdraw'],
  DISTRICT_EVENT_SCHEMAS['campus.rejoin'],
  DISTRICT_EVENT_SCHEMAS['campus.fidelity'],
]);
/** Any district event. */
export type DistrictEvent = z.infer<typeof DistrictEventSchema>;
/** The type of a district event, e.g. `rollout.advance`. */
export type DistrictEventType = DistrictEvent['type'];
/** Every district event type. */
export const DISTRICT_EVENT_TYPES = Object.keys(DISTRICT_EVENT_SCHEMAS) as DistrictEventType[];

/** True for a string that names a district event. */
export function isDistrictEventType(value: string): value is DistrictEventType {
  return Object.hasOwn(DISTRICT_EVENT_SCHEMAS, value);
}
