import { performance } from 'node:perf_hooks';
import { shorten } from './src/coach/labels.ts';
import { MESSAGES } from './src/coach/messages.ts';
import { dayNumber } from './src/coach/dates.ts';
const d = 'Strategy 12: a concrete step that makes the vital behavior easier or more worth doing for the team.';
function bench(name: string, f: () => unknown) {
  for (let i = 0; i < 2000; i++) f();
  const t = performance.now(); for (let i = 0; i < 10000; i++) f(); console.log(name, ((performance.now() - t) / 10).toFixed(3), 'µs');
}
bench('shorten', () => shorten(d, 'x'));
bench('replace ws', () => d.replace(/\s+/g, ' '));
bench('trailing', () => d.replace(/[.;:,!]+$/u, ''));
bench('dayNumber', () => dayNumber('2025-04-17'));
const p = { strategyId: 's', strategy: 'Strategy 12: a concrete step', due: '2025-04-17', daysLate: 3 };
bench('message', () => MESSAGES['strategy-overdue'].en.message(p) + MESSAGES['strategy-overdue'].en.suggestion(p));
