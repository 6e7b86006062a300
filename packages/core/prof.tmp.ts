import { createCohort, type CohortEvent, type DistrictEvent } from './src/rollout/index.ts';
const made = createCohort({ name: 'B', districts: Array.from({ length: 50 }, (_, d) => ({ id: `d${d}`, name: `D${d}`, campuses: Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, name: 'C', wave: 2, teachers: 20, atFidelity: 5 })) })) });
if (!made.ok) throw 1;
const actor = made.actor;
const kinds: ((i: number) => DistrictEvent)[] = [
  (i) => ({ type: 'evidence.record', at: '2024-01-01', evidence: { kind: 'measureReading', date: '2024-01-01', gain: i % 30 } }),
  () => ({ type: 'cycle.record', at: '2024-01-01', cycle: { date: '2024-01-01', observations: 12 } }),
  (i) => ({ type: 'campus.fidelity', at: '2024-01-01', campusId: `c${i % 40}`, atFidelity: i % 21 }),
  () => ({ type: 'showcase.record', at: '2024-01-01', showcase: { date: '2024-01-01', visitors: 10 } }),
  () => ({ type: 'grant.ended', at: '2024-01-01' }),
];
for (const [k, make] of kinds.entries()) {
  const t = performance.now();
  for (let i = 0; i < 5000; i++) actor.send({ type: 'district.send', districtId: `d${i % 50}`, event: make(i) } as CohortEvent);
  console.log('kind', k, ((performance.now() - t) / 5000 * 1000).toFixed(1), 'µs/event');
}
