import { describe, expect, test } from 'vitest';
import { createCohort, summarizeCohort, type CohortActor, type CohortEvent, type DistrictInput } from '../../src/rollout/index.ts';
import { AT, EVIDENCE_SCRIPT, SCRIPT_NEEDED, districtInput } from './support/district.ts';

function cohortOf(districts: DistrictInput[]): CohortActor {
  const made = createCohort({ name: 'Blended learning cohort 2', at: AT, who: 'Trainer', districts });
  if (!made.ok) throw new Error(made.errors.join('; '));
  return made.actor;
}

const three = () => [districtInput({ id: 'riverside' }), districtInput({ id: 'lakeside', name: 'Lakeside' }), districtInput({ id: 'hillside', name: 'Hillside' })];

describe('a cohort of districts', () => {
  test('holds 1 to 50 districts; a 51st is refused', () => {
    expect(createCohort({ name: 'Empty', districts: [] })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^districts: /)] });
    const fifty = Array.from({ length: 50 }, (_, i) => ({ name: `District ${i}`, id: `d${i}` }));
    expect(createCohort({ name: 'Too many', districts: [...fifty, { name: 'One more' }] }).ok).toBe(false);
    const cohort = cohortOf(fifty);
    expect(Object.keys(cohort.getSnapshot().children)).toHaveLength(50);
    cohort.send({ type: 'district.add', at: AT, districts: [{ name: 'One more' }] });
    expect(Object.keys(cohort.getSnapshot().children)).toHaveLength(50);
  });

  test('districts that share a name at the start both join, with distinct ids; a later duplicate id is refused', () => {
    const cohort = cohortOf([{ name: 'Valle Verde ISD' }, { name: 'Valle Verde ISD' }]);
    expect(Object.keys(cohort.getSnapshot().context.districts)).toEqual(['valle-verde-isd', 'valle-verde-isd-2']);
    cohort.send({ type: 'district.add', at: AT, districts: [{ name: 'Valle Verde ISD' }] });
    expect(Object.keys(cohort.getSnapshot().context.districts)).toHaveLength(2);
    cohort.send({ type: 'district.add', at: AT, districts: [{ name: 'Arroyo' }, { name: 'Mesa' }] });
    expect(Object.keys(cohort.getSnapshot().context.districts)).toEqual(['valle-verde-isd', 'valle-verde-isd-2', 'arroyo', 'mesa']);
    expect(cohort.getSnapshot().context.log.at(-1)?.what).toBe('added 2 districts: Arroyo, Mesa');
  });

  test('a district whose input is malformed is refused, and the cohort keeps running', () => {
    const cohort = cohortOf(three());
    const north = districtInput().campuses![0]!;
    cohort.send({ type: 'district.add', at: AT, districts: [{ name: 'Twice', campuses: [north, north] }] });
    expect(Object.keys(cohort.getSnapshot().children)).toEqual(['riverside', 'lakeside', 'hillside']);
    expect(cohort.getSnapshot().status).toBe('active');
  });

  test('one event to every district: each takes it or refuses it by its own gate', () => {
    const cohort = cohortOf(three());
    for (const event of EVIDENCE_SCRIPT.slice(0, SCRIPT_NEEDED.prepare)) cohort.send({ type: 'district.send', at: AT, districtId: 'riverside', event });
    cohort.send({ type: 'cohort.broadcast', at: AT, who: 'Trainer', event: { type: 'rollout.advance', at: AT } });
    const summary = summarizeCohort(cohort.getSnapshot());
    expect(summary.byStatus).toEqual({ explore: 2, prepare: 1, pilot: 0, scale: 0, sustain: 0, paused: 0, declined: 0 });
    expect(cohort.getSnapshot().context.log.at(-1)).toMatchObject({ who: 'Trainer', what: 'sent rollout.advance to all 3 districts (1 took it)' });

    cohort.send({ type: 'cohort.broadcast', at: AT, event: EVIDENCE_SCRIPT[2]! });
    for (const district of summarizeCohort(cohort.getSnapshot()).districts) {
      const ref = cohort.getSnapshot().context.districts[district.id]!;
      expect(ref.getSnapshot().context.evidence.team?.members).toHaveLength(3);
    }
  });

  test('the summary says who is blocked by which criterion, and who is paused from where', () => {
    const cohort = cohortOf(three());
    const send = (districtId: string, event: (typeof EVIDENCE_SCRIPT)[number]) => cohort.send({ type: 'district.send', at: AT, districtId, event });
    for (const event of EVIDENCE_SCRIPT.slice(0, 3)) send('riverside', event);
    for (const event of EVIDENCE_SCRIPT.slice(0, SCRIPT_NEEDED.prepare)) send('lakeside', event);
    send('lakeside', { type: 'rollout.advance', at: AT });
    send('lakeside', { type: 'leadership.changed', at: AT, leader: 'New superintendent' });
    send('hillside', { type: 'rollout.decline', at: AT, reason: 'chose another program' });

    const summary = summarizeCohort(cohort.getSnapshot());
    expect(summary.total).toBe(3);
    expect(summary.byStatus).toMatchObject({ explore: 1, paused: 1, declined: 1 });
    expect(summary.blocked.map((district) => [district.id, district.nextStage, district.blockedBy.map((item) => item.id)])).toEqual([
      ['riverside', 'prepare', ['adoption-decision']],
    ]);
    expect(summary.paused.map((district) => [district.id, district.pausedFrom, district.nextStage])).toEqual([['lakeside', 'prepare', 'pilot']]);
    expect(summary.districts.find((district) => district.id === 'hillside')).toMatchObject({ status: 'declined', nextStage: null, blockedBy: [] });
    expect(summary.districts.find((district) => district.id === 'riverside')).toMatchObject({ shareAtFidelity: 0.75, campuses: 2 });
  });

  test('an event for one district lands in that district’s audit trail; an unknown district or a refused event changes nothing', () => {
    const cohort = cohortOf(three());
    const riverside = () => cohort.getSnapshot().context.districts['riverside']!.getSnapshot().context.log;
    const cohortLog = cohort.getSnapshot().context.log;
    cohort.send({ type: 'district.send', at: AT, districtId: 'nowhere', event: { type: 'rollout.pause', at: AT } });
    cohort.send({ type: 'district.send', at: AT, districtId: 'riverside', event: { type: 'rollout.advance', at: AT } });
    expect(riverside()).toHaveLength(1);
    cohort.send({ type: 'district.send', at: AT, districtId: 'riverside', event: { type: 'rollout.pause', at: AT, who: 'Trainer', reason: 'board elections' } });
    expect(riverside().at(-1)).toMatchObject({ seq: 2, who: 'Trainer', what: 'paused in explore', why: 'board elections' });
    expect(cohort.getSnapshot().context.log).toBe(cohortLog);
  });

  test('sessions are recorded while the cohort runs; a closed cohort takes none until reopened', () => {
    const cohort = cohortOf(three());
    const session: CohortEvent = { type: 'session.record', at: AT, session: { date: '2024-03-01', title: 'Showcase visits', attendees: ['riverside'] } };
    cohort.send(session);
    cohort.send({ type: 'cohort.close', at: AT });
    cohort.send(session);
    expect(summarizeCohort(cohort.getSnapshot()).sessions).toBe(1);
    cohort.send({ type: 'cohort.reopen', at: AT });
    cohort.send(session);
    expect(summarizeCohort(cohort.getSnapshot()).sessions).toBe(2);
    expect(cohort.getSnapshot().context.log.map((entry) => entry.what)).toEqual([
      'started the cohort Blended learning cohort 2 with 3 districts',
      'recorded the session "Showcase visits"',
      'closed the cohort',
      'reopened the cohort',
      'recorded the session "Showcase visits"',
    ]);
  });
});
