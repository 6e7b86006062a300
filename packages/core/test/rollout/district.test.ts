import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import {
  campusFacts,
  createDistrictRollout,
  districtMachine,
  districtRisks,
  explainRefusal,
  explainGate,
  nextStage,
  sendDistrictEvent,
  shareAtFidelity,
  type DistrictEvent,
  type RolloutStage,
} from '../../src/rollout/index.ts';
import { AT, EVIDENCE_SCRIPT, PILOT_CAMPUSES, districtInput, districtWithEvidence, persistedJson } from './support/district.ts';

const advance: DistrictEvent = { type: 'rollout.advance', at: AT };

/** A district with all evidence, advanced to `stage`. */
function districtAt(stage: RolloutStage) {
  const actor = districtWithEvidence();
  while (actor.getSnapshot().value !== stage) actor.send(advance);
  return actor;
}

describe('stages', () => {
  test('a district with its evidence walks explore → prepare → pilot → scale → sustain, and no further', () => {
    const actor = districtWithEvidence();
    const visited = [actor.getSnapshot().value];
    for (let i = 0; i < 5; i++) {
      actor.send(advance);
      visited.push(actor.getSnapshot().value);
    }
    expect(visited).toEqual(['explore', 'prepare', 'pilot', 'scale', 'sustain', 'sustain']);
    expect(explainRefusal(actor.getSnapshot(), advance)).toEqual(['sustain is the last stage']);
  });

  test('going back a stage needs a reason, which the audit trail keeps', () => {
    const actor = districtAt('pilot');
    expect(sendDistrictEvent(actor, { type: 'rollout.back', at: AT, reason: '   ' })).toMatchObject({ accepted: false, reasons: ['going back a stage needs a reason ("reason")'] });
    actor.send({ type: 'rollout.back', at: AT, who: 'Officer', reason: 'both pilot principals left' });
    expect(actor.getSnapshot().value).toBe('prepare');
    expect(actor.getSnapshot().context.log.at(-1)).toMatchObject({
      who: 'Officer',
      event: 'rollout.back',
      what: 'went back from pilot to prepare',
      why: 'both pilot principals left',
    });
    expect(explainRefusal(districtWithEvidence(0).getSnapshot(), { type: 'rollout.back', reason: 'x' })).toEqual([
      'explore is the first stage; there is no stage to go back to',
    ]);
  });

  test.each(['explore', 'prepare', 'pilot', 'scale', 'sustain'] as const)(
    'a leadership change in %s pauses the rollout; resuming returns to %s',
    (stage) => {
      const actor = districtAt(stage);
      actor.send({ type: 'leadership.changed', at: AT, leader: 'Dr. New', role: 'superintendent' });
      expect(actor.getSnapshot().value).toBe('paused');
      expect(actor.getSnapshot().context.pausedFrom).toBe(stage);
      expect(sendDistrictEvent(actor, advance).accepted).toBe(false);
      actor.send({ type: 'rollout.resume', at: AT });
      expect(actor.getSnapshot().value).toBe(stage);
      expect(actor.getSnapshot().context.pausedFrom).toBeNull();
    },
  );

  test('a second leadership change while paused is counted, and stays paused', () => {
    const actor = districtAt('pilot');
    actor.send({ type: 'leadership.changed', at: AT, leader: 'One' });
    actor.send({ type: 'leadership.changed', at: AT, leader: 'Two' });
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('paused');
    expect(context.pausedFrom).toBe('pilot');
    expect(context.leadershipChanges.map((change) => change.leader)).toEqual(['One', 'Two']);
    expect(context.log.at(-1)?.what).toBe('leadership changed (Two) while paused');
  });

  test('declining is final and needs a reason; a declined rollout takes nothing more', () => {
    const actor = districtAt('prepare');
    expect(sendDistrictEvent(actor, { type: 'rollout.decline', at: AT, reason: '' }).accepted).toBe(false);
    actor.send({ type: 'rollout.decline', at: AT, reason: 'the board chose another program' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'declined', status: 'done' });
    const before = persistedJson(actor);
    expect(sendDistrictEvent(actor, EVIDENCE_SCRIPT[0]!)).toMatchObject({ accepted: false, reasons: [expect.stringMatching(/declined/)] });
    expect(persistedJson(actor)).toBe(before);
  });

  test('a paused district can be declined, and forgets the stage it left', () => {
    const actor = districtAt('scale');
    actor.send({ type: 'rollout.pause', at: AT, reason: 'budget review' });
    actor.send({ type: 'rollout.decline', at: AT, reason: 'budget cut' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'declined', context: { pausedFrom: null } });
  });
});

