/**
 * fast-check arbitraries of random, VALID influence plans, for property tests and fuzzing.
 *
 * Every generated plan passes `PlanSchema` and `checkReferences`: ids are unique across the
 * whole plan, every `behaviorIds` entry names a behavior of the plan (once), each strategy's
 * tactic belongs to its source, and dates run forward (start ≤ due, baseline ≤ target).
 * Counts of every list are random (empty lists included), text mixes real phrases in several
 * scripts with random graphemes, and optional fields are sometimes absent (never `undefined`,
 * so a plan survives a JSON round trip unchanged).
 *
 * Links are generated as indexes and resolved against the behaviors afterwards, so fast-check
 * can shrink a failing plan without breaking its references.
 */
import fc from 'fast-check';
import { LIMITS } from '../../src/plan/limits.ts';
import {
  BEHAVIOR_ORIGINS,
  CADENCES,
  LANGUAGES,
  STANCES,
  STRATEGY_STATUSES,
  type CrucialMoment,
  type CultureBuster,
  type Influencer,
  type Measure,
  type MeasurePoint,
  type Observation,
  type ObviousNote,
  type Organization,
  type Plan,
  type PositiveDeviant,
  type Strategy,
  type VitalBehavior,
} from '../../src/plan/schema.ts';
import { SOURCES, tacticsOf } from '../../src/plan/sources.ts';

/** Upper bounds on the sizes of generated plans. */
export interface PlanArbitraryOptions {
  /** Most vital behaviors (default 6). */
  maxBehaviors?: number;
  /** Most strategies (default 12). */
  maxStrategies?: number;
  /** Most items in each discovery list and of influencers (default 4). */
  maxItems?: number;
  /** Most measures (default 3). */
  maxMeasures?: number;
  /** Most observations per measure (default 5). */
  maxObservations?: number;
  /** Most links from one item to behaviors (default 4). */
  maxLinks?: number;
}

/** Real phrases, in the scripts and punctuation plans actually contain. */
export const SAMPLE_TEXTS: readonly string[] = [
  'K-3 teachers',
  'Run a data dig every three weeks and regroup students by need.',
  'Maestras de 3.º grado: “brillos y crecimientos” cada tres semanas',
  'Año escolar 2025–26 — 49 % → 79 %',
  'Directora Ana Ruiz (Socorro ISD)',
  'Élèves à risque — suivi hebdomadaire',
  '三年级阅读达标率',
  'معلمو الصف الثالث',
  'Ученики 3-го класса',
  'שיעור קריאה',
  '📈 Data wall update 👩🏽‍🏫👨‍👩‍👧',
  'e\u0301cole (combining accent)',
  'tab\there, new\nline',
  '<script>alert("x")</script> & "quotes" \'single\'',
  '#1;&amp; %s {{name}} ${x} `code`',
  '   leading and trailing spaces   ',
  '',
];

/** Turns -0 into 0: JSON writes -0 as 0, so a round trip would otherwise change the plan. */
const noNegativeZero = (n: number): number => (Object.is(n, -0) ? 0 : n);

/** Finite numbers: mostly whole, sometimes fractional, negative or large. */
export const finiteNumberArb: fc.Arbitrary<number> = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: -1_000, max: 100_000 }) },
    { weight: 2, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 0.1, 99.99, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER) },
  )
  .map(noNegativeZero);

/** Text up to `maxLength` UTF-16 units: sample phrases, random graphemes, rarely the maximum length. */
export function textArb(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SAMPLE_TEXTS) },
      { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
      { weight: 1, arbitrary: fc.constant('é'.repeat(maxLength)) },
    )
    .filter((text) => text.length <= maxLength);
}

/** Names, titles, roles: up to `LIMITS.maxShortText`. */
export const shortTextArb: fc.Arbitrary<string> = textArb(LIMITS.maxShortText);
/** Statements and descriptions: up to `LIMITS.maxLongText` (kept short but for a rare maximum). */
export const longTextArb: fc.Arbitrary<string> = textArb(LIMITS.maxLongText);

/** The part of an id after its prefix: letters, digits, `_` and `-`. */
const idTailArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);

/**
 * Ids `<prefix>-<tail>`. Each list uses its own prefix, which keeps ids unique across lists;
 * uniqueness within a list comes from `fc.uniqueArray`.
 */
export function idArb(prefix: string): fc.Arbitrary<string> {
  return idTailArb.map((tail) => `${prefix}-${tail}`);
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2099, 11, 31) / DAY_MS;
const dayArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Calendar dates `YYYY-MM-DD` between 1990 and 2099. */
export const dateArb: fc.Arbitrary<string> = dayArb.map(isoDay);

