import { coachPlan } from './src/coach/index.ts';
import { readFileSync } from 'node:fs';
const plan = JSON.parse(readFileSync('/tmp/plan.json', 'utf8'));
for (let i = 0; i < 400; i++) coachPlan(plan, { today: '2026-01-15' });
