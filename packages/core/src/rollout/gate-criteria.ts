/**
 * The criteria of each gate, as pure functions of what a district has recorded. The guards of
 * the district machine, `explainGate`, the app and the CLI all read these: one source of truth.
 */
import type { DistrictContext } from './context.ts';
import { FIT_INDICATORS, type MeasureReading, type ProblemOfPractice } from './evidence.ts';
import { pilotCampuses, shareAtFidelity, type CampusFacts } from './facts.ts';
import type { RolloutStage } from './stages.ts';

/** `required` criteria block the gate; a `warning` is shown but does not. */
export type GateSeverity = 'required' | 'warning';

/** The id of a gate criterion; apps and pipelines switch on it. */
export type GateCriterionId =
  | 'problem-of-practice'
  | 'fit-assessment'
  | 'team'
  | 'adoption-decision'
  | 'approved-plan'
  | 'pilot-campuses'
  | 'pilot-campus-pair'
  | 'training-plan'
  | 'shared-planning'
  | 'improvement-cycles'
  | 'measure-moved'
  | 'showcases'
  | 'share-at-fidelity'
  | 'framework-embedded'
  | 'funding-plan';

/** What a gate's criteria look at: the district's record and its campuses, read once. */
export interface GateFacts {
  context: DistrictContext;
  campuses: CampusFacts[];
}

/** The verdict on one criterion. */
export interface CriterionCheck {
  met: boolean;
  /** What was found, or what is missing, in a sentence. */
  evidence: string;
}

/** One criterion of a gate. */
export interface GateCriterionDefinition {
  id: GateCriterionId;
  label: string;
  severity: GateSeverity;
  check(facts: GateFacts): CriterionCheck;
}

const required = (id: GateCriterionId, label: string, check: GateCriterionDefinition['check']): GateCriterionDefinition => ({
  id,
  label,
  severity: 'required',
  check,
});

/** The criteria to enter each stage after `explore`, in the order they are shown. */
export const GATE_CRITERIA: Readonly<Record<Exclude<RolloutStage, 'explore'>, readonly GateCriterionDefinition[]>> = {
  prepare: [
    required('problem-of-practice', 'A problem of practice with a measure, its baseline and its target', ({ context }) =>
      checkProblem(context.evidence.problemOfPractice),
    ),
    required('fit-assessment', 'Fit assessed on six indicators, average at or over the threshold', ({ context }) => {
      const assessment = context.evidence.fitAssessment;
      if (assessment === null) return unmet('no fit assessment recorded');
      const missing = FIT_INDICATORS.filter((indicator) => assessment.scores[indicator] === undefined);
      if (missing.length > 0) return unmet(`not scored yet: ${missing.join(', ')}`);
      const total = FIT_INDICATORS.reduce((sum, indicator) => sum + (assessment.scores[indicator] ?? 0), 0);
      const average = total / FIT_INDICATORS.length;
      const needs = context.thresholds.minFitAverage;
      return { met: average >= needs, evidence: `average ${round(average, 2)} of 5 (needs ${needs})` };
    }),
    required('team', 'An implementation team of at least the minimum size', ({ context }) => {
      const members = context.evidence.team?.members ?? [];
      const needs = context.thresholds.minTeamSize;
      if (members.length === 0) return unmet(`no team recorded (needs ${needs})`);
      const names = members.map((member) => member.name).join(', ');
      return { met: members.length >= needs, evidence: `${plural(members.length, 'member')} (needs ${needs}): ${names}` };
    }),
    required('adoption-decision', 'A decision to adopt', ({ context }) => {
      const decision = context.evidence.adoptionDecision;
      return decision === null
        ? unmet('no decision to adopt recorded')
        : met(`decided by ${decision.decidedBy} on ${decision.decidedAt}`);
    }),
  ],
  pilot: [
    required('approved-plan', 'An approved influence plan with no error-level coach findings', ({ context }) => {
      const plan = context.evidence.approvedPlan;
      if (plan === null) return unmet('no approved influence plan recorded');
      if (plan.errorFindings > 0) {
        return unmet(`"${plan.planTitle}" has ${plural(plan.errorFindings, 'error-level coach finding')}`);
      }
      return met(`"${plan.planTitle}" approved on ${plan.approvedAt} with no error-level findings`);
    }),
    required('pilot-campuses', 'At least the minimum number of pilot campuses (wave 1)', ({ context, campuses }) => {
      const pilots = pilotCampuses(campuses);
      const needs = context.thresholds.minPilotCampuses;
      if (pilots.length === 0) return { met: needs === 0, evidence: `no pilot campus yet (needs ${needs})` };
      return { met: pilots.length >= needs, evidence: `${plural(pilots.length, 'pilot campus', 'pilot campuses')}: ${names(pilots)}` };
    }),
    {
      id: 'pilot-campus-pair',
      label: 'Two or more pilot campuses, for different proof points',
      severity: 'warning',
      check: ({ context, campuses }) => {
        const count = pilotCampuses(campuses).length;
        const recommended = context.thresholds.recommendedPilotCampuses;
        return count >= recommended
          ? met(`${plural(count, 'pilot campus', 'pilot campuses')} (recommended ${recommended})`)
          : unmet(`${plural(count, 'pilot campus', 'pilot campuses')}; ${recommended} demographically different ones give more proof points`);
      },
    },
    required('training-plan', 'A training and coaching plan', ({ context }) => {
      const plan = context.evidence.trainingPlan;
      return plan === null ? unmet('no training and coaching plan recorded') : met(plan.description);
    }),
    required('shared-planning', 'Shared planning time on the master schedule', ({ context }) => {
      const planning = context.evidence.sharedPlanning;
      if (planning === null) return unmet('no shared planning time scheduled');
      const minutes = planning.minutesPerWeek === undefined ? '' : ` (${planning.minutesPerWeek} minutes a week)`;
      return met(`${planning.description}${minutes}`);
    }),
  ],
  scale: [
    required('improvement-cycles', 'Improvement cycles (data digs with observations) completed', ({ context }) => {
      const cycles = context.evidence.cycles;
      const counted = cycles.filter((cycle) => cycle.observations > 0).length;
      const needs = context.thresholds.minImprovementCycles;
      const empty = cycles.length - counted;
      const note = empty > 0 ? `; ${empty} without observations not counted` : '';
      return { met: counted >= needs, evidence: `${plural(counted, 'cycle')} with observations (needs ${needs})${note}` };
    }),
    required('measure-moved', 'The primary measure moved toward its target by at least the set amount', ({ context }) =>
      checkMovement(context.evidence.problemOfPractice, context.evidence.measureReadings, context.thresholds.minMeasureGain),
    ),
    required('showcases', 'Showcase visits held', ({ context }) => {
      const count = context.evidence.showcases.length;
      const needs = context.thresholds.minShowcases;
      return { met: count >= needs, evidence: `${plural(count, 'showcase')} held (needs ${needs})` };
    }),
  ],
  sustain: [
    required('share-at-fidelity', 'Share of intended practitioners at fidelity at or over the threshold', ({ context, campuses }) => {
      const fidelity = shareAtFidelity(campuses);
      const needs = percent(context.thresholds.minShareAtFidelity);
      if (fidelity.share === null) return unmet(`no teachers at any campus yet (needs ${needs})`);
      return {
        met: fidelity.share >= context.thresholds.minShareAtFidelity,
        evidence: `${percent(fidelity.share)} at fidelity: ${fidelity.atFidelity} of ${plural(fidelity.teachers, 'teacher')} (needs ${needs})`,
      };
    }),
    required('framework-embedded', 'The practice embedded in district frameworks', ({ context }) => {
      const frameworks = context.evidence.frameworks;
      return frameworks.length === 0
        ? unmet('not embedded in any district framework yet')
        : met(`embedded in ${frameworks.map((item) => item.framework).join(', ')}`);
    }),
    required('funding-plan', 'A funding plan that outlives the grant', ({ context }) => {
      const plan = context.evidence.fundingPlan;
      if (plan === null) return unmet('no funding plan recorded');
      return plan.outlivesGrant ? met(`${plan.description} (continues after the grant)`) : unmet(`${plan.description} (ends with the grant)`);
    }),
  ],
};

