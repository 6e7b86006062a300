/**
 * The influence plan as data: zod schemas for every part of a plan, and their types.
 *
 * Saved-data schemas hold no transforms or defaults, so `z.toJSONSchema` can publish them
 * and a document validates the same way in every consumer. Cross-references (a strategy
 * that targets a behavior, a moment linked to a behavior) are stored as ids and checked by
 * `checkReferences`, not here.
 */
import { z } from 'zod';
import { ALL_TACTICS, SOURCES, type Tactic } from './sources.ts';
import { LIMITS } from './limits.ts';

const shortText = () => z.string().max(LIMITS.maxShortText);
const longText = () => z.string().max(LIMITS.maxLongText);
const list = <T extends z.ZodType>(item: T, max: number = LIMITS.maxItems) => z.array(item).max(max);

/** A stable id: letters, digits, `_` and `-`, up to 64 characters. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1-64 letters, digits, "_" or "-"');
/** Links to other parts of the plan, by id. */
const IdList = () => list(IdSchema, LIMITS.maxLinks);

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = z.iso.date();
/** A moment in time, ISO 8601 with offset. */
export const DateTimeSchema = z.iso.datetime({ offset: true });
/** A finite number (JSON has no NaN or Infinity, but generated data might). */
const FiniteNumber = z.number().refine(Number.isFinite, 'must be a finite number');

export const SourceSchema = z.enum(SOURCES);
export const TacticSchema = z.enum(ALL_TACTICS as [Tactic, ...Tactic[]]);

/** How often a measure is observed. */
export const CADENCES = [
  'weekly',
  'every-two-weeks',
  'every-three-weeks',
  'monthly',
  'quarterly',
  'each-semester',
  'yearly',
] as const;
export type Cadence = (typeof CADENCES)[number];
export const CadenceSchema = z.enum(CADENCES);

/** Days between two observations of a measure at its cadence. */
export const CADENCE_DAYS: Readonly<Record<Cadence, number>> = {
  weekly: 7,
  'every-two-weeks': 14,
  'every-three-weeks': 21,
  monthly: 31,
  quarterly: 92,
  'each-semester': 183,
  yearly: 366,
};

/** A value at a date; either may still be missing while a plan is drafted. */
export const MeasurePointSchema = z.object({
  value: FiniteNumber.optional(),
  date: DateSchema.optional(),
});
export type MeasurePoint = z.infer<typeof MeasurePointSchema>;

export const ObservationSchema = z.object({
  id: IdSchema,
  date: DateSchema,
  value: FiniteNumber,
  note: longText().optional(),
});
export type Observation = z.infer<typeof ObservationSchema>;

/** A number that shows whether the result is being reached. */
export const MeasureSchema = z.object({
  id: IdSchema,
  name: shortText(),
  /** What the value counts, e.g. `% of third graders at grade level`. */
  unit: shortText(),
  direction: z.enum(['increase', 'decrease']),
  cadence: CadenceSchema,
  baseline: MeasurePointSchema,
  target: MeasurePointSchema,
  observations: list(ObservationSchema, LIMITS.maxObservations),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** The one result the plan exists for, stated as a number and a date. */
export const ResultSchema = z.object({
  statement: longText(),
  measures: list(MeasureSchema),
});
export type Result = z.infer<typeof ResultSchema>;

/** Where a vital behavior was found. */
export const BEHAVIOR_ORIGINS = [
  'obvious',
  'crucial-moment',
  'positive-deviant',
  'culture-buster',
  'research',
  'other',
] as const;
export type BehaviorOrigin = (typeof BEHAVIOR_ORIGINS)[number];

/**
 * A vital behavior: an observable action by named people at a particular moment.
 * Its crucial moments are the `crucialMoments` whose `behaviorIds` include it.
 */
export const VitalBehaviorSchema = z.object({
  id: IdSchema,
  /** The group that acts, e.g. `K-3 teachers`. */
  who: shortText(),
  /** What they do, e.g. `run a data dig every three weeks and regroup students`. */
  action: longText(),
  /** How the behavior itself is observed and counted. */
  measuredBy: longText(),
  origin: z.enum(BEHAVIOR_ORIGINS),
});
export type VitalBehavior = z.infer<typeof VitalBehaviorSchema>;

/** Something everyone already knows works but few do. */
export const ObviousNoteSchema = z.object({
  id: IdSchema,
  text: longText(),
  behaviorIds: IdList(),
});
export type ObviousNote = z.infer<typeof ObviousNoteSchema>;

/** A point in time where the right behavior, if enacted, leads to the result. */
export const CrucialMomentSchema = z.object({
  id: IdSchema,
  /** The moment, e.g. `when a student misses a concept at a station`. */
  when: longText(),
  behaviorIds: IdList(),
});
export type CrucialMoment = z.infer<typeof CrucialMomentSchema>;

/** People who already succeed where the problem should exist. */
export const PositiveDeviantSchema = z.object({
  id: IdSchema,
  who: shortText(),
  /** What they do differently. */
  practice: longText(),
  behaviorIds: IdList(),
});
export type PositiveDeviant = z.infer<typeof PositiveDeviantSchema>;

/** A behavior the unwritten rules make taboo or punish. */
export const CultureBusterSchema = z.object({
  id: IdSchema,
  description: longText(),
  behaviorIds: IdList(),
});
export type CultureBuster = z.infer<typeof CultureBusterSchema>;

export const STRATEGY_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** One tactic from one source of influence, aimed at one or more vital behaviors. */
export const StrategySchema = z.object({
  id: IdSchema,
  source: SourceSchema,
  tactic: TacticSchema,
  description: longText(),
  behaviorIds: IdList(),
  owner: shortText().optional(),
  start: DateSchema.optional(),
  due: DateSchema.optional(),
  status: z.enum(STRATEGY_STATUSES),
});
export type Strategy = z.infer<typeof StrategySchema>;

export const STANCES = ['champion', 'neutral', 'skeptic'] as const;
export type Stance = (typeof STANCES)[number];

/** An organizational influencer or opinion leader. */
export const InfluencerSchema = z.object({
  id: IdSchema,
  name: shortText(),
  role: shortText(),
  kind: z.enum(['organizational', 'opinion-leader']),
  stance: z.enum(STANCES),
  /** Who they reach, e.g. `all elementary principals`. */
  reach: shortText(),
});
export type Influencer = z.infer<typeof InfluencerSchema>;

const Count = z.number().int().min(0).max(100_000_000);

/** The organization that owns the plan, with the profile facts a board asks for. */
export const OrganizationSchema = z.object({
  name: shortText(),
  kind: z.enum(['district', 'campus', 'network', 'other']),
  students: Count.optional(),
  campuses: Count.optional(),
  teachers: Count.optional(),
  location: shortText().optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** An influence plan: one result, its vital behaviors, and strategies across six sources. */
export const PlanSchema = z.object({
  id: IdSchema,
  title: shortText(),
  language: z.enum(LANGUAGES),
  organization: OrganizationSchema,
  problemOfPractice: longText(),
  /** What the team believes and why the change matters. */
  beliefStatement: longText(),
  result: ResultSchema,
  behaviors: list(VitalBehaviorSchema),
  obvious: list(ObviousNoteSchema),
  crucialMoments: list(CrucialMomentSchema),
  positiveDeviants: list(PositiveDeviantSchema),
  cultureBusters: list(CultureBusterSchema),
  strategies: list(StrategySchema, LIMITS.maxStrategies),
  influencers: list(InfluencerSchema),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
});
export type Plan = z.infer<typeof PlanSchema>;
