/**
 * The coach's report for a plan, computed once per plan object and day. Plans are immutable
 * (each edit makes a new object), so the object itself is the cache key.
 */
import { coachPlan, type CoachReport, type Plan } from '@sixsources/core';

const cache = new WeakMap<Plan, { today: string; report: CoachReport }>();

/** Today as `YYYY-MM-DD` in the person's own time zone. */
export function localToday(date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The coach's report on `plan` as of `today`. */
export function coachReportOf(plan: Plan, today: string = localToday()): CoachReport {
  const hit = cache.get(plan);
  if (hit !== undefined && hit.today === today) return hit.report;
  const report = coachPlan(plan, { today });
  cache.set(plan, { today, report });
  return report;
}
