/**
 * How much slower reading a plan file is than `JSON.parse` of the same text, on a plan with
 * 500 behaviors and 3,000 strategies. Prints the median of several runs as a ratio (budget: 3).
 * Run once:  node_modules/.bin/tsx packages/core/scripts/bench-parse.ts
 */
import { serializePlan } from '../src/plan/document.ts';
import { parsePlanDocument } from '../src/plan/parse.ts';
import { largePlan } from '../test/support/large-plan.ts';

const RUNS = 15;
const text = serializePlan(largePlan({ behaviors: 500, strategies: 3_000 }));

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const check = parsePlanDocument(text);
if (!check.ok) throw new Error(`the generated plan is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);

// Warm both paths so the ratio compares optimized code.
for (let i = 0; i < 3; i++) {
  JSON.parse(text);
  parsePlanDocument(text);
}
const jsonTimes: number[] = [];
const parseTimes: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const json = time(() => JSON.parse(text));
  const parse = time(() => parsePlanDocument(text));
  jsonTimes.push(json);
  parseTimes.push(parse);
  ratios.push(parse / json);
}
console.log(`plan file: ${(text.length / 1024).toFixed(0)} KiB, ${RUNS} runs`);
console.log(`JSON.parse         median ${median(jsonTimes).toFixed(2)} ms`);
console.log(`parsePlanDocument  median ${median(parseTimes).toFixed(2)} ms`);
console.log(`ratio (median of per-run ratios): ${median(ratios).toFixed(2)}  (budget ≤ 3)`);
