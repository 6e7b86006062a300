import { performance } from 'node:perf_hooks';
import { buildContext } from './src/coach/context.ts';
import { COACH_RULES } from './src/coach/rules/index.ts';
import { sortFindings } from './src/coach/findings.ts';
import { dayNumber } from './src/coach/dates.ts';
import { readFileSync } from 'node:fs';
const plan = JSON.parse(readFileSync('/tmp/plan.json', 'utf8'));
const settings = { language: 'en' as const, today: '2026-01-15', todayDay: dayNumber('2026-01-15')!, ownerLoadLimit: 5 };
const totals = new Map<string, number>();
for (let run = -10; run < 20; run++) {
  if (run === 0) totals.clear();
  let t = performance.now();
  const ctx = buildContext(plan, settings);
  totals.set('context', (totals.get('context') ?? 0) + performance.now() - t);
  const all = [];
  for (const rule of COACH_RULES) {
    t = performance.now();
    all.push(...rule.check(ctx));
    totals.set(rule.code, (totals.get(rule.code) ?? 0) + performance.now() - t);
  }
  t = performance.now(); sortFindings(all); totals.set('sort', (totals.get('sort') ?? 0) + performance.now() - t);
}
for (const [k, v] of totals) console.log(k.padEnd(30), (v / 20).toFixed(2));