describe('risks', () => {
  test('the grant ending in scale without a funding plan that outlives it is a risk; a plan removes it', () => {
    const actor = createActor(districtMachine, { input: districtInput({ thresholds: { minImprovementCycles: 1 } }) }).start();
    for (const event of EVIDENCE_SCRIPT.slice(0, 10)) actor.send(event);
    for (let i = 0; i < 3; i++) actor.send(advance);
    expect(actor.getSnapshot().value).toBe('scale');
    actor.send({ type: 'grant.ended', at: '2024-06-30', grant: 'RBL' });
    expect(districtRisks(actor.getSnapshot()).map((risk) => risk.message)).toEqual([
      'the grant ended on 2024-06-30 and no funding plan outlives it',
    ]);
    actor.send({ type: 'evidence.record', at: AT, evidence: { kind: 'fundingPlan', description: 'Grant only', outlivesGrant: false } });
    expect(districtRisks(actor.getSnapshot()).map((risk) => risk.id)).toEqual(['grant-ended-without-funding']);
    actor.send(EVIDENCE_SCRIPT[11]!);
    expect(districtRisks(actor.getSnapshot())).toEqual([]);
  });

  test('the grant ending during the pilot is recorded but is not yet this risk', () => {
    const actor = districtAt('pilot');
    actor.send({ type: 'evidence.record', at: AT, evidence: { kind: 'fundingPlan', description: 'Grant only', outlivesGrant: false } });
    actor.send({ type: 'grant.ended', at: '2021-06-30' });
    expect(actor.getSnapshot().context.grantEndedAt).toBe('2021-06-30');
    expect(districtRisks(actor.getSnapshot())).toEqual([]);
  });

  test('more concurrent initiatives than the district allows is overload; ending one clears it', () => {
    const actor = districtWithEvidence(0);
    for (const name of ['Reading academies', 'New math adoption', 'Teacher evaluation']) actor.send({ type: 'initiative.added', at: AT, name });
    expect(districtRisks(actor.getSnapshot())).toEqual([]);
    actor.send({ type: 'initiative.added', at: AT, name: 'One-to-one devices' });
    expect(districtRisks(actor.getSnapshot())).toEqual([
      { id: 'initiative-overload', message: expect.stringMatching(/^4 concurrent initiatives \(more than 3\): Reading academies, /) },
    ]);
    expect(sendDistrictEvent(actor, { type: 'initiative.added', name: 'reading ACADEMIES ' }).accepted).toBe(false);
    actor.send({ type: 'initiative.ended', at: AT, name: 'New math adoption' });
    expect(districtRisks(actor.getSnapshot())).toEqual([]);
    expect(sendDistrictEvent(actor, { type: 'initiative.ended', name: 'New math adoption' })).toMatchObject({
      accepted: false,
      reasons: ['no running initiative is called "New math adoption"'],
    });
  });

  test('two leadership changes are turnover', () => {
    const actor = districtWithEvidence(0);
    actor.send({ type: 'leadership.changed', at: AT });
    expect(districtRisks(actor.getSnapshot())).toEqual([]);
    actor.send({ type: 'leadership.changed', at: AT });
    expect(districtRisks(actor.getSnapshot()).map((risk) => risk.id)).toEqual(['leadership-turnover']);
  });
});

