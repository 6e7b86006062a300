/** The "what" sentences of the audit trail, one function per kind of change. */
import type { CampusInput } from './campus-machine.ts';
import type { Evidence, ImprovementCycle, Showcase } from './evidence.ts';
import type { GateThresholds, PartialThresholds } from './thresholds.ts';

const EVIDENCE_NAMES: Readonly<Record<Evidence['kind'], string>> = {
  problemOfPractice: 'problem of practice',
  fitAssessment: 'fit assessment',
  team: 'implementation team',
  adoptionDecision: 'decision to adopt',
  approvedPlan: 'approved influence plan',
  trainingPlan: 'training and coaching plan',
  sharedPlanning: 'shared planning time',
  measureReading: 'measure reading',
  frameworkEmbedding: 'framework embedding',
  fundingPlan: 'funding plan',
};

/** How many names a sentence lists before it says "and N more". */
const MAX_NAMES = 8;

/** `recorded the implementation team`. */
export function describeEvidence(evidence: Evidence): string {
  return `recorded the ${EVIDENCE_NAMES[evidence.kind]}`;
}

/** `recorded an improvement cycle with 14 observations at Butler, Hilley`. */
export function describeCycle(cycle: ImprovementCycle, campusNames: readonly string[]): string {
  const where = campusNames.length === 0 ? '' : ` at ${listNames(campusNames)}`;
  return `recorded an improvement cycle with ${cycle.observations} observations${where}`;
}

/** `recorded a showcase at Hilley with 30 visitors`. */
export function describeShowcase(showcase: Showcase): string {
  const host = showcase.host === undefined ? '' : ` at ${showcase.host}`;
  const visitors = showcase.visitors === undefined ? '' : ` with ${showcase.visitors} visitors`;
  return `recorded a showcase${host}${visitors}`;
}

/** `added 2 campuses: Butler (wave 1), Hilley (wave 1)`. */
export function describeCampusesAdded(campuses: readonly CampusInput[]): string {
  const names = campuses.map((campus) => `${campus.name} (wave ${campus.wave})`);
  return `added ${campuses.length === 1 ? '1 campus' : `${campuses.length} campuses`}: ${listNames(names)}`;
}

/** `changed thresholds: minImprovementCycles 6 → 4`. */
export function describeThresholds(before: GateThresholds, changes: PartialThresholds): string {
  const parts: string[] = [];
  for (const key of Object.keys(changes) as (keyof GateThresholds)[]) {
    const value = changes[key];
    if (value !== undefined && value !== before[key]) parts.push(`${key} ${before[key]} → ${value}`);
  }
  return parts.length === 0 ? 'set thresholds (no change)' : `changed thresholds: ${parts.join(', ')}`;
}

/** `A, B, C and 5 more`. */
export function listNames(names: readonly string[]): string {
  if (names.length <= MAX_NAMES) return names.join(', ');
  return `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more`;
}
