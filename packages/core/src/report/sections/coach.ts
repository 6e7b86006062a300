/** What the coach says about the plan, errors first. */
import type { CoachReport, Severity } from '../../coach/types.ts';
import type { ReportContext } from '../context.ts';
import { mdInline } from '../markdown.ts';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Coach messages can quote user text, so they are escaped like it. */
export function coachSection({ words }: ReportContext, report: CoachReport): string {
  const parts = [`## ${words.headings.coach}`];
  if (report.findings.length === 0) parts.push(words.noFindings);
  for (const severity of ORDER) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    const items = findings.map((finding) => {
      const suggestion = mdInline(finding.suggestion);
      const code = mdInline(finding.code);
      const head = `- ${mdInline(finding.message)}${code === '' ? '' : ` (${code})`}`;
      // A trailing backslash is a hard line break: the suggestion sits on its own line.
      return suggestion === '' ? head : `${head}\\\n  ${words.suggestion}: ${suggestion}`;
    });
    parts.push(`### ${words.severities[severity]} (${findings.length})`, items.join('\n'));
  }
  return parts.join('\n\n');
}
