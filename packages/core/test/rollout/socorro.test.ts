/**
 * The Socorro ISD story replayed through the district machine, from the seed's facts: a 2019
 * problem of practice (49% of third graders passing the reading assessment), two demographically
 * different pilot campuses, shared planning with data digs every three weeks, gains of 24% and
 * 48%, scaling to two more elementary sites and the feeder middle schools, and 79% in 2024
 * after the grant closed. Fit scores and teacher counts are not in the seed: they are
 * illustrative, and marked so.
 */
import { expect, test } from 'vitest';
import {
  createDistrictRollout,
  districtRisks,
  explainGate,
  nextGate,
  persistDistrict,
  restoreDistrict,
  sendDistrictEvent,
  type DistrictActor,
  type DistrictEvent,
  type GateCriterionId,
  type GateExplanation,
  type RolloutStage,
} from '../../src/rollout/index.ts';

const OFFICER = 'School Improvement Officer';

function send(actor: DistrictActor, event: DistrictEvent): void {
  const result = sendDistrictEvent(actor, event);
  if (!result.accepted) throw new Error(`${event.type} refused: ${result.reasons.join('; ')}`);
}

/** The gate into `stage`: which criteria are met, by id. */
function verdicts(actor: DistrictActor, stage: RolloutStage): Record<string, boolean> {
  return Object.fromEntries(explainGate(actor.getSnapshot(), stage).criteria.map((item) => [item.id, item.met]));
}

function evidenceOf(gate: GateExplanation | null, id: GateCriterionId): string | undefined {
  return gate?.criteria.find((item) => item.id === id)?.evidence;
}

