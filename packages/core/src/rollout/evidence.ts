/**
 * Evidence a district records on its way through the stages. The gates read it; nothing else
 * decides whether a district may advance. Every kind is a zod schema, so the CLI and the app
 * validate what a person typed before the machine sees it.
 */
import { z } from 'zod';
import { IdSchema } from '../plan/schema.ts';
import { appended } from './append-only.ts';
import { CountNumber, LongText, MeasureNumber, NameText, WhenText } from './text.ts';

/** A value of the primary measure at a date. */
const MeasureValueAtDate = z.object({ value: MeasureNumber, date: WhenText });

/**
 * The problem of practice: what is wrong, and the one measure that shows it, with a baseline
 * and a target. Baseline and target may be missing while it is drafted; the gate says so.
 */
export const ProblemOfPracticeSchema = z.object({
  kind: z.literal('problemOfPractice'),
  statement: LongText,
  measure: z.object({
    name: NameText,
    unit: NameText.optional(),
    baseline: MeasureValueAtDate.optional(),
    target: MeasureValueAtDate.optional(),
  }),
});
export type ProblemOfPractice = z.infer<typeof ProblemOfPracticeSchema>;

/** The six fit indicators, scored 1–5 (the Hexagon tool's names). */
export const FIT_INDICATORS = ['need', 'fit', 'capacity', 'evidence', 'usability', 'supports'] as const;
/** One fit indicator. */
export type FitIndicator = (typeof FIT_INDICATORS)[number];

const Score = z.number().int().min(1).max(5);
/** A fit assessment; an indicator not yet scored is left out, and the gate names it. */
export const FitAssessmentSchema = z.object({
  kind: z.literal('fitAssessment'),
  scores: z.object({
    need: Score.optional(),
    fit: Score.optional(),
    capacity: Score.optional(),
    evidence: Score.optional(),
    usability: Score.optional(),
    supports: Score.optional(),
  }),
  assessedAt: WhenText.optional(),
});
export type FitAssessment = z.infer<typeof FitAssessmentSchema>;

/** The implementation team. */
export const TeamSchema = z.object({
  kind: z.literal('team'),
  members: z.array(z.object({ name: NameText, role: NameText.optional() })).max(200),
});
export type Team = z.infer<typeof TeamSchema>;

/** The decision to adopt. (The decision not to adopt is the `rollout.decline` event.) */
export const AdoptionDecisionSchema = z.object({
  kind: z.literal('adoptionDecision'),
  decidedBy: NameText,
  decidedAt: WhenText,
  note: LongText.optional(),
});
export type AdoptionDecision = z.infer<typeof AdoptionDecisionSchema>;

/**
 * An influence plan the district approved, as the plan editor reports it: its title, when it
 * was approved and how many error-level coach findings it had then. The rollout never reads
 * the plan itself.
 */
export const ApprovedPlanSchema = z.object({
  kind: z.literal('approvedPlan'),
  planTitle: NameText,
  approvedAt: WhenText,
  errorFindings: CountNumber,
});
export type ApprovedPlan = z.infer<typeof ApprovedPlanSchema>;

/** How teachers are trained and coached. */
export const TrainingPlanSchema = z.object({
  kind: z.literal('trainingPlan'),
  description: LongText,
  coaches: CountNumber.optional(),
});
export type TrainingPlan = z.infer<typeof TrainingPlanSchema>;

/** Shared planning time on the master schedule. */
export const SharedPlanningSchema = z.object({
  kind: z.literal('sharedPlanning'),
  description: LongText,
  minutesPerWeek: CountNumber.optional(),
});
export type SharedPlanning = z.infer<typeof SharedPlanningSchema>;

/**
 * A reading of the primary measure: either its `value` (movement is counted from the
 * baseline) or the `gain` a group made over a period, in the measure's unit (e.g. a pilot
 * cohort's gain from the start to the end of a school year).
 */
