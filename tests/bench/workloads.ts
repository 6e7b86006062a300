/**
 * The workloads of the benchmark suite, generated from a fixed seed so every run measures the
 * same plans: a district plan (12 behaviors, 60 strategies, 10 measures with three years of
 * weekly observations), a large plan (500 behaviors, 3,000 strategies) and a cohort of
 * 50 districts × 40 campuses.
 */
import {
  BEHAVIOR_ORIGINS,
  SOURCES,
  STRATEGY_STATUSES,
  tacticsOf,
  type CohortInput,
  type Measure,
  type Plan,
  type Strategy,
  type VitalBehavior,
} from '@sixsources/core';

/** The seed of every generated workload. */
export const WORKLOAD_SEED = 20261123;

/** A small deterministic generator (mulberry32): the same seed gives the same plans on every machine. */
export function seededRandom(seed = WORKLOAD_SEED): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function isoDay(start: string, plusDays: number): string {
  const day = new Date(`${start}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + plusDays);
  return day.toISOString().slice(0, 10);
}

const WHO = ['K-3 teachers', 'Campus coaches', 'Principals', 'Reading interventionists', 'Families', 'Librarians'];
const ROUTINES = ['a data dig', 'a small-group rotation', 'a reteach station', 'a walkthrough', 'a family reading night'];

/** The numbers of things in a generated plan. */
export interface PlanSize {
  behaviors: number;
  strategies: number;
  measures: number;
  /** Observations per measure, one a week from the baseline. */
  observationsPerMeasure: number;
}

/** The district plan of the issue: 12 behaviors, 60 strategies, 10 measures × 3 years of weekly observations. */
export const DISTRICT_PLAN_SIZE: PlanSize = { behaviors: 12, strategies: 60, measures: 10, observationsPerMeasure: 156 };
/** The large plan of the issue: 500 behaviors and 3,000 strategies. */
export const LARGE_PLAN_SIZE: PlanSize = { behaviors: 500, strategies: 3_000, measures: 10, observationsPerMeasure: 52 };

/** A valid influence plan of `size`, the same for the same `seed`; every link resolves. */
export function generatePlan(size: PlanSize, seed = WORKLOAD_SEED): Plan {
  const random = seededRandom(seed);
  const behaviors: VitalBehavior[] = Array.from({ length: size.behaviors }, (_, i) => ({
    id: `beh-${i}`,
    who: pick(random, WHO),
    action: `Run ${pick(random, ROUTINES)} (routine ${i + 1}) and regroup students by what the data show.`,
    measuredBy: `Weekly tally ${i + 1} by the campus coach.`,
    origin: pick(random, BEHAVIOR_ORIGINS),
  }));
  const strategies: Strategy[] = Array.from({ length: size.strategies }, (_, i) => {
    const source = SOURCES[i % SOURCES.length] as Strategy['source'];
    const first = Math.floor(random() * size.behaviors);
    return {
      id: `str-${i}`,
      source,
      tactic: pick(random, tacticsOf(source)) as Strategy['tactic'],
      description: `Strategy ${i + 1}: a concrete step from the ${source} source that makes the behavior easier.`,
      behaviorIds: [...new Set([`beh-${first}`, `beh-${(first + 1 + Math.floor(random() * 3)) % size.behaviors}`])],
      owner: `Owner ${i % 9}`,
      start: '2025-08-01',
      due: '2027-05-28',
      status: pick(random, STRATEGY_STATUSES),
    };
  });
  const measures: Measure[] = Array.from({ length: size.measures }, (_, m) => {
    const baseline = 30 + Math.floor(random() * 30);
    return {
      id: `mea-${m}`,
      name: `Measure ${m + 1}`,
      unit: '% of students',
      direction: 'increase',
      cadence: 'weekly',
      baseline: { value: baseline, date: '2024-08-05' },
      target: { value: baseline + 20, date: '2027-08-02' },
      observations: Array.from({ length: size.observationsPerMeasure }, (_, w) => ({
        id: `obs-${m}-${w}`,
        date: isoDay('2024-08-12', w * 7),
        value: Math.round((baseline + (w / size.observationsPerMeasure) * 20 + random() * 4 - 2) * 10) / 10,
      })),
    };
  });
  const crucialMoments = Array.from({ length: Math.max(1, Math.ceil(size.behaviors / 4)) }, (_, i) => ({
    id: `mom-${i}`,
    when: `Moment ${i + 1}: when the three-week data arrive and a group has slipped.`,
    behaviorIds: [`beh-${(i * 4) % size.behaviors}`],
  }));
  return {
    id: `plan-bench-${size.behaviors}-${size.strategies}`,
    title: `Benchmark plan: ${size.behaviors} behaviors, ${size.strategies} strategies`,
    language: 'en',
    organization: { name: 'Benchmark ISD', kind: 'district', students: 41_000, campuses: 41 },
    problemOfPractice: 'Too few third graders read at grade level by spring.',
    beliefStatement: 'Every child can read by third grade when adults act on the data every three weeks.',
    result: { statement: 'Raise third graders reading at grade level from 49% to 79% by May 2027.', measures },
    behaviors,
    obvious: [],
    crucialMoments,
    positiveDeviants: [],
    cultureBusters: [],
    strategies,
    influencers: [],
    createdAt: '2025-08-20T09:00:00.000Z',
    updatedAt: '2025-10-06T15:30:00.000Z',
  };
}

/** The cohort of the issue: 50 districts × 40 campuses, two pilot campuses in each. */
export function cohortInput(districts = 50, campuses = 40): CohortInput {
  return {
    name: 'Benchmark cohort',
    districts: Array.from({ length: districts }, (_, d) => ({
      id: `d${d}`,
      name: `District ${d}`,
      campuses: Array.from({ length: campuses }, (_, c) => ({ id: `c${c}`, name: `Campus ${c}`, wave: c < 2 ? 1 : 2, teachers: 20, atFidelity: 5 })),
    })),
  };
}
