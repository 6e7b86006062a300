import { performance } from 'node:perf_hooks';
import { findUnobservablePhrasing } from './src/coach/phrasing.ts';
import { readFileSync } from 'node:fs';
const plan = JSON.parse(readFileSync('/tmp/plan.json', 'utf8'));
const actions: string[] = plan.behaviors.map((b: any) => b.action);
const text = readFileSync('/tmp/plan.json', 'utf8');
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const xs: number[] = [], ps: number[] = [], ls: number[] = [];
for (let i = 0; i < 100; i++) {
  let t = performance.now(); JSON.parse(text); ps.push(performance.now() - t);
  t = performance.now(); for (const a of actions) findUnobservablePhrasing(a); xs.push(performance.now() - t);
  t = performance.now(); for (const a of actions) a.toLowerCase().normalize('NFD'); ls.push(performance.now() - t);
}
console.log('phrasing ms', med(xs).toFixed(3), 'lower+nfd', med(ls).toFixed(3), 'parse', med(ps).toFixed(3), 'ratio', (med(xs) / med(ps)).toFixed(3));
console.log(actions.slice(0, 3));