export const MeasureReadingSchema = z
  .object({
    kind: z.literal('measureReading'),
    date: WhenText,
    group: NameText.optional(),
    value: MeasureNumber.optional(),
    gain: MeasureNumber.optional(),
  })
  .refine((reading) => (reading.value === undefined) !== (reading.gain === undefined), {
    message: 'give either "value" or "gain", not both',
  });
export type MeasureReading = z.infer<typeof MeasureReadingSchema>;

/** The practice written into a district framework (e.g. the literacy framework). */
export const FrameworkEmbeddingSchema = z.object({
  kind: z.literal('frameworkEmbedding'),
  framework: NameText,
  note: LongText.optional(),
});
export type FrameworkEmbedding = z.infer<typeof FrameworkEmbeddingSchema>;

/** How the work is paid for; `outlivesGrant` says it continues after the grant ends. */
export const FundingPlanSchema = z.object({
  kind: z.literal('fundingPlan'),
  description: LongText,
  outlivesGrant: z.boolean(),
});
export type FundingPlan = z.infer<typeof FundingPlanSchema>;

/** Anything `evidence.record` accepts. */
export const EvidenceSchema = z.discriminatedUnion('kind', [
  ProblemOfPracticeSchema,
  FitAssessmentSchema,
  TeamSchema,
  AdoptionDecisionSchema,
  ApprovedPlanSchema,
  TrainingPlanSchema,
  SharedPlanningSchema,
  MeasureReadingSchema,
  FrameworkEmbeddingSchema,
  FundingPlanSchema,
]);
/** One piece of evidence. */
export type Evidence = z.infer<typeof EvidenceSchema>;
/** The kinds of evidence. */
export type EvidenceKind = Evidence['kind'];

/** An improvement cycle: a data dig with observations, at some campuses. */
export const ImprovementCycleSchema = z.object({
  date: WhenText,
  /** Classroom observations or data points reviewed; a cycle with none does not count. */
  observations: CountNumber,
  campusIds: z.array(IdSchema).max(10_000).optional(),
  note: LongText.optional(),
});
export type ImprovementCycle = z.infer<typeof ImprovementCycleSchema>;

/** A showcase: visitors from other campuses watch the practice in classrooms. */
export const ShowcaseSchema = z.object({
  date: WhenText,
  host: NameText.optional(),
  visitors: CountNumber.optional(),
});
export type Showcase = z.infer<typeof ShowcaseSchema>;

/** Everything recorded so far. Single items are replaced when recorded again; lists grow. */
export interface DistrictEvidence {
  problemOfPractice: ProblemOfPractice | null;
  fitAssessment: FitAssessment | null;
  team: Team | null;
  adoptionDecision: AdoptionDecision | null;
  approvedPlan: ApprovedPlan | null;
  trainingPlan: TrainingPlan | null;
  sharedPlanning: SharedPlanning | null;
  fundingPlan: FundingPlan | null;
  frameworks: FrameworkEmbedding[];
  measureReadings: MeasureReading[];
  cycles: ImprovementCycle[];
  showcases: Showcase[];
}

/** A district with nothing recorded yet. */
export function emptyEvidence(): DistrictEvidence {
  return {
    problemOfPractice: null,
    fitAssessment: null,
    team: null,
    adoptionDecision: null,
    approvedPlan: null,
    trainingPlan: null,
    sharedPlanning: null,
    fundingPlan: null,
    frameworks: [],
    measureReadings: [],
    cycles: [],
    showcases: [],
  };
}

/** `evidence` with one more item recorded (a new object; the old one is untouched; lists are shared, not copied). */
export function recordEvidence(evidence: DistrictEvidence, item: Evidence): DistrictEvidence {
  switch (item.kind) {
    case 'measureReading':
      return { ...evidence, measureReadings: appended(evidence.measureReadings, item) };
    case 'frameworkEmbedding':
      return { ...evidence, frameworks: appended(evidence.frameworks, item) };
    default:
      return { ...evidence, [item.kind]: item };
  }
}