/** Dates of data digs every three weeks from `first`. */
function everyThreeWeeks(first: string, count: number): string[] {
  const start = new Date(`${first}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, i) => new Date(start + i * 21 * 86_400_000).toISOString().slice(0, 10));
}

test('Socorro ISD, from a 2019 problem of practice to sustaining at 79% after the grant', () => {
  const created = createDistrictRollout({ name: 'Socorro ISD', at: '2019-02-01', who: OFFICER });
  if (!created.ok) throw new Error(created.errors.join('; '));
  const socorro = created.actor;

  // Explore (2019): the problem of practice, with its baseline and the target.
  send(socorro, {
    type: 'evidence.record',
    at: '2019-03-01',
    who: OFFICER,
    evidence: {
      kind: 'problemOfPractice',
      statement: 'Only 49% of third graders passed the state reading assessment at grade level; early literacy practice must change.',
      measure: { name: 'Third graders passing the state reading assessment', unit: '%', baseline: { value: 49, date: '2019-06-01' }, target: { value: 79, date: '2024-06-01' } },
    },
  });
  // "Socorroized": aligned with frameworks already in use, counted so overload would show.
  for (const name of ['Effective Schools Framework', 'HB3 Reading Academies', 'T-TESS']) send(socorro, { type: 'initiative.added', at: '2019-03-15', name });
  expect(districtRisks(socorro.getSnapshot())).toEqual([]);
  expect(verdicts(socorro, 'prepare')).toEqual({ 'problem-of-practice': true, 'fit-assessment': false, team: false, 'adoption-decision': false });
  expect(evidenceOf(nextGate(socorro.getSnapshot()), 'problem-of-practice')).toBe(
    'Third graders passing the state reading assessment: 49% (2019-06-01) → 79% (2024-06-01)',
  );
  expect(sendDistrictEvent(socorro, { type: 'rollout.advance', at: '2019-04-01' }).accepted).toBe(false);

  // Illustrative fit scores: strong need and fit, thinner capacity.
  send(socorro, { type: 'evidence.record', at: '2019-04-01', evidence: { kind: 'fitAssessment', scores: { need: 5, fit: 5, capacity: 3, evidence: 4, usability: 4, supports: 4 } } });
  send(socorro, {
    type: 'evidence.record',
    at: '2019-04-15',
    evidence: {
      kind: 'team',
      members: [
        { name: OFFICER, role: 'academics' },
        { name: 'Coordinator of Technology', role: 'instructional technology' },
        { name: 'RBL Project Manager', role: 'instructional technology specialist' },
        { name: 'PK-2 Instructional Officer', role: 'reading and language arts' },
      ],
    },
  });
  send(socorro, { type: 'evidence.record', at: '2019-05-01', evidence: { kind: 'adoptionDecision', decidedBy: 'District leadership, in the RBL application', decidedAt: '2019-05-01' } });
  const explore = nextGate(socorro.getSnapshot());
  expect(explore).toMatchObject({ from: 'explore', stage: 'prepare', met: true });
  expect(evidenceOf(explore, 'fit-assessment')).toBe('average 4.17 of 5 (needs 3)');
  expect(evidenceOf(explore, 'team')).toMatch(/^4 members \(needs 3\)/);
  send(socorro, { type: 'rollout.advance', at: '2019-05-15', who: OFFICER });
  expect(socorro.getSnapshot().value).toBe('prepare');

  // Prepare: two demographically different pilot campuses (illustrative teacher counts for the pilot grades).
  send(socorro, {
    type: 'campus.add',
    at: '2019-06-01',
    campuses: [
      { id: 'butler', name: 'James P. Butler Elementary', wave: 1, teachers: 12 },
      { id: 'hilley', name: 'H.D. Hilley Elementary', wave: 1, teachers: 12 },
    ],
  });
  // A plan with an error-level coach finding does not open the gate; the approved revision does.
  send(socorro, { type: 'evidence.record', at: '2019-06-15', evidence: { kind: 'approvedPlan', planTitle: 'Blended learning in early literacy', approvedAt: '2019-06-15', errorFindings: 1 } });
  send(socorro, { type: 'evidence.record', at: '2019-07-01', evidence: { kind: 'trainingPlan', description: 'Instructional coaches trained; teachers start with one activity per station and tier them over a year' } });
  send(socorro, { type: 'evidence.record', at: '2019-07-15', evidence: { kind: 'sharedPlanning', description: 'Master schedules with extended grade-level and vertical planning, and data digs with coaches every three weeks' } });
  const prepareRefused = sendDistrictEvent(socorro, { type: 'rollout.advance', at: '2019-08-01' });
  expect(prepareRefused).toMatchObject({ accepted: false, reasons: ['approved-plan: "Blended learning in early literacy" has 1 error-level coach finding'] });
  send(socorro, { type: 'evidence.record', at: '2019-08-01', evidence: { kind: 'approvedPlan', planTitle: 'Blended learning in early literacy', approvedAt: '2019-08-01', errorFindings: 0 } });
  const prepare = nextGate(socorro.getSnapshot());
  expect(prepare?.met).toBe(true);
  expect(evidenceOf(prepare, 'pilot-campuses')).toBe('2 pilot campuses: James P. Butler Elementary, H.D. Hilley Elementary');
  expect(prepare?.criteria.find((item) => item.id === 'pilot-campus-pair')).toMatchObject({ met: true, severity: 'warning' });

  // A new superintendent pauses the work; it resumes where it was.
  send(socorro, { type: 'leadership.changed', at: '2019-08-10', leader: 'new superintendent', role: 'superintendent' });
  expect(socorro.getSnapshot()).toMatchObject({ value: 'paused', context: { pausedFrom: 'prepare' } });
  send(socorro, { type: 'rollout.resume', at: '2019-09-01' });
  send(socorro, { type: 'rollout.advance', at: '2021-08-01', who: OFFICER });
  expect(socorro.getSnapshot().value).toBe('pilot');

  // Pilot: campuses implement; data digs every three weeks ("glows and grows").
  for (const campusId of ['butler', 'hilley']) {
    send(socorro, { type: 'campus.advance', at: '2021-08-01', campusId });
    send(socorro, { type: 'campus.advance', at: '2021-08-15', campusId });
  }
  const digs = everyThreeWeeks('2021-09-13', 6);
  expect(digs.slice(0, 2)).toEqual(['2021-09-13', '2021-10-04']);
  for (const date of digs.slice(0, 5)) {
    send(socorro, { type: 'cycle.record', at: date, cycle: { date, observations: 24, campusIds: ['butler', 'hilley'], note: 'glows and grows by grade level' } });
  }
  expect(evidenceOf(nextGate(socorro.getSnapshot()), 'improvement-cycles')).toBe('5 cycles with observations (needs 6)');
  send(socorro, { type: 'cycle.record', at: digs[5], cycle: { date: digs[5]!, observations: 24, campusIds: ['butler', 'hilley'] } });
  send(socorro, { type: 'evidence.record', at: '2022-06-01', evidence: { kind: 'measureReading', date: '2022-06-01', group: 'first pilot cohort', gain: 24 } });
  expect(verdicts(socorro, 'scale')).toEqual({ 'improvement-cycles': true, 'measure-moved': true, showcases: false });
  send(socorro, { type: 'showcase.record', at: '2022-10-01', showcase: { date: '2022-10-01', host: 'H.D. Hilley Elementary' } });
  send(socorro, { type: 'evidence.record', at: '2023-06-01', evidence: { kind: 'measureReading', date: '2023-06-01', group: 'second pilot cohort', gain: 48 } });
  const pilot = nextGate(socorro.getSnapshot());
  expect(pilot?.met).toBe(true);
  expect(evidenceOf(pilot, 'measure-moved')).toBe('best movement toward the target +48% for second pilot cohort (gain on 2023-06-01; needs 5)');
  const campuses = socorro.getSnapshot().context.campuses;
  expect(campuses['butler']?.getSnapshot().context.cycles).toBe(6);
  send(socorro, { type: 'rollout.advance', at: '2023-06-15', who: OFFICER });
  expect(socorro.getSnapshot().value).toBe('scale');

  // Scale: upper grades at the pilot campuses, two more elementary sites and the feeder middle schools, in one event.
  send(socorro, { type: 'campus.fidelity', at: '2023-08-01', campusId: 'butler', teachers: 24, atFidelity: 18 });
  send(socorro, { type: 'campus.fidelity', at: '2023-08-01', campusId: 'hilley', teachers: 24, atFidelity: 17 });
  send(socorro, {
    type: 'campus.add',
    at: '2023-08-01',
    campuses: [
      { id: 'elementary-3', name: 'Third elementary site', wave: 2, teachers: 20 },
      { id: 'elementary-4', name: 'Fourth elementary site', wave: 2, teachers: 20 },
      { id: 'middle-1', name: 'First feeder middle school', wave: 2, teachers: 30 },
      { id: 'middle-2', name: 'Second feeder middle school', wave: 2, teachers: 30 },
    ],
  });
  send(socorro, { type: 'evidence.record', at: '2023-08-01', evidence: { kind: 'trainingPlan', description: 'Baseline training for every teacher, coach and campus leader in the summer learning series' } });
  let scale = nextGate(socorro.getSnapshot());
  expect(evidenceOf(scale, 'share-at-fidelity')).toBe('23.6% at fidelity: 35 of 148 teachers (needs 50%)');
  for (const [campusId, atFidelity] of [['elementary-3', 12], ['elementary-4', 11], ['middle-1', 14], ['middle-2', 13]] as const) {
    send(socorro, { type: 'campus.fidelity', at: '2024-05-01', campusId, atFidelity });
  }
  send(socorro, { type: 'evidence.record', at: '2024-05-15', evidence: { kind: 'frameworkEmbedding', framework: 'Socorro Teaching and Learning Framework (literacy)' } });

  // The grant closes at the end of 2023-24: a risk until a funding plan outlives it.
  send(socorro, { type: 'grant.ended', at: '2024-06-30', grant: 'Raising Blended Learners' });
  expect(districtRisks(socorro.getSnapshot()).map((risk) => risk.id)).toEqual(['grant-ended-without-funding']);
  expect(verdicts(socorro, 'sustain')).toEqual({ 'share-at-fidelity': true, 'framework-embedded': true, 'funding-plan': false });
  send(socorro, {
    type: 'evidence.record',
    at: '2024-07-01',
    evidence: { kind: 'fundingPlan', description: 'District literacy budget and a teacher residency pipeline with the local university', outlivesGrant: true },
  });
  expect(districtRisks(socorro.getSnapshot())).toEqual([]);
  scale = nextGate(socorro.getSnapshot());
  expect(scale?.met).toBe(true);
  expect(evidenceOf(scale, 'share-at-fidelity')).toBe('57.4% at fidelity: 85 of 148 teachers (needs 50%)');
  send(socorro, { type: 'rollout.advance', at: '2024-07-15', who: OFFICER });

  // Sustain: 79% of third graders passed in 2024.
  send(socorro, { type: 'evidence.record', at: '2024-08-01', evidence: { kind: 'measureReading', date: '2024-06-01', value: 79 } });
  const final = socorro.getSnapshot();
  expect(final.value).toBe('sustain');
  expect(nextGate(final)).toBeNull();
  expect(final.context.evidence.measureReadings.at(-1)?.value! - final.context.evidence.problemOfPractice!.measure.baseline!.value).toBe(30);

  // The audit trail tells the story, and the whole rollout survives being saved.
  const stageMoves = final.context.log.filter((entry) => ['rollout.advance', 'leadership.changed', 'rollout.resume'].includes(entry.event));
  expect(stageMoves.map((entry) => `${entry.when} ${entry.what}`)).toEqual([
    '2019-05-15 advanced from explore to prepare',
    '2019-08-10 leadership changed (new superintendent, superintendent); paused in prepare',
    '2019-09-01 resumed prepare',
    '2021-08-01 advanced from prepare to pilot',
    '2023-06-15 advanced from pilot to scale',
    '2024-07-15 advanced from scale to sustain',
  ]);
  const saved = persistDistrict(socorro);
  const restored = restoreDistrict(JSON.stringify(saved));
  expect(restored.ok && persistDistrict(restored.actor)).toEqual(saved);
});
