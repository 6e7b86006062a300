/**
 * The shape of saved snapshots (campus, district, cohort) at the current version, checked
 * before xstate sees them: a snapshot xstate cannot restore would give an actor with status
 * `error`, so nothing unchecked reaches `createActor`.
 */
import { z } from 'zod';
import { IdSchema } from '../plan/schema.ts';
import {
  AdoptionDecisionSchema,
  ApprovedPlanSchema,
  FitAssessmentSchema,
  FrameworkEmbeddingSchema,
  FundingPlanSchema,
  ImprovementCycleSchema,
  MeasureReadingSchema,
  ProblemOfPracticeSchema,
  SharedPlanningSchema,
  ShowcaseSchema,
  TeamSchema,
  TrainingPlanSchema,
} from './evidence.ts';
import { CohortSessionSchema } from './cohort-machine.ts';
import { MAX_CAMPUSES } from './events.ts';
import { MAX_COHORT_DISTRICTS } from './inputs.ts';
import { RolloutLogEntrySchema } from './log.ts';
import { CAMPUS_STAGES, ROLLOUT_STAGES, ROLLOUT_STATUSES } from './stages.ts';
import { GateThresholdsSchema } from './thresholds.ts';
import { CountNumber, NameText } from './text.ts';

/** Most entries an audit trail may hold in a saved file. */
export const MAX_LOG_ENTRIES = 500_000;
/** Most items in one evidence list (cycles, readings, showcases, frameworks). */
const MAX_EVIDENCE_ITEMS = 10_000;

const list = <T extends z.ZodType>(item: T, max = MAX_EVIDENCE_ITEMS) => z.array(item).max(max);
/** How xstate writes an actor held in context. */
const ActorRefJson = z.object({ xstate$$type: z.literal(1), id: IdSchema });
/** xstate's history record; these machines have no history states. */
const HistoryJson = z.object({}).optional();

/** A campus snapshot as xstate saves it inside its district. */
export const PersistedCampusSnapshotSchema = z.object({
  // A declined district has stopped its campuses.
  status: z.enum(['active', 'stopped']),
  value: z.enum([...CAMPUS_STAGES, 'withdrawn']),
  historyValue: HistoryJson,
  context: z.object({
    id: IdSchema,
    name: NameText,
    wave: z.number().int().min(1).max(100),
    teachers: CountNumber,
    atFidelity: CountNumber,
    cycles: CountNumber,
  }),
  children: z.object({}),
});

/** A district's context as saved. */
export const PersistedDistrictContextSchema = z.object({
  id: IdSchema,
  name: NameText,
  thresholds: GateThresholdsSchema,
  evidence: z.object({
    problemOfPractice: ProblemOfPracticeSchema.nullable(),
    fitAssessment: FitAssessmentSchema.nullable(),
    team: TeamSchema.nullable(),
    adoptionDecision: AdoptionDecisionSchema.nullable(),
    approvedPlan: ApprovedPlanSchema.nullable(),
    trainingPlan: TrainingPlanSchema.nullable(),
    sharedPlanning: SharedPlanningSchema.nullable(),
    fundingPlan: FundingPlanSchema.nullable(),
    frameworks: list(FrameworkEmbeddingSchema),
    measureReadings: list(MeasureReadingSchema),
    cycles: list(ImprovementCycleSchema),
    showcases: list(ShowcaseSchema),
  }),
  campuses: z.record(IdSchema, ActorRefJson),
  pausedFrom: z.enum(ROLLOUT_STAGES).nullable(),
  leadershipChanges: list(z.object({ at: z.string().max(40), leader: NameText.optional(), role: NameText.optional() })),
  grantEndedAt: z.string().max(40).nullable(),
  initiatives: list(z.object({ name: NameText, addedAt: z.string().max(40) })),
  log: z.array(RolloutLogEntrySchema).max(MAX_LOG_ENTRIES),
});

/** A district snapshot as saved, with its campuses as `children`. */
export const PersistedDistrictSnapshotSchema = z.object({
  status: z.enum(['active', 'done']),
  value: z.enum(ROLLOUT_STATUSES as [string, ...string[]]),
  historyValue: HistoryJson,
  context: PersistedDistrictContextSchema,
  children: z.record(IdSchema, z.object({ src: z.literal('campus'), snapshot: PersistedCampusSnapshotSchema })),
});
/** A district snapshot as saved (campus actors written as `{ xstate$$type, id }`). */
export type PersistedDistrictSnapshot = z.infer<typeof PersistedDistrictSnapshotSchema>;

