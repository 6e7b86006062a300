/**
 * The plan as a Markdown report to print or share: every section a board or a coach asks for,
 * headings in the plan's language, user text escaped so it can never become HTML or markup.
 */
import { coachPlan } from '../coach/coach-plan.ts';
import type { Plan } from '../plan/schema.ts';
import { reportContext } from './context.ts';
import { behaviorsSection } from './sections/behaviors.ts';
import { coachSection } from './sections/coach.ts';
import { beliefSection, organizationSection, problemSection, resultSection, titleSection } from './sections/overview.ts';
import { sourcesSection } from './sections/sources.ts';
import { influencersSection, strategiesSection } from './sections/work.ts';

/** Choices for the report. */
export interface PlanReportOptions {
  /** `YYYY-MM-DD`: printed as the report date, and used to mark overdue strategies and stale measures. */
  today?: string;
}

/**
 * A Markdown report of a plan: title, organization, problem of practice, belief statement,
 * result and measures (with progress), vital behaviors with their crucial moments, positive
 * deviants and culture busters, the six-source matrix, strategies, influencers, and the
 * coach's findings grouped by severity.
 */
export function renderPlanReport(plan: Plan, options: PlanReportOptions = {}): string {
  const context = reportContext(plan, options.today);
  const coach = coachPlan(plan, context.today === undefined ? {} : { today: context.today });
  const sections = [
    titleSection(context),
    organizationSection(context),
    problemSection(context),
    beliefSection(context),
    resultSection(context),
    behaviorsSection(context),
    sourcesSection(context),
    strategiesSection(context),
    influencersSection(context),
    coachSection(context, coach),
  ];
  return `${sections.join('\n\n')}\n`;
}
