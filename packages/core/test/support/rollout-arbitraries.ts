/**
 * fast-check arbitraries of district rollouts, cohorts and the events they are sent, for the
 * snapshot property tests.
 *
 * Every event is well formed (it passes `DistrictEventSchema` or `CohortEventSchema`), but many
 * are refused by the machines: advances whose gate is not met, steps back and declines without
 * a reason, events for campuses or districts that do not exist, withdrawn campuses advanced,
 * more teachers at fidelity than teachers, initiatives ended that never started, events to a
 * closed cohort. Evidence is weighted so that random sequences of about 100 events regularly
 * reach `scale` and `sustain`. `malformedDistrictEvent` gives events that fail the schema.
 *
 * Some events carry no `at`: the machines then stamp the time they received it, so tests
 * that compare actors freeze the clock.
 */
import fc from 'fast-check';
import {
  type CampusInput,
  type CohortEvent,
  type CohortInput,
  type DistrictEvent,
  type DistrictInput,
  type Evidence,
  type PartialThresholds,
} from '../../src/rollout/index.ts';
import { EVIDENCE_SCRIPT } from '../rollout/support/district.ts';

/** Campus ids events name. `ghost` is never added: events for it are always refused. */
export const CAMPUS_IDS = ['north', 'south', 'east', 'west', 'ghost'] as const;
/** Campus ids `campus.add` and district inputs use. */
const ADDABLE_CAMPUS_IDS = ['north', 'south', 'east', 'west'] as const;
/** District ids cohort events name. `nowhere` never joins. */
export const DISTRICT_IDS = ['riverside', 'lakeside', 'hillside', 'mesa', 'nowhere'] as const;
const JOINABLE_DISTRICT_IDS = ['riverside', 'lakeside', 'hillside', 'mesa'] as const;

/** Names as people type them, with scripts, markup and spacing a renderer must survive. */
const NAMES = ['North Elementary', 'Año escolar 2025–26', 'Директор школы', '<b>Bold</b> & "quoted"', '  padded  ', 'O’Brien Middle', '中文 校园'];
/** Reasons, half of them blank: the machine refuses blank reasons. */
const REASONS = ['', '   ', '\n\t', 'the principal left', 'budget cut — see minutes of 3 May', 'razón: fusión de distritos'];

/** A date or date-time the schemas accept. */
export const when: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('2024-01-15', '2019-08-01', '2025-12-31'),
  fc
    .record({ day: fc.integer({ min: 1, max: 28 }), minute: fc.integer({ min: 0, max: 59 }), offset: fc.constantFrom('Z', '+02:00', '-05:30') })
    .map(({ day, minute, offset }) => `2024-03-${String(day).padStart(2, '0')}T10:${String(minute).padStart(2, '0')}:00${offset}`),
);

/** The optional `at`, `who` and `why` every event may carry (absent, never `undefined`). */
const meta: fc.Arbitrary<{ at?: string; who?: string; why?: string }> = fc.record(
  { at: when, who: fc.constantFrom('Trainer', 'J. Eksaengsri, School Improvement Officer', 'Board'), why: fc.constantFrom('from the minutes', 'agreed at the data dig') },
  { requiredKeys: [] },
);
/** Most events carry a date (as files do); some are stamped on arrival. */
const metaMostlyDated = fc.oneof({ weight: 4, arbitrary: meta.map((m) => ({ at: '2024-01-15', ...m })) }, { weight: 1, arbitrary: meta });

const name = fc.constantFrom(...NAMES);
const reason = fc.constantFrom(...REASONS);
const campusId = fc.constantFrom(...CAMPUS_IDS);
const count = (max: number) => fc.integer({ min: 0, max });

/** A campus as `campus.add` or a district input gives it; `atFidelity` never exceeds `teachers`. */
export const campusInput: fc.Arbitrary<CampusInput> = fc
  .record({ id: fc.constantFrom(...ADDABLE_CAMPUS_IDS), name, wave: fc.integer({ min: 1, max: 3 }), teachers: count(40), share: fc.double({ min: 0, max: 1, noNaN: true }), fidelity: fc.boolean() })
  .map(({ share, fidelity, ...campus }) => (fidelity ? { ...campus, atFidelity: Math.floor(campus.teachers * share) } : campus));

