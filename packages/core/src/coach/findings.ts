/** Ordering and grouping of coach findings. */
import type { CoachReport, Finding, Severity } from './types.ts';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * A key whose plain string order is reading order: segments joined by `\u0000` (so a path
 * sorts before its children) and numbers zero-padded (so `behaviors.2` precedes `behaviors.10`).
 */
function sortKey(path: string | undefined): string {
  if (path === undefined) return '';
  return path.replace(/\d+|\./g, (part) => (part === '.' ? '\u0000' : part.padStart(12, '0')));
}

/**
 * Errors first, then warnings, then info; within a severity, by first path as a reader
 * walks the plan. Ties keep the rules' order, so the result is deterministic.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // One key per finding, rather than splitting paths on every comparison.
  const keyed = findings.map((finding) => ({ finding, key: `${SEVERITY_RANK[finding.severity]}${sortKey(finding.paths[0])}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.finding);
}

/** A report's findings grouped by severity, each group in report order. */
export function findingsBySeverity(report: CoachReport): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const finding of report.findings) groups[finding.severity].push(finding);
  return groups;
}
