/** What stands between a plan and its approval: the coach's findings of severity `error`. */
import { coachPlan } from '../coach/coach-plan.ts';
import type { CoachReport, Finding } from '../coach/types.ts';
import type { Plan } from '../plan/schema.ts';

/** A coach: reads a plan and says what is weak in it. `coachPlan` is the library's own. */
export type PlanCoach = (plan: Plan, options?: { today?: string }) => CoachReport;

/** Options of `approvalBlockers`. */
export interface ApprovalOptions {
  /** The date the coach treats as today (`YYYY-MM-DD`). */
  today?: string;
  /** The coach to ask (default `coachPlan`). */
  coach?: PlanCoach;
}

/** The findings that block approval of `plan`: every finding of severity `error`. Empty means approvable. */
export function approvalBlockers(plan: Plan, options: ApprovalOptions = {}): Finding[] {
  const coach = options.coach ?? coachPlan;
  const report = coach(plan, options.today === undefined ? {} : { today: options.today });
  return report.findings.filter((finding) => finding.severity === 'error');
}
