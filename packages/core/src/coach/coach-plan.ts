/** The coach: reads a plan and says what is weak in it, why, and what to do. */
import type { Language, Plan } from '../plan/schema.ts';
import { buildContext } from './context.ts';
import { dayNumber, localToday } from './dates.ts';
import { sortFindings } from './findings.ts';
import { COACH_RULES } from './rules/index.ts';
import type { CoachReport } from './types.ts';

/** Open strategies one owner can carry before the coach warns of initiative fatigue. */
export const DEFAULT_OWNER_LOAD_LIMIT = 5;

/** How to coach: the day to judge dates against, the language, the owner load limit. */
export interface CoachOptions {
  /** The date the coach treats as today (`YYYY-MM-DD`), for staleness and overdue checks. Defaults to the local date. */
  today?: string;
  /** Language of messages and suggestions; defaults to `plan.language`. */
  language?: Language;
  /** Open strategies one owner may carry before `owner-overloaded`; defaults to `DEFAULT_OWNER_LOAD_LIMIT`. */
  ownerLoadLimit?: number;
}

/**
 * Coaches a plan: every rule in `COACH_RULES` runs over indexes built once, so the whole
 * check is linear in the size of the plan. Findings come errors first, then by path;
 * `coverage` maps each behavior id and source to the strategies (not dropped) behind it.
 * Given the same `today`, the report is the same every time.
 *
 * Throws `RangeError` when `today` is not a real `YYYY-MM-DD` date or `ownerLoadLimit`
 * is not a whole number ≥ 0; any plan, however incomplete, is coached without throwing.
 */
export function coachPlan(plan: Plan, options: CoachOptions = {}): CoachReport {
  const today = options.today ?? localToday();
  const todayDay = dayNumber(today);
  if (todayDay === undefined) throw new RangeError(`coachPlan: today must be a YYYY-MM-DD date, got "${today}"`);
  const ownerLoadLimit = options.ownerLoadLimit ?? DEFAULT_OWNER_LOAD_LIMIT;
  if (!Number.isInteger(ownerLoadLimit) || ownerLoadLimit < 0) {
    throw new RangeError(`coachPlan: ownerLoadLimit must be a whole number ≥ 0, got ${ownerLoadLimit}`);
  }
  const context = buildContext(plan, {
    language: options.language ?? plan.language,
    today,
    todayDay,
    ownerLoadLimit,
  });
  const findings = COACH_RULES.flatMap((rule) => rule.check(context));
  return { findings: sortFindings(findings), coverage: context.coverage };
}