/** Some thresholds; shares are hundredths, every value inside the schema's range. */
export const partialThresholds: fc.Arbitrary<PartialThresholds> = fc.record(
  {
    minFitAverage: fc.integer({ min: 4, max: 20 }).map((quarter) => quarter / 4),
    minTeamSize: count(4),
    minPilotCampuses: count(3),
    recommendedPilotCampuses: count(3),
    minImprovementCycles: count(3),
    minMeasureGain: fc.integer({ min: 0, max: 40 }).map((tenth) => tenth / 2),
    minShowcases: count(2),
    minShareAtFidelity: fc.integer({ min: 0, max: 100 }).map((hundredth) => hundredth / 100),
    maxConcurrentInitiatives: count(4),
    leadershipTurnoverAt: count(3),
  },
  { requiredKeys: [] },
);

/** Evidence of every kind, including what leaves a gate unmet (no baseline, low scores, errors found). */
const evidence: fc.Arbitrary<Evidence> = fc.oneof(
  fc
    .record({
      baseline: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      target: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      unit: fc.option(fc.constantFrom('%', 'points'), { nil: undefined }),
    })
    .map(({ baseline, target, unit }): Evidence => {
      const measure: Extract<Evidence, { kind: 'problemOfPractice' }>['measure'] = { name: 'Third graders reading at grade level' };
      if (unit !== undefined) measure.unit = unit;
      if (baseline !== undefined) measure.baseline = { value: baseline, date: '2020-06-01' };
      if (target !== undefined) measure.target = { value: target, date: '2024-06-01' };
      return { kind: 'problemOfPractice', statement: 'Too few third graders read at grade level.', measure };
    }),
  fc
    .record({ need: fc.integer({ min: 1, max: 5 }), fit: fc.integer({ min: 1, max: 5 }), capacity: fc.integer({ min: 1, max: 5 }), evidence: fc.integer({ min: 1, max: 5 }), usability: fc.integer({ min: 1, max: 5 }), supports: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] })
    .map((scores): Evidence => ({ kind: 'fitAssessment', scores })),
  fc.array(name, { maxLength: 5 }).map((names): Evidence => ({ kind: 'team', members: names.map((member) => ({ name: member })) })),
  when.map((decidedAt): Evidence => ({ kind: 'adoptionDecision', decidedBy: 'School board', decidedAt })),
  count(2).map((errorFindings): Evidence => ({ kind: 'approvedPlan', planTitle: 'Station rotation in K-3', approvedAt: '2020-09-01', errorFindings })),
  fc.constant<Evidence>({ kind: 'trainingPlan', description: 'Summer institute and monthly coaching', coaches: 3 }),
  fc.constant<Evidence>({ kind: 'sharedPlanning', description: 'Grade-level planning', minutesPerWeek: 90 }),
  fc
    .record({ gain: fc.boolean(), amount: fc.integer({ min: -40, max: 80 }).map((half) => half / 2), group: fc.option(name, { nil: undefined }) })
    .map(({ gain, amount, group }): Evidence => ({
      kind: 'measureReading',
      date: '2021-06-01',
      ...(group === undefined ? {} : { group }),
      ...(gain ? { gain: amount } : { value: amount }),
    })),
  name.map((framework): Evidence => ({ kind: 'frameworkEmbedding', framework })),
  fc.boolean().map((outlivesGrant): Evidence => ({ kind: 'fundingPlan', description: 'Title I and local funds', outlivesGrant })),
);

/**
 * A district event: valid in shape, often refused by the machine. `campus.*` events name
 * campuses that may not exist, may be withdrawn, or may get impossible fidelity counts.
 */
