import { buildContext } from './src/coach/context.ts';
import { strategyOverdue } from './src/coach/rules/strategy-overdue.ts';
import { behaviorNotObservable } from './src/coach/rules/behavior-not-observable.ts';
import { dayNumber } from './src/coach/dates.ts';
import { readFileSync } from 'node:fs';
const plan = JSON.parse(readFileSync('/tmp/plan.json', 'utf8'));
const settings = { language: 'en' as const, today: '2026-01-15', todayDay: dayNumber('2026-01-15')!, ownerLoadLimit: 5 };
const ctx = buildContext(plan, settings);
for (let i = 0; i < 200; i++) { strategyOverdue.check(ctx); behaviorNotObservable.check(ctx); }
