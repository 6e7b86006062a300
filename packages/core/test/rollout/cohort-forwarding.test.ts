import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createActor, transition } from 'xstate';
import { cohortMachine, type CohortEvent, type CohortInput, type DistrictEvent } from '../../src/rollout/index.ts';
import { AT, EVIDENCE_SCRIPT, districtInput } from './support/district.ts';

/** The cohort machine exactly as defined, every event through the interpreter (`provide` drops the direct path). */
const asDefined = cohortMachine.provide({});

const input: CohortInput = {
  name: 'Blended learning cohort 2',
  at: AT,
  who: 'Trainer',
  districts: [districtInput({ id: 'riverside' }), districtInput({ id: 'lakeside', name: 'Lakeside' })],
};

const districtEvents: DistrictEvent[] = [
  ...EVIDENCE_SCRIPT.slice(0, 5),
  { type: 'rollout.advance', at: AT },
  { type: 'rollout.back', at: AT, reason: 'the team left' },
  { type: 'rollout.pause', at: AT },
  { type: 'rollout.resume', at: AT },
  { type: 'rollout.decline', at: AT, reason: 'the board said no' },
  { type: 'rollout.decline', at: AT, reason: '' },
  { type: 'campus.fidelity', at: AT, campusId: 'north', atFidelity: 12 },
  { type: 'campus.fidelity', at: AT, campusId: 'north', atFidelity: 99 },
  { type: 'campus.fidelity', at: AT, campusId: 'nowhere', atFidelity: 1 },
  { type: 'campus.advance', at: AT, campusId: 'south' },
  { type: 'cycle.record', at: AT, cycle: { date: AT, observations: 3, campusIds: ['north'] } },
  { type: 'grant.ended', at: AT },
  { type: 'leadership.changed', at: AT, leader: 'New superintendent' },
];

const cohortEventArbitrary: fc.Arbitrary<CohortEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ districtId: fc.constantFrom('riverside', 'lakeside', 'nowhere'), event: fc.constantFrom(...districtEvents) }).map(({ districtId, event }): CohortEvent => ({ type: 'district.send', at: AT, districtId, event })) },
  { weight: 1, arbitrary: fc.constantFrom<CohortEvent>({ type: 'cohort.close', at: AT }, { type: 'cohort.reopen', at: AT }) },
  { weight: 1, arbitrary: fc.constantFrom(...districtEvents).map((event): CohortEvent => ({ type: 'cohort.broadcast', at: AT, event })) },
  { weight: 1, arbitrary: fc.constant<CohortEvent>({ type: 'session.record', at: AT, session: { date: AT, title: 'Data digs' } }) },
);

describe('a cohort forwards an event to one district', () => {
  test('exactly as the machine defines it, whatever the cohort and its districts are doing', () => {
    expect(asDefined.transition).not.toBe(cohortMachine.transition);
    fc.assert(
      fc.property(fc.array(cohortEventArbitrary, { maxLength: 40 }), (events) => {
        const direct = createActor(cohortMachine, { input }).start();
        const defined = createActor(asDefined, { input }).start();
        for (const event of events) {
          direct.send(event);
          defined.send(event);
          expect(JSON.stringify(direct.getPersistedSnapshot())).toBe(JSON.stringify(defined.getPersistedSnapshot()));
        }
        direct.stop();
        defined.stop();
      }),
      { numRuns: 60 },
    );
  });

  test('leaves the cohort’s snapshot as it was, and delivers events sent while it is busy in order', () => {
    const cohort = createActor(cohortMachine, { input }).start();
    const before = cohort.getSnapshot();
    const send = (event: DistrictEvent): CohortEvent => ({ type: 'district.send', at: AT, districtId: 'riverside', event });
    let sentFromObserver = false;
    cohort.subscribe(() => {
      if (sentFromObserver) return;
      sentFromObserver = true;
      // Sent while the cohort is still handing out its snapshot: it must wait its turn.
      cohort.send(send(EVIDENCE_SCRIPT[1]!));
    });
    cohort.send(send(EVIDENCE_SCRIPT[0]!));
    expect(cohort.getSnapshot()).toBe(before);
    const riverside = cohort.getSnapshot().context.districts['riverside']!.getSnapshot();
    expect(riverside.context.log.map((entry) => entry.what).slice(1)).toEqual([
      expect.stringMatching(/problem of practice/),
      expect.stringMatching(/fit assessment/),
    ]);
    cohort.stop();
  });

  test('computed without an actor, it sends nothing and reports the send it would make', () => {
    const cohort = createActor(cohortMachine, { input }).start();
    const snapshot = cohort.getSnapshot();
    const event: CohortEvent = { type: 'district.send', at: AT, districtId: 'lakeside', event: EVIDENCE_SCRIPT[0]! };
    const [next, actions] = transition(cohortMachine, snapshot, event);
    const [, definedActions] = transition(asDefined, snapshot, event);
    expect(next).toBe(snapshot);
    expect(actions.map((action) => action.type)).toEqual(definedActions.map((action) => action.type));
    expect(actions).toHaveLength(1);
    expect(snapshot.context.districts['lakeside']!.getSnapshot().context.log).toHaveLength(1);
    cohort.stop();
  });
});
