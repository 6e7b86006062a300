/**
 * Times plan-map generation on a 500-behavior, 3,000-strategy plan against `JSON.parse` of the
 * same plan's file text, and prints the ratio of the medians (budget: at most 1).
 * Run from packages/core: `../../node_modules/.bin/tsx scripts/bench-plan-map.ts`.
 */
import { planMapDiagram } from '../src/diagrams/index.ts';
import { serializePlan, type Plan } from '../src/plan/index.ts';
import { largePlan } from '../test/diagrams/large-plan.ts';

const RUNS = 15;
const WARMUP = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(run: () => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

const text = serializePlan(largePlan({ behaviors: 500, strategies: 3_000 }));
const plan = (JSON.parse(text) as { plan: Plan }).plan;
let size = 0;
// Interleave the two measurements so machine noise hits both alike.
const parseTimes: number[] = [];
const mapTimes: number[] = [];
for (let round = 0; round < 3; round++) {
  parseTimes.push(...time(() => JSON.parse(text)));
  mapTimes.push(...time(() => (size = planMapDiagram(plan).length)));
}
const parse = median(parseTimes);
const map = median(mapTimes);
console.log(`plan text: ${(text.length / 1024).toFixed(0)} KiB; plan-map source: ${size} characters`);
console.log(`JSON.parse median: ${parse.toFixed(2)} ms (${parseTimes.length} runs)`);
console.log(`planMapDiagram median: ${map.toFixed(2)} ms (${mapTimes.length} runs)`);
console.log(`ratio plan map / JSON.parse: ${(map / parse).toFixed(3)}`);
