import { performance } from 'node:perf_hooks';
import { buildContext } from './src/coach/context.ts';
import { COACH_RULES } from './src/coach/rules/index.ts';
import { dayNumber } from './src/coach/dates.ts';
import { readFileSync } from 'node:fs';
const plan = JSON.parse(readFileSync('/tmp/plan.json', 'utf8'));
const settings = { language: 'en' as const, today: '2026-01-15', todayDay: dayNumber('2026-01-15')!, ownerLoadLimit: 5 };
const ctx = buildContext(plan, settings);
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(3);
{
  const xs = [];
  for (let i = 0; i < 60; i++) { const t = performance.now(); buildContext(plan, settings); xs.push(performance.now() - t); }
  console.log('context', med(xs));
}
for (const rule of COACH_RULES) {
  const xs = [];
  let n = 0;
  for (let i = 0; i < 60; i++) { const t = performance.now(); n = rule.check(ctx).length; xs.push(performance.now() - t); }
  console.log(rule.code.padEnd(30), med(xs), n);
}