export const districtEvent: fc.Arbitrary<DistrictEvent> = fc
  .tuple(
    metaMostlyDated,
    fc.oneof(
      { weight: 8, arbitrary: fc.constant<DistrictEvent>({ type: 'rollout.advance' }) },
      { weight: 10, arbitrary: fc.constantFrom(...EVIDENCE_SCRIPT) },
      { weight: 3, arbitrary: evidence.map((item): DistrictEvent => ({ type: 'evidence.record', evidence: item })) },
      { weight: 1, arbitrary: reason.map((why): DistrictEvent => ({ type: 'rollout.back', reason: why })) },
      { weight: 1, arbitrary: fc.option(reason, { nil: undefined }).map((why): DistrictEvent => (why === undefined ? { type: 'rollout.pause' } : { type: 'rollout.pause', reason: why })) },
      { weight: 3, arbitrary: fc.constant<DistrictEvent>({ type: 'rollout.resume' }) },
      // Mostly blank: a decline with a reason is final and ends the interesting part.
      { weight: 1, arbitrary: fc.constantFrom('', ' ', '', '\t', '', '  ', '', 'the board chose another program').map((why): DistrictEvent => ({ type: 'rollout.decline', reason: why })) },
      {
        weight: 1,
        arbitrary: fc
          .record({ leader: name, role: fc.constantFrom('Superintendent', 'Principal') }, { requiredKeys: [] })
          .map((change): DistrictEvent => ({ type: 'leadership.changed', ...change })),
      },
      { weight: 1, arbitrary: fc.option(name, { nil: undefined }).map((grant): DistrictEvent => (grant === undefined ? { type: 'grant.ended' } : { type: 'grant.ended', grant })) },
      { weight: 2, arbitrary: fc.constantFrom('Math adoption', 'math adoption ', 'PBIS', 'New LMS', 'Tutoring').map((item): DistrictEvent => ({ type: 'initiative.added', name: item })) },
      { weight: 1, arbitrary: fc.constantFrom('Math adoption', 'PBIS', 'Never started').map((item): DistrictEvent => ({ type: 'initiative.ended', name: item })) },
      { weight: 1, arbitrary: partialThresholds.map((thresholds): DistrictEvent => ({ type: 'thresholds.set', thresholds })) },
      { weight: 2, arbitrary: fc.array(campusInput, { minLength: 1, maxLength: 3 }).map((campuses): DistrictEvent => ({ type: 'campus.add', campuses })) },
      { weight: 4, arbitrary: campusId.map((id): DistrictEvent => ({ type: 'campus.advance', campusId: id })) },
      { weight: 1, arbitrary: fc.tuple(campusId, reason).map(([id, why]): DistrictEvent => ({ type: 'campus.withdraw', campusId: id, reason: why })) },
      { weight: 1, arbitrary: campusId.map((id): DistrictEvent => ({ type: 'campus.rejoin', campusId: id })) },
      {
        weight: 3,
        arbitrary: fc
          .record({ campusId, atFidelity: count(45), teachers: fc.option(count(40), { nil: undefined }) })
          .map(({ teachers, ...rest }): DistrictEvent => ({ type: 'campus.fidelity', ...rest, ...(teachers === undefined ? {} : { teachers }) })),
      },
      {
        weight: 3,
        arbitrary: fc
          .record({ observations: count(3), campusIds: fc.option(fc.uniqueArray(campusId, { maxLength: 2 }), { nil: undefined }) })
          .map(({ observations, campusIds }): DistrictEvent => ({
            type: 'cycle.record',
            cycle: { date: '2021-02-01', observations, ...(campusIds === undefined ? {} : { campusIds }) },
          })),
      },
      { weight: 2, arbitrary: fc.option(count(40), { nil: undefined }).map((visitors): DistrictEvent => ({ type: 'showcase.record', showcase: { date: '2021-04-01', ...(visitors === undefined ? {} : { visitors }) } })) },
    ),
  )
  .map(([eventMeta, event]) => ({ ...eventMeta, ...event }));

/** Where each gate's evidence starts and ends in the evidence script. */
const GATE_SLICES = [
  [0, 4],
  [4, 7],
  [7, 10],
  [10, 12],
] as const;

/**
 * One gate's evidence from the script, then an advance: random single events rarely line up
 * a whole gate, so sequences mix these in to reach the pilot, scale and sustain. The pilot's
 * kit adds a pilot campus (refused when its id is taken).
 */
export const gateKit: fc.Arbitrary<DistrictEvent[]> = fc.constantFrom(...GATE_SLICES.keys()).map((gate) => {
  const [from, to] = GATE_SLICES[gate] ?? [0, 0];
  const events: DistrictEvent[] = EVIDENCE_SCRIPT.slice(from, to);
  if (gate === 1) events.push({ type: 'campus.add', at: '2024-01-15', campuses: [{ id: 'west', name: 'West Elementary', wave: 1, teachers: 20, atFidelity: 14 }] });
  return [...events, { type: 'rollout.advance', at: '2024-01-15' }];
});

/**
 * Sequences of up to `maxLength` items: mostly single items, with a burst (a gate kit) about
 * one time in seven. Lengths spread over the whole range.
 */
export function sequenceOf<T>(single: fc.Arbitrary<T>, burst: fc.Arbitrary<T[]>, maxLength: number): fc.Arbitrary<T[]> {
  return fc
    .array(fc.oneof({ weight: 12, arbitrary: single.map((item) => [item]) }, { weight: 2, arbitrary: burst }), { maxLength, size: 'max' })
    .map((chunks) => chunks.flat().slice(0, maxLength));
}

