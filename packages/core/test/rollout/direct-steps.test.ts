/**
 * A district records its most frequent facts, and a campus its fidelity counts, without a full
 * interpreter step (`direct-steps.ts`). These tests hold the direct steps to the machines as
 * defined (`provide({})` drops them): the same snapshots after any events, the same actions.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createActor, transition } from 'xstate';
import { campusMachine, districtMachine, type DistrictEvent } from '../../src/rollout/index.ts';
import { districtEvent, districtInput, gateKit, sequenceOf } from '../support/rollout-arbitraries.ts';
import { AT, districtInput as scriptedInput } from './support/district.ts';

/** Both machines exactly as defined, every event through the interpreter. */
const asDefined = districtMachine.provide({ actors: { campus: campusMachine.provide({}) } });

/** Every kind of fact the direct steps take, and the refusals they leave to the interpreter. */
const FACTS: DistrictEvent[] = [
  { type: 'evidence.record', at: AT, evidence: { kind: 'measureReading', date: AT, gain: 4 } },
  { type: 'showcase.record', showcase: { date: AT, host: 'North', visitors: 12 } },
  { type: 'grant.ended', who: 'Board', grant: 'Literacy grant' },
  { type: 'cycle.record', at: AT, cycle: { date: AT, observations: 6 } },
  { type: 'cycle.record', at: AT, cycle: { date: AT, observations: 6, campusIds: [] } },
  { type: 'campus.fidelity', at: AT, campusId: 'north', atFidelity: 12 },
  { type: 'campus.fidelity', at: AT, campusId: 'north', atFidelity: 99 },
  { type: 'campus.fidelity', at: AT, campusId: 'nowhere', atFidelity: 1 },
];

beforeEach(() => {
  // Events without `at` are stamped on arrival: both actors must see the same clock.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse('2026-02-02T08:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a district records facts directly', () => {
  test('exactly as its machine defines them, whatever the district and its campuses are doing', () => {
    expect(asDefined.transition).not.toBe(districtMachine.transition);
    fc.assert(
      fc.property(districtInput, sequenceOf(districtEvent, gateKit, 60), (input, events) => {
        const direct = createActor(districtMachine, { input }).start();
        const defined = createActor(asDefined, { input }).start();
        for (const event of events) {
          direct.send(event);
          defined.send(event);
          expect(direct.getSnapshot().status).toBe(defined.getSnapshot().status);
          expect(JSON.stringify(direct.getPersistedSnapshot())).toBe(JSON.stringify(defined.getPersistedSnapshot()));
          // A declined district has stopped: it takes nothing more.
          if (defined.getSnapshot().status !== 'active') break;
        }
        direct.stop();
        defined.stop();
      }),
      { numRuns: 80 },
    );
  });

  test('keeps every earlier snapshot as it was', () => {
    const district = createActor(districtMachine, { input: scriptedInput() }).start();
    const before = district.getSnapshot();
    const recorded = (snapshot: typeof before) => JSON.stringify({ value: snapshot.value, ...snapshot.context, campuses: undefined });
    const saved = recorded(before);
    for (const event of FACTS) district.send(event);
    // Six facts taken, two refused.
    expect(district.getSnapshot().context.log).toHaveLength(1 + 6);
    expect(before.context.log).toHaveLength(1);
    expect(recorded(before)).toBe(saved);
    district.stop();
  });

  test('computed without an actor, it sends nothing and reports the send it would make', () => {
    const district = createActor(districtMachine, { input: scriptedInput() }).start();
    const snapshot = district.getSnapshot();
    for (const event of FACTS) {
      const [next, actions] = transition(districtMachine, snapshot, event);
      const [definedNext, definedActions] = transition(asDefined, snapshot, event);
      expect(actions.map((action) => action.type)).toEqual(definedActions.map((action) => action.type));
      expect(next.value).toEqual(definedNext.value);
      expect(JSON.stringify(next.context)).toBe(JSON.stringify(definedNext.context));
    }
    const north = snapshot.context.campuses['north']!.getSnapshot();
    expect(north.context.atFidelity).not.toBe(12);
    district.stop();
  });
});