/** Two dates in order (equal allowed): a start and an end. */
export const dateRangeArb: fc.Arbitrary<[string, string]> = fc
  .tuple(dayArb, dayArb)
  .map(([a, b]) => [isoDay(Math.min(a, b)), isoDay(Math.max(a, b))]);

/** Date-times with an offset: `Z`, or `±HH:MM`, with or without milliseconds. */
export const dateTimeArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: FIRST_DAY * DAY_MS, max: LAST_DAY * DAY_MS }),
    fc.constantFrom('Z', '+00:00', '+05:30', '-07:00', '+14:00'),
    fc.boolean(),
  )
  .map(([ms, offset, millis]) => {
    const text = new Date(ms).toISOString();
    return `${millis ? text.slice(0, 23) : text.slice(0, 19)}${offset}`;
  });

const byId = <T extends { id: string }>(item: T): string => item.id;

/** Indexes into the behavior list, resolved to ids once the behaviors are known. */
const linksArb = (maxLinks: number) => fc.uniqueArray(fc.nat(1_000), { maxLength: maxLinks });

/** Resolves link indexes to distinct behavior ids (none when the plan has no behaviors). */
function resolveLinks(indexes: readonly number[], behaviorIds: readonly string[]): string[] {
  if (behaviorIds.length === 0) return [];
  return [...new Set(indexes.map((i) => behaviorIds[i % behaviorIds.length] as string))];
}

type Linked<T> = Omit<T, 'behaviorIds'> & { links: number[] };

const behaviorArb: fc.Arbitrary<VitalBehavior> = fc.record({
  id: idArb('beh'),
  who: shortTextArb,
  action: longTextArb,
  measuredBy: longTextArb,
  origin: fc.constantFrom(...BEHAVIOR_ORIGINS),
}, { noNullPrototype: true });

const strategyArb = (maxLinks: number): fc.Arbitrary<Linked<Strategy>> =>
  fc
    .record(
      {
        id: idArb('str'),
        source: fc.constantFrom(...SOURCES),
        tacticIndex: fc.nat(20),
        description: longTextArb,
        links: linksArb(maxLinks),
        owner: shortTextArb,
        dates: fc.oneof(
          fc.constant({}),
          dateArb.map((start) => ({ start })),
          dateArb.map((due) => ({ due })),
          dateRangeArb.map(([start, due]) => ({ start, due })),
        ),
        status: fc.constantFrom(...STRATEGY_STATUSES),
      },
      { noNullPrototype: true, requiredKeys: ['id', 'source', 'tacticIndex', 'description', 'links', 'dates', 'status'] },
    )
    .map(({ tacticIndex, dates, ...rest }) => {
      const tactics = tacticsOf(rest.source);
      return { ...rest, ...dates, tactic: tactics[tacticIndex % tactics.length] as Strategy['tactic'] };
    });

const crucialMomentArb = (maxLinks: number): fc.Arbitrary<Linked<CrucialMoment>> =>
  fc.record({ id: idArb('mom'), when: longTextArb, links: linksArb(maxLinks) }, { noNullPrototype: true });

const positiveDeviantArb = (maxLinks: number): fc.Arbitrary<Linked<PositiveDeviant>> =>
  fc.record({ id: idArb('dev'), who: shortTextArb, practice: longTextArb, links: linksArb(maxLinks) }, { noNullPrototype: true });

const cultureBusterArb = (maxLinks: number): fc.Arbitrary<Linked<CultureBuster>> =>
  fc.record({ id: idArb('bus'), description: longTextArb, links: linksArb(maxLinks) }, { noNullPrototype: true });

const obviousArb = (maxLinks: number): fc.Arbitrary<Linked<ObviousNote>> =>
  fc.record({ id: idArb('obv'), text: longTextArb, links: linksArb(maxLinks) }, { noNullPrototype: true });

const influencerArb: fc.Arbitrary<Influencer> = fc.record({
  id: idArb('inf'),
  name: shortTextArb,
  role: shortTextArb,
  kind: fc.constantFrom('organizational', 'opinion-leader'),
  stance: fc.constantFrom(...STANCES),
  reach: shortTextArb,
}, { noNullPrototype: true });

