/**
 * The coach's report for a plan, computed once per plan object, day and language. Plans are
 * immutable (each edit makes a new object), so the object itself is the cache key.
 */
import { createCoach, type CoachReport, type Language, type Plan } from '@sixsources/core';

const cache = new WeakMap<Plan, Map<string, CoachReport>>();
// Incremental: after an edit, only the rules reading the parts that changed run again.
const coach = createCoach();

/** Today as `YYYY-MM-DD` in the person's own time zone. */
export function localToday(date = new Date()): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The coach's report on `plan` as of `today`, worded in `language` (default: the plan's). */
export function coachReportOf(plan: Plan, today: string = localToday(), language: Language = plan.language): CoachReport {
  const key = `${today}|${language}`;
  let reports = cache.get(plan);
  const hit = reports?.get(key);
  if (hit !== undefined) return hit;
  const report = coach(plan, { today, language });
  if (reports === undefined) {
    reports = new Map();
    cache.set(plan, reports);
  }
  reports.set(key, report);
  return report;
}