/** Events that fail `DistrictEventSchema`: what an untyped caller (a file, the CLI) might send. */
export const malformedDistrictEvent: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  { type: 'rollout.teleport' },
  { type: 'rollout.advance', at: 'yesterday' },
  { type: 'campus.fidelity', campusId: 'north', atFidelity: -1 },
  { type: 'campus.fidelity', campusId: 'north', atFidelity: 2.5 },
  { type: 'campus.add', campuses: [] },
  { type: 'campus.add', campuses: [{ id: 'east', name: 'East', wave: 1, teachers: 3, atFidelity: 9 }] },
  { type: 'campus.advance', campusId: 'no spaces allowed' },
  { type: 'evidence.record', evidence: { kind: 'team' } },
  { type: 'evidence.record', evidence: { kind: 'measureReading', date: '2021-01-01', value: 3, gain: 4 } },
  { type: 'initiative.added', name: '   ' },
  { type: 'thresholds.set', thresholds: { minShareAtFidelity: 2 } },
  null,
  'rollout.advance',
);

/** A district's starting input: some campuses, maybe its own thresholds (low ones, so gates open). */
export const districtInput: fc.Arbitrary<DistrictInput> = fc
  .record({
    id: fc.option(fc.constantFrom(...JOINABLE_DISTRICT_IDS), { nil: undefined }),
    name: fc.constantFrom('Riverside Unified', 'Socorro ISD', 'Valle Verde ISD', 'Año Nuevo <ISD>'),
    campuses: fc.uniqueArray(campusInput, { maxLength: 3, selector: (campus) => campus.id }),
    // Mostly thresholds that one event of each kind meets, so random runs get past the pilot.
    thresholds: fc.oneof(
      { weight: 3, arbitrary: fc.constant<PartialThresholds | undefined>({ minImprovementCycles: 1, minShowcases: 1 }) },
      { weight: 1, arbitrary: partialThresholds },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    who: fc.option(fc.constant('Curriculum director'), { nil: undefined }),
  })
  .map(({ id, thresholds, who, ...rest }) => ({
    ...rest,
    at: '2024-01-01',
    ...(id === undefined ? {} : { id }),
    ...(thresholds === undefined ? {} : { thresholds }),
    ...(who === undefined ? {} : { who }),
  }));

/** A cohort's starting input: 1–3 districts with the ids events name. */
export const cohortInput: fc.Arbitrary<CohortInput> = fc
  .uniqueArray(fc.constantFrom(...JOINABLE_DISTRICT_IDS), { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(...ids.map((id) => districtInput.map((input): DistrictInput => ({ ...input, id })))))
  .map((districts) => ({ name: 'Blended learning cohort', at: '2024-01-01', who: 'Trainer', districts }));

/** A district input that joins later: new, a duplicate id, or malformed (two campuses share an id). */
const joiningDistrict: fc.Arbitrary<DistrictInput> = fc.oneof(
  { weight: 3, arbitrary: districtInput },
  {
    weight: 1,
    arbitrary: campusInput.map((campus): DistrictInput => ({ name: 'Twice ISD', id: 'mesa', campuses: [campus, campus] })),
  },
);

/** A cohort event: mostly events for one district (existing or not), some broadcasts and sessions. */
export const cohortEvent: fc.Arbitrary<CohortEvent> = fc
  .tuple(
    metaMostlyDated,
    fc.oneof(
      {
        weight: 12,
        arbitrary: fc.tuple(fc.constantFrom(...DISTRICT_IDS), districtEvent).map(([districtId, event]): CohortEvent => ({ type: 'district.send', districtId, event })),
      },
      { weight: 3, arbitrary: districtEvent.map((event): CohortEvent => ({ type: 'cohort.broadcast', event })) },
      { weight: 1, arbitrary: fc.array(joiningDistrict, { minLength: 1, maxLength: 2 }).map((districts): CohortEvent => ({ type: 'district.add', districts })) },
      {
        weight: 1,
        arbitrary: fc
          .record({ title: name, attendees: fc.option(fc.uniqueArray(fc.constantFrom(...DISTRICT_IDS), { maxLength: 3 }), { nil: undefined }) })
          .map(({ title, attendees }): CohortEvent => ({ type: 'session.record', session: { date: '2024-02-01', title, ...(attendees === undefined ? {} : { attendees }) } })),
      },
      { weight: 1, arbitrary: fc.constant<CohortEvent>({ type: 'cohort.close' }) },
      { weight: 1, arbitrary: fc.constant<CohortEvent>({ type: 'cohort.reopen' }) },
    ),
  )
  .map(([eventMeta, event]) => ({ ...eventMeta, ...event }));

/** A gate kit for one district of a cohort, each event sent with `district.send`. */
export const cohortGateKit: fc.Arbitrary<CohortEvent[]> = fc
  .tuple(fc.constantFrom(...JOINABLE_DISTRICT_IDS), gateKit)
  .map(([districtId, events]) => events.map((event): CohortEvent => ({ type: 'district.send', at: '2024-01-15', districtId, event })));
