/**
 * Measures the coach's speed as a ratio to `JSON.parse` of the same plan, on a generated
 * plan of 500 vital behaviors and 3,000 strategies (budget: ≤ 1.5).
 *
 *   cd packages/core && ../../node_modules/.bin/tsx scripts/coach-ratio.ts
 *
 * Machines are shared and noisy, so both are timed in the same run, alternating, and the
 * medians of 15 runs are compared, in CPU time (the robust figure on a busy machine) and in
 * wall-clock time.
 */
import { performance } from 'node:perf_hooks';
import { coachPlan } from '../src/coach/index.ts';
import type { Plan, Strategy, VitalBehavior } from '../src/plan/schema.ts';
import { SOURCES, tacticsOf } from '../src/plan/sources.ts';
import { serializePlan } from '../src/plan/document.ts';

const BEHAVIORS = 500;
const STRATEGIES = 3_000;
const RUNS = 15;
const WARMUP = 10;
const TODAY = '2026-01-15';

/** A small seeded generator, so every run measures the same plan. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ACTIONS = [
  'Meet every three weeks to study station data and regroup students by need',
  'Reteach a missed concept at the small-group station the same day',
  'Post the day’s station groups on the board before the first bell',
  'Visit two station rotations a week and leave one piece of written feedback',
  'Embrace blended learning in every classroom', // a feeling, flagged
  'Improve reading scores across the grade', // an outcome, flagged
  'Will be evaluated on their use of stations', // a policy, flagged
];

function generatePlan(): Plan {
  const next = random(2008);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const date = (year: number) =>
    `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  const behaviorId = (i: number) => `beh-${i}`;

  const behaviors: VitalBehavior[] = Array.from({ length: BEHAVIORS }, (_, i) => ({
    id: behaviorId(i),
    who: `Grade ${i % 6} teachers at campus ${i % 40}`,
    action: `${pick(ACTIONS)} (routine ${i}).`,
    measuredBy: i % 25 === 0 ? '' : 'Walkthrough tally by the campus coach, every week.',
    origin: 'research',
  }));
  const owners = Array.from({ length: 80 }, (_, i) => `Coach ${i}`);
  const strategies: Strategy[] = Array.from({ length: STRATEGIES }, (_, i) => {
    const source = pick(SOURCES);
    const targets = Array.from({ length: 1 + Math.floor(next() * 3) }, () => behaviorId(Math.floor(next() * BEHAVIORS)));
    return {
      id: `str-${i}`,
      source,
      tactic: pick(tacticsOf(source)),
      description: `Strategy ${i}: a concrete step that makes the vital behavior easier or more worth doing for the team.`,
      behaviorIds: i % 97 === 0 ? [] : [...new Set(targets)],
      owner: i % 31 === 0 ? undefined : pick(owners),
      start: date(2025),
      due: date(next() < 0.5 ? 2025 : 2026),
      status: pick(['planned', 'in-progress', 'in-progress', 'done', 'dropped'] as const),
    };
  });
  const measures = Array.from({ length: 3 }, (_, m) => ({
    id: `mea-${m}`,
    name: `Measure ${m}`,
    unit: '% of students',
    direction: 'increase' as const,
    cadence: pick(['weekly', 'every-three-weeks', 'monthly'] as const),
    baseline: { value: 40 + m, date: '2024-09-15' },
    target: { value: 80, date: '2027-05-28' },
    observations: Array.from({ length: 100 }, (_, o) => ({ id: `obs-${m}-${o}`, date: date(2025), value: 40 + next() * 40 })),
  }));
  const links = () => (next() < 0.1 ? [] : [behaviorId(Math.floor(next() * BEHAVIORS))]);
  return {
    id: 'plan-large',
    title: 'Generated district plan',
    language: 'en',
    organization: { name: 'Generated Unified', kind: 'district', students: 40_000, campuses: 40 },
    problemOfPractice: 'Too few third graders read at grade level by spring.',
    beliefStatement: 'Every child can read by third grade when adults act on the data every three weeks.',
    result: { statement: 'Third graders at grade level from 49% to 79% by spring 2027.', measures },
    behaviors,
    obvious: [],
    crucialMoments: Array.from({ length: 100 }, (_, i) => ({ id: `mom-${i}`, when: `When moment ${i} comes.`, behaviorIds: links() })),
    positiveDeviants: Array.from({ length: 50 }, (_, i) => ({
      id: `dev-${i}`,
      who: `Teacher ${i}`,
      practice: 'Regroups every Friday.',
      behaviorIds: links(),
    })),
    cultureBusters: Array.from({ length: 50 }, (_, i) => ({ id: `bus-${i}`, description: `Taboo ${i}.`, behaviorIds: links() })),
    strategies,
    influencers: [],
    createdAt: '2025-08-20T09:00:00.000Z',
    updatedAt: '2025-10-06T15:30:00.000Z',
  };
}

/** Wall-clock and CPU milliseconds of one call. CPU time (all threads of the process, GC
 * helpers included) is what a busy shared machine distorts least: it leaves out the time
 * the process waited for a core. */
function time(work: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const plan = generatePlan();
const texts = { compact: JSON.stringify(plan), file: serializePlan(plan) };
const parsed = JSON.parse(texts.compact) as Plan;
const report = coachPlan(parsed, { today: TODAY });

for (let i = 0; i < WARMUP; i++) {
  JSON.parse(texts.compact);
  JSON.parse(texts.file);
  coachPlan(parsed, { today: TODAY });
}
type Samples = { wall: number[]; cpu: number[] };
const samples: Record<'compact' | 'file' | 'coach', Samples> = {
  compact: { wall: [], cpu: [] },
  file: { wall: [], cpu: [] },
  coach: { wall: [], cpu: [] },
};
const record = (into: Samples, timing: { wall: number; cpu: number }) => {
  into.wall.push(timing.wall);
  into.cpu.push(timing.cpu);
};
for (let i = 0; i < RUNS; i++) {
  record(samples.compact, time(() => JSON.parse(texts.compact)));
  record(samples.coach, time(() => coachPlan(parsed, { today: TODAY })));
  record(samples.file, time(() => JSON.parse(texts.file)));
}

console.log(`plan: ${BEHAVIORS} behaviors, ${STRATEGIES} strategies; ${report.findings.length} findings`);
console.log(`text: ${(texts.compact.length / 1024).toFixed(0)} KiB compact, ${(texts.file.length / 1024).toFixed(0)} KiB as a saved file`);
for (const clock of ['cpu', 'wall'] as const) {
  const coach = median(samples.coach[clock]);
  const compact = median(samples.compact[clock]);
  const file = median(samples.file[clock]);
  console.log(
    `${clock} time, median of ${RUNS}: coachPlan ${coach.toFixed(2)} ms, JSON.parse ${compact.toFixed(2)} ms (compact) / ${file.toFixed(2)} ms (file)` +
      ` → ratio ${(coach / compact).toFixed(2)} (compact) / ${(coach / file).toFixed(2)} (file); budget 1.5`,
  );
}
