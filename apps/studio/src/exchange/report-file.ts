/** The Markdown report download, loaded when first asked for (the report renderer is not needed before). */
import { renderPlanReport, type Plan } from '@sixsources/core';
import { downloadText, fileNameFor } from './download.ts';

/** Downloads the plan's Markdown report. */
export function downloadReport(plan: Plan): void {
  downloadText(fileNameFor(plan.title, 'md'), renderPlanReport(plan), 'text/markdown');
}