function checkProblem(problem: ProblemOfPractice | null): CriterionCheck {
  if (problem === null) return unmet('no problem of practice recorded');
  const { measure } = problem;
  if (measure.baseline === undefined) return unmet(`the measure "${measure.name}" has no baseline`);
  if (measure.target === undefined) return unmet(`the measure "${measure.name}" has no target`);
  if (measure.target.value === measure.baseline.value) return unmet(`the target of "${measure.name}" equals its baseline`);
  return met(
    `${measure.name}: ${measure.baseline.value}${unit(problem)} (${measure.baseline.date}) → ` +
      `${measure.target.value}${unit(problem)} (${measure.target.date})`,
  );
}

/**
 * Movement of the primary measure toward its target: a reading's `gain`, or its value minus
 * the baseline, signed so that moving toward the target is positive. The best reading counts.
 */
function checkMovement(problem: ProblemOfPractice | null, readings: readonly MeasureReading[], needs: number): CriterionCheck {
  if (readings.length === 0) return unmet(`no reading of the measure yet (needs a movement of ${needs})`);
  const baseline = problem?.measure.baseline?.value;
  const target = problem?.measure.target?.value;
  const direction = baseline !== undefined && target !== undefined && target < baseline ? -1 : 1;
  let best: { movement: number; reading: MeasureReading } | null = null;
  for (const reading of readings) {
    const raw = reading.gain ?? (reading.value !== undefined && baseline !== undefined ? reading.value - baseline : undefined);
    if (raw === undefined) continue;
    const movement = raw * direction;
    if (best === null || movement > best.movement) best = { movement, reading };
  }
  if (best === null) return unmet('readings give values, but the measure has no baseline to count movement from');
  const who = best.reading.group === undefined ? '' : ` for ${best.reading.group}`;
  const how = best.reading.gain === undefined ? `reading ${best.reading.value} on ${best.reading.date}` : `gain on ${best.reading.date}`;
  const sign = best.movement >= 0 ? '+' : '';
  return {
    met: best.movement >= needs,
    evidence: `best movement toward the target ${sign}${round(best.movement, 2)}${unit(problem)}${who} (${how}; needs ${needs})`,
  };
}

function met(evidence: string): CriterionCheck {
  return { met: true, evidence };
}

function unmet(evidence: string): CriterionCheck {
  return { met: false, evidence };
}

function unit(problem: ProblemOfPractice | null): string {
  const text = problem?.measure.unit;
  if (text === undefined) return '';
  return text === '%' ? '%' : ` ${text}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function names(campuses: readonly CampusFacts[]): string {
  return campuses.map((campus) => campus.name).join(', ');
}

function percent(share: number): string {
  return `${round(share * 100, 1)}%`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