describe('campuses', () => {
  test('many campuses arrive in one event, each its own child actor', () => {
    const actor = districtWithEvidence(0, districtInput({ campuses: [] }));
    const campuses = Array.from({ length: 120 }, (_, i) => ({ id: `c${i}`, name: `Campus ${i}`, wave: 2, teachers: 10, atFidelity: i % 2 === 0 ? 10 : 0 }));
    actor.send({ type: 'campus.add', at: AT, campuses });
    const snapshot = actor.getSnapshot();
    expect(Object.keys(snapshot.children)).toHaveLength(120);
    expect(snapshot.context.log.at(-1)?.what).toMatch(/^added 120 campuses: Campus 0 \(wave 2\), .* and 112 more$/);
    expect(shareAtFidelity(campusFacts(snapshot.context.campuses))).toEqual({ teachers: 1200, atFidelity: 600, share: 0.5 });
  });

  test('a campus id used twice is refused, whole batch and all', () => {
    const actor = districtWithEvidence(0);
    const result = sendDistrictEvent(actor, { type: 'campus.add', campuses: [{ id: 'west', name: 'West', wave: 2, teachers: 5 }, { id: 'north', name: 'Again', wave: 2, teachers: 5 }] });
    expect(result).toMatchObject({ accepted: false, reasons: ['a campus with id "north" already exists'] });
    expect(Object.keys(actor.getSnapshot().children)).toEqual(['north', 'south']);
  });

  test('a malformed campus sent straight to the actor is refused too, and explained', () => {
    const actor = districtWithEvidence(0);
    const event: DistrictEvent = { type: 'campus.add', at: AT, campuses: [{ id: 'west', name: 'West', wave: 2, teachers: 5, atFidelity: 9 }] };
    actor.send(event);
    expect(Object.keys(actor.getSnapshot().children)).toEqual(['north', 'south']);
    expect(explainRefusal(actor.getSnapshot(), event)).toEqual(['campus "west": more teachers at fidelity than teachers']);
  });

  test('the district share at fidelity is derived from campuses, weighted by teachers, without withdrawn ones', () => {
    const actor = districtWithEvidence(0, districtInput({
      campuses: [
        { id: 'big', name: 'Big', wave: 1, teachers: 90, atFidelity: 45 },
        { id: 'small', name: 'Small', wave: 1, teachers: 10, atFidelity: 10 },
      ],
    }));
    const share = () => shareAtFidelity(campusFacts(actor.getSnapshot().context.campuses)).share;
    expect(share()).toBeCloseTo(0.55);
    actor.send({ type: 'campus.fidelity', at: AT, campusId: 'big', teachers: 100, atFidelity: 80 });
    expect(share()).toBeCloseTo(90 / 110);
    actor.send({ type: 'campus.withdraw', at: AT, campusId: 'small', reason: 'merged' });
    expect(share()).toBeCloseTo(0.8);
    expect(explainGate(actor.getSnapshot(), 'sustain').criteria[0]?.evidence).toBe('80% at fidelity: 80 of 100 teachers (needs 50%)');
  });

  test('campus events go to the campus through the district, and the campus refuses what its own machine refuses', () => {
    const actor = districtWithEvidence(0);
    const north = () => actor.getSnapshot().children['north']!.getSnapshot() as { value: string; context: { cycles: number } };
    for (let i = 0; i < 2; i++) actor.send({ type: 'campus.advance', at: AT, campusId: 'north' });
    expect(north().value).toBe('implementing');
    actor.send({ type: 'cycle.record', at: AT, cycle: { date: '2020-01-01', observations: 8, campusIds: ['north'] } });
    expect(north().context.cycles).toBe(1);
    expect(actor.getSnapshot().context.log.at(-1)?.what).toBe('recorded an improvement cycle with 8 observations at North Elementary');
    expect(sendDistrictEvent(actor, { type: 'cycle.record', cycle: { date: '2020-01-01', observations: 8, campusIds: ['south'] } })).toMatchObject({
      accepted: false,
      reasons: ['campus South Elementary is candidate; cycles are recorded at implementing or sustaining campuses'],
    });
    expect(sendDistrictEvent(actor, { type: 'campus.fidelity', campusId: 'north', atFidelity: 21 })).toMatchObject({
      accepted: false,
      reasons: ['campus North Elementary: 21 teachers at fidelity is more than its 20 teachers'],
    });
    expect(sendDistrictEvent(actor, { type: 'campus.advance', campusId: 'nowhere' })).toMatchObject({ accepted: false, reasons: ['no campus with id "nowhere"'] });
    expect(sendDistrictEvent(actor, { type: 'campus.withdraw', campusId: 'north', reason: '' })).toMatchObject({
      accepted: false,
      reasons: ['withdrawing campus North Elementary needs a reason ("reason")'],
    });
    actor.send({ type: 'campus.withdraw', at: AT, campusId: 'north', reason: 'closed for renovation' });
    actor.send({ type: 'campus.rejoin', at: AT, campusId: 'north' });
    expect(north().value).toBe('candidate');
    expect(actor.getSnapshot().context.log.at(-1)?.what).toBe('campus North Elementary rejoined as a candidate');
  });
});