/** A cohort snapshot as saved, with its districts as `children`. */
export const PersistedCohortSnapshotSchema = z.object({
  status: z.literal('active'),
  value: z.enum(['running', 'closed']),
  historyValue: HistoryJson,
  context: z.object({
    id: IdSchema,
    name: NameText,
    districts: z.record(IdSchema, ActorRefJson),
    sessions: list(CohortSessionSchema),
    log: z.array(RolloutLogEntrySchema).max(MAX_LOG_ENTRIES),
  }),
  children: z.record(IdSchema, z.object({ src: z.literal('district'), snapshot: PersistedDistrictSnapshotSchema })),
});
/** A cohort snapshot as saved, with every district and campus inside. */
export type PersistedCohortSnapshot = z.infer<typeof PersistedCohortSnapshotSchema>;

/**
 * What the schemas cannot say: actors in context and children agree, the state and the
 * context agree, and the audit trail is numbered without gaps. Returns problems as
 * `path: message` strings.
 */
export function checkDistrictConsistency(snapshot: PersistedDistrictSnapshot, path = 'snapshot'): string[] {
  const problems: string[] = [];
  const { context, children } = snapshot;
  problems.push(...checkActorsMatch(context.campuses, children, `${path}.context.campuses`, 'campus'));
  for (const id in children) {
    const childId = children[id]?.snapshot.context.id;
    if (childId !== id) problems.push(`${path}.children.${id}: the campus calls itself "${childId}"`);
  }
  if ((snapshot.value === 'paused') !== (context.pausedFrom !== null)) {
    problems.push(`${path}.context.pausedFrom: must be set exactly when the rollout is paused`);
  }
  if ((snapshot.value === 'declined') !== (snapshot.status === 'done')) {
    problems.push(`${path}.status: a rollout is done exactly when it is declined`);
  }
  problems.push(...checkLogNumbering(context.log, `${path}.context.log`));
  if (Object.keys(children).length > MAX_CAMPUSES) problems.push(`${path}.children: more than ${MAX_CAMPUSES} campuses`);
  return problems;
}

/** `checkDistrictConsistency` for a cohort and every district in it. */
export function checkCohortConsistency(snapshot: PersistedCohortSnapshot): string[] {
  const { context, children } = snapshot;
  const problems = checkActorsMatch(context.districts, children, 'snapshot.context.districts', 'district');
  if (Object.keys(children).length > MAX_COHORT_DISTRICTS) problems.push(`snapshot.children: more than ${MAX_COHORT_DISTRICTS} districts`);
  problems.push(...checkLogNumbering(context.log, 'snapshot.context.log'));
  for (const id in children) {
    const child = children[id];
    if (child === undefined) continue;
    if (child.snapshot.context.id !== id) problems.push(`snapshot.children.${id}: the district calls itself "${child.snapshot.context.id}"`);
    problems.push(...checkDistrictConsistency(child.snapshot, `snapshot.children.${id}.snapshot`));
  }
  return problems;
}

function checkActorsMatch(
  refs: Readonly<Record<string, { id: string }>>,
  children: Readonly<Record<string, unknown>>,
  path: string,
  what: string,
): string[] {
  const problems: string[] = [];
  for (const id in refs) {
    if (refs[id]?.id !== id) problems.push(`${path}.${id}: names the ${what} "${refs[id]?.id}"`);
    if (!Object.hasOwn(children, id)) problems.push(`${path}.${id}: no saved ${what} with this id`);
  }
  for (const id in children) {
    if (!Object.hasOwn(refs, id)) problems.push(`${path}: the saved ${what} "${id}" is missing here`);
  }
  return problems;
}

function checkLogNumbering(log: readonly { seq: number }[], path: string): string[] {
  const gap = log.findIndex((entry, index) => entry.seq !== index + 1);
  return gap === -1 ? [] : [`${path}.${gap}: entries must be numbered 1, 2, 3… without gaps (found ${log[gap]?.seq})`];
}
