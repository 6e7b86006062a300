import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  DEFAULT_THRESHOLDS,
  GATE_CRITERIA,
  districtMachine,
  explainGate,
  nextGate,
  sendDistrictEvent,
  type DistrictEvent,
  type DistrictInput,
  type Evidence,
  type GateCriterionId,
  type RolloutStage,
} from '../../src/rollout/index.ts';
import { AT, EVIDENCE_SCRIPT, PILOT_CAMPUSES, SCRIPT_NEEDED, districtInput, districtWithEvidence, persistedJson } from './support/district.ts';

const record = (evidence: Evidence): DistrictEvent => ({ type: 'evidence.record', at: AT, evidence });
const problem = (measure: Extract<Evidence, { kind: 'problemOfPractice' }>['measure']) =>
  record({ kind: 'problemOfPractice', statement: 'Reading is behind.', measure });
const scores = (value: 1 | 2 | 3 | 4 | 5) => ({ need: value, fit: value, capacity: value, evidence: value, usability: value, supports: value });

/** The verdict on one criterion after the given events. */
function judge(stage: Exclude<RolloutStage, 'explore'>, id: GateCriterionId, events: readonly DistrictEvent[], input: DistrictInput = districtInput()) {
  const actor = createActor(districtMachine, { input }).start();
  for (const event of events) actor.send(event);
  const found = explainGate(actor.getSnapshot(), stage).criteria.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no criterion ${id} in the gate into ${stage}`);
  return found;
}

type Case = { stage: Exclude<RolloutStage, 'explore'>; id: GateCriterionId; name: string; events: DistrictEvent[]; input?: DistrictInput; evidence: RegExp };

const MET: Case[] = [
  { stage: 'prepare', id: 'problem-of-practice', name: 'baseline and target', events: [EVIDENCE_SCRIPT[0]!], evidence: /49% \(2019-06-01\) → 79% \(2024-06-01\)/ },
  { stage: 'prepare', id: 'fit-assessment', name: 'average at the threshold', events: [record({ kind: 'fitAssessment', scores: scores(3) })], evidence: /average 3 of 5 \(needs 3\)/ },
  { stage: 'prepare', id: 'team', name: 'three members', events: [EVIDENCE_SCRIPT[2]!], evidence: /3 members \(needs 3\): Ana, Ben, Cy/ },
  { stage: 'prepare', id: 'adoption-decision', name: 'recorded', events: [EVIDENCE_SCRIPT[3]!], evidence: /decided by Board on 2019-08-01/ },
  { stage: 'pilot', id: 'approved-plan', name: 'no error findings', events: [EVIDENCE_SCRIPT[4]!], evidence: /"Station rotation" approved on 2019-09-01/ },
  { stage: 'pilot', id: 'pilot-campuses', name: 'two wave-1 campuses', events: [], evidence: /2 pilot campuses: North Elementary, South Elementary/ },
  { stage: 'pilot', id: 'pilot-campus-pair', name: 'two pilots', events: [], evidence: /2 pilot campuses \(recommended 2\)/ },
  { stage: 'pilot', id: 'training-plan', name: 'recorded', events: [EVIDENCE_SCRIPT[5]!], evidence: /Coaches trained/ },
  { stage: 'pilot', id: 'shared-planning', name: 'scheduled', events: [record({ kind: 'sharedPlanning', description: 'Vertical planning', minutesPerWeek: 90 })], evidence: /Vertical planning \(90 minutes a week\)/ },
  {
    stage: 'scale',
    id: 'improvement-cycles',
    name: 'six cycles with observations',
    events: Array.from({ length: 6 }, (_, i): DistrictEvent => ({ type: 'cycle.record', at: AT, cycle: { date: `2020-0${i + 1}-01`, observations: 5 } })),
    evidence: /6 cycles with observations \(needs 6\)/,
  },
  { stage: 'scale', id: 'measure-moved', name: 'a gain over the amount', events: [EVIDENCE_SCRIPT[0]!, EVIDENCE_SCRIPT[8]!], evidence: /\+24%/ },
  {
    stage: 'scale',
    id: 'measure-moved',
    name: 'a value counted from the baseline',
    events: [EVIDENCE_SCRIPT[0]!, record({ kind: 'measureReading', date: '2021-06-01', value: 60 })],
    evidence: /\+11% \(reading 60 on 2021-06-01/,
  },
  {
    stage: 'scale',
    id: 'measure-moved',
    name: 'a measure that should go down, going down',
    events: [
      problem({ name: 'Chronic absence', unit: '%', baseline: { value: 30, date: '2019-06-01' }, target: { value: 10, date: '2023-06-01' } }),
      record({ kind: 'measureReading', date: '2021-06-01', value: 20 }),
    ],
    evidence: /\+10%/,
  },
  { stage: 'scale', id: 'showcases', name: 'one held', events: [EVIDENCE_SCRIPT[9]!], evidence: /1 showcase held \(needs 1\)/ },
  { stage: 'sustain', id: 'share-at-fidelity', name: '75% of teachers', events: [], evidence: /75% at fidelity: 30 of 40 teachers \(needs 50%\)/ },
  { stage: 'sustain', id: 'framework-embedded', name: 'one framework', events: [EVIDENCE_SCRIPT[10]!], evidence: /embedded in Literacy framework/ },
  { stage: 'sustain', id: 'funding-plan', name: 'outlives the grant', events: [EVIDENCE_SCRIPT[11]!], evidence: /continues after the grant/ },
];

const noCampuses = districtInput({ campuses: [] });
const UNMET: Case[] = [
  { stage: 'prepare', id: 'problem-of-practice', name: 'nothing recorded', events: [], evidence: /no problem of practice/ },
  { stage: 'prepare', id: 'problem-of-practice', name: 'no baseline', events: [problem({ name: 'Pass rate', target: { value: 79, date: '2024-06-01' } })], evidence: /has no baseline/ },
  { stage: 'prepare', id: 'problem-of-practice', name: 'no target', events: [problem({ name: 'Pass rate', baseline: { value: 49, date: '2019-06-01' } })], evidence: /has no target/ },
  {
    stage: 'prepare',
    id: 'problem-of-practice',
    name: 'target equal to the baseline',
    events: [problem({ name: 'Pass rate', baseline: { value: 49, date: '2019-06-01' }, target: { value: 49, date: '2024-06-01' } })],
    evidence: /equals its baseline/,
  },
  { stage: 'prepare', id: 'fit-assessment', name: 'nothing recorded', events: [], evidence: /no fit assessment/ },
  { stage: 'prepare', id: 'fit-assessment', name: 'indicators not scored', events: [record({ kind: 'fitAssessment', scores: { need: 5, fit: 5, capacity: 5, evidence: 5 } })], evidence: /not scored yet: usability, supports/ },
  { stage: 'prepare', id: 'fit-assessment', name: 'average under the threshold', events: [record({ kind: 'fitAssessment', scores: scores(2) })], evidence: /average 2 of 5 \(needs 3\)/ },
  { stage: 'prepare', id: 'team', name: 'nothing recorded', events: [], evidence: /no team recorded \(needs 3\)/ },
  { stage: 'prepare', id: 'team', name: 'two members', events: [record({ kind: 'team', members: [{ name: 'Ana' }, { name: 'Ben' }] })], evidence: /2 members \(needs 3\)/ },
  { stage: 'prepare', id: 'adoption-decision', name: 'nothing recorded', events: [], evidence: /no decision to adopt/ },
  { stage: 'pilot', id: 'approved-plan', name: 'nothing recorded', events: [], evidence: /no approved influence plan/ },
  {
    stage: 'pilot',
    id: 'approved-plan',
    name: 'error-level findings',
    events: [record({ kind: 'approvedPlan', planTitle: 'Draft', approvedAt: '2019-09-01', errorFindings: 2 })],
    evidence: /"Draft" has 2 error-level coach findings/,
  },
  { stage: 'pilot', id: 'pilot-campuses', name: 'no campus', events: [], input: noCampuses, evidence: /no pilot campus yet \(needs 1\)/ },
  {
    stage: 'pilot',
    id: 'pilot-campuses',
    name: 'only a wave-2 campus',
    events: [],
    input: districtInput({ campuses: [{ id: 'east', name: 'East Middle', wave: 2, teachers: 30 }] }),
    evidence: /no pilot campus yet/,
  },
  {
    stage: 'pilot',
    id: 'pilot-campuses',
    name: 'the only pilot withdrew',
    events: [{ type: 'campus.withdraw', at: AT, campusId: 'north', reason: 'principal left' }],
    input: districtInput({ campuses: [PILOT_CAMPUSES[0]!] }),
    evidence: /no pilot campus yet/,
  },
  { stage: 'pilot', id: 'pilot-campus-pair', name: 'one pilot', events: [], input: districtInput({ campuses: [PILOT_CAMPUSES[0]!] }), evidence: /1 pilot campus; 2 demographically different/ },
  { stage: 'pilot', id: 'training-plan', name: 'nothing recorded', events: [], evidence: /no training and coaching plan/ },
  { stage: 'pilot', id: 'shared-planning', name: 'nothing recorded', events: [], evidence: /no shared planning time/ },
  { stage: 'scale', id: 'improvement-cycles', name: 'none', events: [], evidence: /0 cycles with observations \(needs 6\)/ },
  {
    stage: 'scale',
    id: 'improvement-cycles',
    name: 'cycles without observations',
    events: Array.from({ length: 6 }, (): DistrictEvent => ({ type: 'cycle.record', at: AT, cycle: { date: '2020-01-01', observations: 0 } })),
    evidence: /0 cycles with observations \(needs 6\); 6 without observations not counted/,
  },
  { stage: 'scale', id: 'measure-moved', name: 'no reading', events: [EVIDENCE_SCRIPT[0]!], evidence: /no reading of the measure yet/ },
  { stage: 'scale', id: 'measure-moved', name: 'a small gain', events: [EVIDENCE_SCRIPT[0]!, record({ kind: 'measureReading', date: '2020-06-01', gain: 3 })], evidence: /\+3%.*needs 5/ },
  {
    stage: 'scale',
    id: 'measure-moved',
    name: 'a value that moved away from the target',
    events: [EVIDENCE_SCRIPT[0]!, record({ kind: 'measureReading', date: '2020-06-01', value: 45 })],
    evidence: /-4%/,
  },
  { stage: 'scale', id: 'measure-moved', name: 'values but no baseline', events: [record({ kind: 'measureReading', date: '2020-06-01', value: 60 })], evidence: /no baseline to count movement from/ },
  { stage: 'scale', id: 'showcases', name: 'none', events: [], evidence: /0 showcases held \(needs 1\)/ },
  {
    stage: 'sustain',
    id: 'share-at-fidelity',
    name: '25% of teachers',
    events: [
      { type: 'campus.fidelity', at: AT, campusId: 'north', atFidelity: 5 },
      { type: 'campus.fidelity', at: AT, campusId: 'south', atFidelity: 5 },
    ],
    evidence: /25% at fidelity: 10 of 40 teachers/,
  },
  { stage: 'sustain', id: 'share-at-fidelity', name: 'no teachers', events: [], input: noCampuses, evidence: /no teachers at any campus yet/ },
  { stage: 'sustain', id: 'framework-embedded', name: 'none', events: [], evidence: /not embedded in any district framework/ },
  { stage: 'sustain', id: 'funding-plan', name: 'none', events: [], evidence: /no funding plan recorded/ },
  {
    stage: 'sustain',
    id: 'funding-plan',
    name: 'one that ends with the grant',
    events: [record({ kind: 'fundingPlan', description: 'Grant funds only', outlivesGrant: false })],
    evidence: /Grant funds only \(ends with the grant\)/,
  },
];

describe('every gate criterion, met', () => {
  test.each(MET)('$id ($stage): $name', ({ stage, id, events, input, evidence }) => {
    const verdict = judge(stage, id, events, input);
    expect(verdict.met).toBe(true);
    expect(verdict.evidence).toMatch(evidence);
  });
});

describe('every gate criterion, unmet', () => {
  test.each(UNMET)('$id ($stage): $name', ({ stage, id, events, input, evidence }) => {
    const verdict = judge(stage, id, events, input);
    expect(verdict.met).toBe(false);
    expect(verdict.evidence).toMatch(evidence);
  });
});

test('the cases above cover every criterion both ways', () => {
  const all = Object.values(GATE_CRITERIA).flatMap((criteria) => criteria.map((item) => item.id));
  expect(new Set(MET.map((item) => item.id))).toEqual(new Set(all));
  expect(new Set(UNMET.map((item) => item.id))).toEqual(new Set(all));
});

test('a gate is met when every required criterion is, whatever its warnings say', () => {
  const actor = districtWithEvidence(SCRIPT_NEEDED.pilot, districtInput({ campuses: [PILOT_CAMPUSES[0]!] }));
  actor.send({ type: 'rollout.advance', at: AT });
  const gate = explainGate(actor.getSnapshot(), 'pilot');
  expect(gate.criteria.find((item) => item.id === 'pilot-campus-pair')).toMatchObject({ met: false, severity: 'warning' });
  expect(gate.met).toBe(true);
  actor.send({ type: 'rollout.advance', at: AT });
  expect(actor.getSnapshot().value).toBe('pilot');
});

test('one unmet required criterion closes the gate, and the advance is refused', () => {
  for (let missing = 0; missing < SCRIPT_NEEDED.prepare; missing++) {
    const actor = createActor(districtMachine, { input: districtInput() }).start();
    EVIDENCE_SCRIPT.slice(0, SCRIPT_NEEDED.prepare).forEach((event, index) => index !== missing && actor.send(event));
    expect(explainGate(actor.getSnapshot(), 'prepare').met).toBe(false);
    actor.send({ type: 'rollout.advance', at: AT });
    expect(actor.getSnapshot().value).toBe('explore');
  }
});

test('a refused advance changes nothing: same snapshot, same audit trail, and the reasons are the unmet criteria', () => {
  const actor = districtWithEvidence(2);
  const before = persistedJson(actor);
  const result = sendDistrictEvent(actor, { type: 'rollout.advance', at: AT });
  expect(result.accepted).toBe(false);
  expect(persistedJson(actor)).toBe(before);
  const unmet = explainGate(actor.getSnapshot(), 'prepare').criteria.filter((item) => !item.met);
  expect(result.accepted === false && result.reasons).toEqual(unmet.map((item) => `${item.id}: ${item.evidence}`));

  // Sent straight to the actor, the refusal is just as silent.
  actor.send({ type: 'rollout.advance', at: AT });
  expect(persistedJson(actor)).toBe(before);
});

test('thresholds are the district’s own: a smaller team passes once the district lowers the bar', () => {
  const twoPeople = record({ kind: 'team', members: [{ name: 'Ana' }, { name: 'Ben' }] });
  expect(judge('prepare', 'team', [twoPeople]).met).toBe(false);
  expect(judge('prepare', 'team', [twoPeople, { type: 'thresholds.set', at: AT, thresholds: { minTeamSize: 2 } }]).met).toBe(true);
  expect(judge('prepare', 'team', [twoPeople], districtInput({ thresholds: { minTeamSize: 2 } })).met).toBe(true);
  const actor = createActor(districtMachine, { input: districtInput() }).start();
  expect(actor.getSnapshot().context.thresholds).toEqual(DEFAULT_THRESHOLDS);
});

test('explainGate reads a snapshot or its context alike; nextGate follows the stage, and the stage a pause left', () => {
  const actor = districtWithEvidence(SCRIPT_NEEDED.prepare);
  const snapshot = actor.getSnapshot();
  expect(explainGate(snapshot.context, 'prepare')).toEqual(explainGate(snapshot, 'prepare'));
  expect(explainGate(snapshot, 'explore')).toEqual({ stage: 'explore', from: null, met: true, criteria: [] });
  expect(nextGate(snapshot)?.stage).toBe('prepare');
  actor.send({ type: 'rollout.advance', at: AT });
  actor.send({ type: 'leadership.changed', at: AT, leader: 'New superintendent' });
  expect(nextGate(actor.getSnapshot())).toMatchObject({ from: 'prepare', stage: 'pilot' });
});
