/**
 * The demo cohort a trainer sees first: five fictional districts at different points of their
 * rollout, built with the core's cohort machine by sending the same events a person would.
 * Every district name is invented; the path they walk follows the Socorro case.
 */
import { createCohort, type CohortActor, type DistrictEvent } from '@sixsources/core';

/** The id the demo cohort is stored under. */
export const DEMO_COHORT_ID = 'demo';

const WHO = 'Demo trainer';

/** Evidence that opens the gate into `prepare`. */
function exploreEvidence(name: string, baseline: number, target: number): DistrictEvent[] {
  return [
    {
      type: 'evidence.record',
      at: '2022-09-12',
      evidence: {
        kind: 'problemOfPractice',
        statement: `Too few third graders at ${name} read at grade level.`,
        measure: {
          name: 'Third graders reading at grade level',
          unit: '%',
          baseline: { value: baseline, date: '2022-06-01' },
          target: { value: target, date: '2025-06-01' },
        },
      },
    },
    {
      type: 'evidence.record',
      at: '2022-10-03',
      evidence: { kind: 'fitAssessment', scores: { need: 5, fit: 4, capacity: 3, evidence: 4, usability: 3, supports: 3 } },
    },
    {
      type: 'evidence.record',
      at: '2022-10-10',
      evidence: {
        kind: 'team',
        members: [
          { name: 'Literacy coordinator' },
          { name: 'Instructional technologist' },
          { name: 'Two elementary principals' },
        ],
      },
    },
    { type: 'evidence.record', at: '2022-11-01', evidence: { kind: 'adoptionDecision', decidedBy: 'Board of trustees', decidedAt: '2022-11-01' } },
  ];
}

/** Evidence and campuses that open the gate into `pilot`. */
function prepareEvidence(prefix: string): DistrictEvent[] {
  return [
    {
      type: 'evidence.record',
      at: '2023-02-01',
      evidence: { kind: 'approvedPlan', planTitle: 'K-3 station rotation', approvedAt: '2023-02-01', errorFindings: 0 },
    },
    {
      type: 'campus.add',
      at: '2023-02-15',
      campuses: [
        { id: `${prefix}-north`, name: 'North Elementary', wave: 1, teachers: 24 },
        { id: `${prefix}-south`, name: 'South Elementary', wave: 1, teachers: 30 },
        { id: `${prefix}-east`, name: 'East Elementary', wave: 2, teachers: 28 },
      ],
    },
    { type: 'evidence.record', at: '2023-03-01', evidence: { kind: 'trainingPlan', description: 'Summer institute, then a coach per pilot campus', coaches: 2 } },
    { type: 'evidence.record', at: '2023-03-01', evidence: { kind: 'sharedPlanning', description: 'Grade-level planning block', minutesPerWeek: 90 } },
  ];
}

/** Pilot campuses start implementing, and the first cycles run. */
function pilotWork(prefix: string, cycles: number): DistrictEvent[] {
  const events: DistrictEvent[] = [];
  for (const campus of ['north', 'south']) {
    events.push({ type: 'campus.advance', campusId: `${prefix}-${campus}` }, { type: 'campus.advance', campusId: `${prefix}-${campus}` });
  }
  for (let i = 0; i < cycles; i++) {
    const day = String(1 + i * 3).padStart(2, '0');
    events.push({
      type: 'cycle.record',
      at: `2023-10-${day}`,
      cycle: { date: `2023-10-${day}`, observations: 12, campusIds: [`${prefix}-north`, `${prefix}-south`] },
    });
  }
  return events;
}

const advance: DistrictEvent = { type: 'rollout.advance', who: WHO };

/** The five demo districts and what happened to each. */
const DEMO = [
  { id: 'riverbend-isd', name: 'Riverbend ISD', events: [...exploreEvidence('Riverbend', 47, 75), advance, ...prepareEvidence('rb'), advance, ...pilotWork('rb', 3)] },
  {
    id: 'cedar-hollow-isd',
    name: 'Cedar Hollow ISD',
    events: [exploreEvidence('Cedar Hollow', 52, 78)[0] as DistrictEvent],
  },
  {
    id: 'pecos-flats-cisd',
    name: 'Pecos Flats CISD',
    events: [
      ...exploreEvidence('Pecos Flats', 44, 70),
      advance,
      { type: 'leadership.changed', at: '2023-01-09', leader: 'Interim superintendent', role: 'Superintendent' } as DistrictEvent,
    ],
  },
  {
    id: 'sierra-mesa-usd',
    name: 'Sierra Mesa USD',
    events: [
      ...exploreEvidence('Sierra Mesa', 49, 79),
      advance,
      ...prepareEvidence('sm'),
      advance,
      ...pilotWork('sm', 6),
      { type: 'evidence.record', at: '2024-05-20', evidence: { kind: 'measureReading', date: '2024-05-20', group: 'First pilot cohort', gain: 12 } },
      { type: 'showcase.record', at: '2024-04-12', showcase: { date: '2024-04-12', host: 'North Elementary', visitors: 35 } },
      advance,
      { type: 'campus.fidelity', campusId: 'sm-north', atFidelity: 14 },
      { type: 'campus.fidelity', campusId: 'sm-south', atFidelity: 10 },
    ] as DistrictEvent[],
  },
  { id: 'lakeview-city-schools', name: 'Lakeview City Schools', events: [] as DistrictEvent[] },
];

/** A fresh demo cohort, started and walked to its demo state. Throws only on a programming error. */
export function createDemoCohort(name: string): CohortActor {
  const created = createCohort({
    id: DEMO_COHORT_ID,
    name,
    at: '2022-08-15',
    who: WHO,
    districts: DEMO.map(({ id, name: districtName }) => ({ id, name: districtName, at: '2022-08-15', who: WHO })),
  });
  if (!created.ok) throw new Error(`the demo cohort could not be created: ${created.errors.join('; ')}`);
  const cohort = created.actor;
  for (const district of DEMO) {
    for (const event of district.events) {
      cohort.send({ type: 'district.send', districtId: district.id, event: { who: WHO, ...event } });
    }
  }
  cohort.send({ type: 'session.record', who: WHO, session: { date: '2023-09-20', title: 'Kickoff: the six sources of influence' } });
  return cohort;
}
