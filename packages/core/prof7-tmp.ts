import { performance } from 'node:perf_hooks';
import { buildContext } from './src/coach/context.ts';
import { buildCoverage } from './src/coach/coverage.ts';
import { COACH_RULES } from './src/coach/rules/index.ts';
import { sortFindings } from './src/coach/findings.ts';
import { dayNumber } from './src/coach/dates.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync('/tmp/plan.json', 'utf8');
const plan = JSON.parse(text);
const settings = { language: 'en' as const, today: '2026-01-15', todayDay: dayNumber('2026-01-15')!, ownerLoadLimit: 5 };
const ratios = new Map<string, number[]>();
const t = (f: () => unknown) => { const s = performance.now(); f(); return performance.now() - s; };
for (let i = 0; i < 60; i++) {
  const p = t(() => JSON.parse(text));
  let ctx!: ReturnType<typeof buildContext>;
  const c = t(() => { ctx = buildContext(plan, settings); });
  const cov = t(() => buildCoverage(plan, ctx.behaviorIndexById, ctx.strategiesOfBehavior));
  const per: Record<string, number> = {};
  let all: any[] = [];
  for (const r of COACH_RULES) per[r.code] = t(() => { all = all.concat(r.check(ctx)); });
  const s = t(() => sortFindings(all));
  const rec = (k: string, v: number) => { if (i >= 10) (ratios.get(k) ?? ratios.set(k, []).get(k)!).push(v / p); };
  rec('context (incl coverage)', c); rec('coverage alone', cov); rec('sort', s);
  for (const [k, v] of Object.entries(per)) rec(k, v);
}
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let sum = 0;
for (const [k, v] of ratios) { if (k !== 'coverage alone') sum += med(v); console.log(k.padEnd(28), med(v).toFixed(3)); }
console.log('sum', sum.toFixed(3));
import { coachPlan } from './src/coach/coach-plan.ts';
const rs: number[] = [], ms: number[] = [], ps: number[] = [];
for (let i = 0; i < 60; i++) {
  const p = t(() => JSON.parse(text));
  const c = t(() => coachPlan(plan, { today: '2026-01-15' }));
  if (i >= 10) { rs.push(c / p); ms.push(c); ps.push(p); }
}
console.log('coachPlan/parse', med(rs).toFixed(3), 'coach ms', med(ms).toFixed(2), 'parse ms', med(ps).toFixed(2));
