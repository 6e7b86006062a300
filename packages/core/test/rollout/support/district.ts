/**
 * Building blocks for rollout tests: a district with campuses, one event per piece of
 * evidence each gate asks for, and a way to start a district that has recorded everything.
 */
import { createActor } from 'xstate';
import { districtMachine, type DistrictEvent, type DistrictInput, type PartialThresholds } from '../../../src/rollout/index.ts';

/** Every test event carries a date, so audit entries are the same on every run. */
export const AT = '2024-01-15';

/** Two pilot campuses (wave 1), 30 of 40 teachers at fidelity: enough for every gate. */
export const PILOT_CAMPUSES: NonNullable<DistrictInput['campuses']> = [
  { id: 'north', name: 'North Elementary', wave: 1, teachers: 20, atFidelity: 15 },
  { id: 'south', name: 'South Elementary', wave: 1, teachers: 20, atFidelity: 15 },
];

/** Thresholds low enough that one event satisfies each criterion (for model-based tests). */
export const ONE_OF_EACH: PartialThresholds = { minImprovementCycles: 1, minShowcases: 1 };

/** A district input with the pilot campuses. */
export function districtInput(overrides: Partial<DistrictInput> = {}): DistrictInput {
  return { name: 'Riverside Unified', id: 'riverside', campuses: PILOT_CAMPUSES, at: AT, who: 'test', ...overrides };
}

/** One event per criterion, in gate order: after the first four, explore → prepare is met, and so on. */
export const EVIDENCE_SCRIPT: readonly DistrictEvent[] = [
  {
    type: 'evidence.record',
    at: AT,
    evidence: {
      kind: 'problemOfPractice',
      statement: 'Too few third graders read at grade level.',
      measure: { name: 'Third graders passing reading', unit: '%', baseline: { value: 49, date: '2019-06-01' }, target: { value: 79, date: '2024-06-01' } },
    },
  },
  {
    type: 'evidence.record',
    at: AT,
    evidence: { kind: 'fitAssessment', scores: { need: 5, fit: 4, capacity: 3, evidence: 4, usability: 3, supports: 4 } },
  },
  { type: 'evidence.record', at: AT, evidence: { kind: 'team', members: [{ name: 'Ana' }, { name: 'Ben' }, { name: 'Cy' }] } },
  { type: 'evidence.record', at: AT, evidence: { kind: 'adoptionDecision', decidedBy: 'Board', decidedAt: '2019-08-01' } },
  { type: 'evidence.record', at: AT, evidence: { kind: 'approvedPlan', planTitle: 'Station rotation', approvedAt: '2019-09-01', errorFindings: 0 } },
  { type: 'evidence.record', at: AT, evidence: { kind: 'trainingPlan', description: 'Coaches trained in the summer' } },
  { type: 'evidence.record', at: AT, evidence: { kind: 'sharedPlanning', description: 'Grade-level planning every week' } },
  { type: 'cycle.record', at: AT, cycle: { date: '2020-01-10', observations: 12 } },
  { type: 'evidence.record', at: AT, evidence: { kind: 'measureReading', date: '2020-06-01', gain: 24 } },
  { type: 'showcase.record', at: AT, showcase: { date: '2020-04-01', visitors: 30 } },
  { type: 'evidence.record', at: AT, evidence: { kind: 'frameworkEmbedding', framework: 'Literacy framework' } },
  { type: 'evidence.record', at: AT, evidence: { kind: 'fundingPlan', description: 'Title I and local funds', outlivesGrant: true } },
];

/** How many script events each gate needs, by the stage it leads into. */
export const SCRIPT_NEEDED = { prepare: 4, pilot: 7, scale: 10, sustain: 12 } as const;

/** A started district actor that has recorded the first `count` script events. */
export function districtWithEvidence(count = EVIDENCE_SCRIPT.length, input: DistrictInput = districtInput({ thresholds: ONE_OF_EACH })) {
  const actor = createActor(districtMachine, { input }).start();
  for (const event of EVIDENCE_SCRIPT.slice(0, count)) actor.send(event);
  return actor;
}

/** The persisted snapshot as JSON text: what a file would hold. */
export function persistedJson(actor: { getPersistedSnapshot(): unknown }): string {
  return JSON.stringify(actor.getPersistedSnapshot());
}
