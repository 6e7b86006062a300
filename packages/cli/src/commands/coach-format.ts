/** The coach's findings as text for people: grouped by severity, each with paths and a suggestion. */
import type { CoachReport, Plan, Severity } from '@sixsources/core';
import { terminalSafe } from '../terminal-text.ts';

/** How much each severity weighs; `--fail-on` compares against it. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

interface Group {
  severity: Severity;
  heading: string;
  one: string;
  many: string;
}

// Headings follow the plan's language, like the coach's own sentences.
const GROUPS: Readonly<Record<Plan['language'], readonly Group[]>> = {
  en: [
    { severity: 'error', heading: 'Errors (block approval)', one: 'error', many: 'errors' },
    { severity: 'warning', heading: 'Warnings', one: 'warning', many: 'warnings' },
    { severity: 'info', heading: 'Notes', one: 'note', many: 'notes' },
  ],
  es: [
    { severity: 'error', heading: 'Errores (impiden la aprobación)', one: 'error', many: 'errores' },
    { severity: 'warning', heading: 'Advertencias', one: 'advertencia', many: 'advertencias' },
    { severity: 'info', heading: 'Notas', one: 'nota', many: 'notas' },
  ],
};

const WORDS = {
  en: { nothing: 'the coach has nothing to add.', at: 'at', fix: 'try', untitled: '(untitled)' },
  es: { nothing: 'el asesor no tiene nada que añadir.', at: 'en', fix: 'sugerencia', untitled: '(sin título)' },
} as const;

/** Lines of the human-readable coach report for one plan file. */
export function formatCoachReport(file: string, plan: Plan, report: CoachReport): string[] {
  const words = WORDS[plan.language] ?? WORDS.en;
  const groups = GROUPS[plan.language] ?? GROUPS.en;
  const title = terminalSafe(plan.title.trim()) || words.untitled;
  if (report.findings.length === 0) return [`${file}: "${title}": ${words.nothing}`];

  const counts = groups.map(({ severity, one, many }) => {
    const n = report.findings.filter((f) => f.severity === severity).length;
    return `${n} ${n === 1 ? one : many}`;
  });
  const lines = [`${file}: "${title}": ${counts.join(', ')}`];
  for (const { severity, heading } of groups) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', `${heading}:`);
    for (const finding of findings) {
      lines.push(`  [${finding.code}] ${terminalSafe(finding.message)}`);
      if (finding.paths.length > 0) lines.push(`      ${words.at}: ${finding.paths.map(terminalSafe).join(', ')}`);
      if (finding.suggestion.trim() !== '') lines.push(`      ${words.fix}: ${terminalSafe(finding.suggestion)}`);
    }
  }
  return lines;
}