test('a malformed event from an untyped caller is refused with its problems, and changes nothing', () => {
  const actor = districtWithEvidence(0);
  const before = persistedJson(actor);
  const result = sendDistrictEvent(actor, { type: 'evidence.record', evidence: { kind: 'team' } } as unknown as DistrictEvent);
  expect(result).toMatchObject({ accepted: false, reasons: ['evidence.members: Invalid input: expected array, received undefined'] });
  expect(sendDistrictEvent(actor, { type: 'rollout.teleport' } as unknown as DistrictEvent).accepted).toBe(false);
  expect(persistedJson(actor)).toBe(before);
  expect(actor.getSnapshot().status).toBe('active');
});

test('createDistrictRollout refuses bad input with sentences instead of starting a broken actor', () => {
  expect(createDistrictRollout({ name: '  ' })).toEqual({ ok: false, errors: ['name: must not be blank'] });
  const twice = createDistrictRollout({ name: 'X', campuses: [PILOT_CAMPUSES[0]!, PILOT_CAMPUSES[0]!] });
  expect(twice).toEqual({ ok: false, errors: ['campuses: two campuses share an id'] });
  const made = createDistrictRollout({ name: 'Socorro ISD' });
  expect(made.ok && made.actor.getSnapshot().context.id).toBe('socorro-isd');
});

describe('the audit trail, under any sequence of events', () => {
  const reasons = fc.constantFrom('', '   ', 'the principal left');
  const eventArb: fc.Arbitrary<DistrictEvent> = fc.oneof(
    fc.constant(advance),
    reasons.map((reason): DistrictEvent => ({ type: 'rollout.back', at: AT, reason })),
    fc.constant<DistrictEvent>({ type: 'rollout.pause', at: AT }),
    fc.constant<DistrictEvent>({ type: 'rollout.resume', at: AT }),
    reasons.map((reason): DistrictEvent => ({ type: 'rollout.decline', at: AT, reason })),
    fc.constant<DistrictEvent>({ type: 'leadership.changed', at: AT }),
    fc.constant<DistrictEvent>({ type: 'grant.ended', at: AT }),
    fc.constantFrom('A', 'B', 'C', 'D', 'E').map((name): DistrictEvent => ({ type: 'initiative.added', at: AT, name })),
    fc.constantFrom('A', 'B').map((name): DistrictEvent => ({ type: 'initiative.ended', at: AT, name })),
    fc.constantFrom(...EVIDENCE_SCRIPT),
    fc.constantFrom('north', 'south', 'none').map((campusId): DistrictEvent => ({ type: 'campus.advance', at: AT, campusId })),
    fc.integer({ min: 0, max: 25 }).map((atFidelity): DistrictEvent => ({ type: 'campus.fidelity', at: AT, campusId: 'south', atFidelity })),
    fc.constantFrom('north', 'south').map((campusId): DistrictEvent => ({ type: 'cycle.record', at: AT, cycle: { date: '2020-01-01', observations: 3, campusIds: [campusId] } })),
  );

  test('accepted events append exactly one entry; refused events change nothing; advances happen only through a met gate', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), (events) => {
        const actor = createActor(districtMachine, { input: districtInput({ thresholds: { minImprovementCycles: 1 } }) }).start();
        for (const event of events) {
          const before = actor.getSnapshot();
          if (before.status !== 'active') break; // declined is final (its own test above)
          const beforeJson = persistedJson(actor);
          const refusal = explainRefusal(before, event);
          const gateOpen = before.status === 'active' && typeof before.value === 'string' && before.value !== 'paused' && before.value !== 'declined'
            ? nextStage(before.value as RolloutStage) !== null && explainGate(before, nextStage(before.value as RolloutStage)!).met
            : false;
          actor.send(event);
          const after = actor.getSnapshot();
          if (refusal.length > 0) {
            expect(persistedJson(actor)).toBe(beforeJson);
            continue;
          }
          expect(after.context.log.slice(0, -1)).toEqual(before.context.log);
          expect(after.context.log.at(-1)?.seq).toBe(before.context.log.length + 1);
          if (event.type === 'rollout.advance') {
            expect(gateOpen).toBe(true);
            expect(after.value).toBe(nextStage(before.value as RolloutStage));
          }
        }
        actor.stop();
      }),
      { numRuns: 150 },
    );
  });
});
