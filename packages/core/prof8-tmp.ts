import { coachPlan } from './src/coach/coach-plan.ts';
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
const text = readFileSync('/tmp/plan.json', 'utf8');
const plan = JSON.parse(text);
for (let i = 0; i < 20; i++) coachPlan(plan, { today: '2026-01-15' });
const before = v8.getHeapStatistics().total_allocated_bytes ?? 0;
// total_allocated_bytes isn't available in node 20; fall back to heap used deltas with gc disabled is not possible
console.log(Object.keys(v8.getHeapStatistics()));
