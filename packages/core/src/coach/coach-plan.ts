/** The coach: reads a plan and says what is weak in it, why, and what to do. */
import type { Language, Plan } from '../plan/schema.ts';
import { buildContext, type CoachContext, type CoachSettings } from './context.ts';
import { dayNumber, localToday } from './dates.ts';
import { sortFindings } from './findings.ts';
import { COACH_RULES } from './rules/index.ts';
import type { PlanPart } from './rule.ts';
import type { CoachReport, CoverageMatrix, Finding } from './types.ts';

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
  return createCoach()(plan, options);
}

/** A coach that remembers its last report: `coachPlan`, faster on a plan one edit away from the last. */
export type IncrementalCoach = (plan: Plan, options?: CoachOptions) => CoachReport;

/** What an incremental coach keeps of its last run. */
interface LastRun {
  plan: Plan;
  settings: CoachSettings;
  findingsByRule: readonly (readonly Finding[])[];
  coverage: CoverageMatrix;
}

/**
 * A coach for a plan that is being edited: the report is always the one `coachPlan` gives,
 * but a rule whose parts of the plan (`CoachRule.reads`) are the same objects as on the last
 * run, with the same settings, hands back its last findings without running. Plans are
 * immutable and edits share unchanged parts, so after adding a strategy the rules about the
 * result's measures, the behaviors' wording and the discovery lists are not run again.
 */
export function createCoach(): IncrementalCoach {
  let last: LastRun | undefined;
  return (plan, options = {}) => {
    const settings = resolveSettings(plan, options);
    const previous = last !== undefined && sameSettings(last.settings, settings) ? last : undefined;
    const unchanged = (part: PlanPart) => previous !== undefined && previous.plan[part] === plan[part];
    let context: CoachContext | undefined;
    const contextNow = () => (context ??= buildContext(plan, settings));
    const findingsByRule = COACH_RULES.map((rule, index) =>
      previous !== undefined && rule.reads.every(unchanged) ? (previous.findingsByRule[index] ?? []) : rule.check(contextNow()),
    );
    const coverage = previous !== undefined && unchanged('behaviors') && unchanged('strategies') ? previous.coverage : contextNow().coverage;
    last = { plan, settings, findingsByRule, coverage };
    return { findings: sortFindings(findingsByRule.flat()), coverage };
  };
}

/** The options with their defaults, checked. */
function resolveSettings(plan: Plan, options: CoachOptions): CoachSettings {
  const today = options.today ?? localToday();
  const todayDay = dayNumber(today);
  if (todayDay === undefined) throw new RangeError(`coachPlan: today must be a YYYY-MM-DD date, got "${today}"`);
  const ownerLoadLimit = options.ownerLoadLimit ?? DEFAULT_OWNER_LOAD_LIMIT;
  if (!Number.isInteger(ownerLoadLimit) || ownerLoadLimit < 0) {
    throw new RangeError(`coachPlan: ownerLoadLimit must be a whole number ≥ 0, got ${ownerLoadLimit}`);
  }
  return { language: options.language ?? plan.language, today, todayDay, ownerLoadLimit };
}

function sameSettings(a: CoachSettings, b: CoachSettings): boolean {
  return a.language === b.language && a.today === b.today && a.ownerLoadLimit === b.ownerLoadLimit;
}