/** A baseline and a target, each with an optional value and date; dates in order when both exist. */
const measurePointsArb: fc.Arbitrary<{ baseline: MeasurePoint; target: MeasurePoint }> = fc
  .record({
    baselineValue: fc.option(finiteNumberArb, { nil: undefined }),
    targetValue: fc.option(finiteNumberArb, { nil: undefined }),
    dates: fc.oneof(
      fc.constant({}),
      dateArb.map((baseline) => ({ baseline })),
      dateArb.map((target) => ({ target })),
      dateRangeArb.map(([baseline, target]) => ({ baseline, target })),
    ),
  })
  .map(({ baselineValue, targetValue, dates }) => ({
    baseline: point(baselineValue, (dates as { baseline?: string }).baseline),
    target: point(targetValue, (dates as { target?: string }).target),
  }));

function point(value: number | undefined, date: string | undefined): MeasurePoint {
  return { ...(value !== undefined && { value }), ...(date !== undefined && { date }) };
}

const observationArb: fc.Arbitrary<Observation> = fc.record(
  { id: idTailArb, date: dateArb, value: finiteNumberArb, note: longTextArb },
  { noNullPrototype: true, requiredKeys: ['id', 'date', 'value'] },
);

/** A measure whose observation ids are bare tails, until `numberObservations` prefixes them. */
const measureArb = (maxObservations: number): fc.Arbitrary<Measure> =>
  fc
    .record({
      id: idArb('mea'),
      name: shortTextArb,
      unit: shortTextArb,
      direction: fc.constantFrom('increase', 'decrease'),
      cadence: fc.constantFrom(...CADENCES),
      points: measurePointsArb,
      // Observations in any order: the schema does not sort them, and files may not either.
      observations: fc.uniqueArray(observationArb, { selector: byId, maxLength: maxObservations }),
    })
    .map(({ points, ...rest }) => ({ ...rest, ...points }));

/** Prefixes observation ids with `obs<measure index>-`, unique across measures (digits hold no `-`). */
function numberObservations(measures: readonly Measure[]): Measure[] {
  return measures.map((measure, m) => ({
    ...measure,
    observations: measure.observations.map((observation) => ({ ...observation, id: `obs${m}-${observation.id}` })),
  }));
}

const organizationArb: fc.Arbitrary<Organization> = fc.record(
  {
    name: shortTextArb,
    kind: fc.constantFrom('district', 'campus', 'network', 'other'),
    students: fc.nat(100_000_000),
    campuses: fc.nat(5_000),
    teachers: fc.nat(1_000_000),
    location: shortTextArb,
  },
  { noNullPrototype: true, requiredKeys: ['name', 'kind'] },
);

/** Random valid influence plans; see the file comment for what "valid" covers. */
export function planArbitrary(options: PlanArbitraryOptions = {}): fc.Arbitrary<Plan> {
  const maxItems = options.maxItems ?? 4;
  const maxLinks = options.maxLinks ?? 4;
  const list = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
    fc.uniqueArray(item, { selector: byId, maxLength });
  return fc
    .record({
      id: idArb('plan'),
      title: shortTextArb,
      language: fc.constantFrom(...LANGUAGES),
      organization: organizationArb,
      problemOfPractice: longTextArb,
      beliefStatement: longTextArb,
      statement: longTextArb,
      measures: list(measureArb(options.maxObservations ?? 5), options.maxMeasures ?? 3),
      behaviors: list(behaviorArb, options.maxBehaviors ?? 6),
      obvious: list(obviousArb(maxLinks), maxItems),
      crucialMoments: list(crucialMomentArb(maxLinks), maxItems),
      positiveDeviants: list(positiveDeviantArb(maxLinks), maxItems),
      cultureBusters: list(cultureBusterArb(maxLinks), maxItems),
      strategies: list(strategyArb(maxLinks), options.maxStrategies ?? 12),
      influencers: list(influencerArb, maxItems),
      createdAt: dateTimeArb,
      updatedAt: dateTimeArb,
    })
    .map(({ statement, measures, ...raw }): Plan => {
      const behaviorIds = raw.behaviors.map(byId);
      const link = <T extends { links: number[] }>({ links, ...item }: T) => ({
        ...item,
        behaviorIds: resolveLinks(links, behaviorIds),
      });
      return {
        id: raw.id,
        title: raw.title,
        language: raw.language,
        organization: raw.organization,
        problemOfPractice: raw.problemOfPractice,
        beliefStatement: raw.beliefStatement,
        result: { statement, measures: numberObservations(measures) },
        behaviors: raw.behaviors,
        obvious: raw.obvious.map(link),
        crucialMoments: raw.crucialMoments.map(link),
        positiveDeviants: raw.positiveDeviants.map(link),
        cultureBusters: raw.cultureBusters.map(link),
        strategies: raw.strategies.map(link),
        influencers: raw.influencers,
        createdAt: raw.createdAt,
        updatedAt: raw.updatedAt,
      };
    });
}
