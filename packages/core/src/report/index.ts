/** The plan as a Markdown report. */
export { renderPlanReport, type PlanReportOptions } from './plan-report.ts';
