/** Ordering and grouping of coach findings. */
import type { CoachReport, Finding, Severity } from './types.ts';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Path segments, numbers as numbers, so `behaviors.2` sorts before `behaviors.10`. */
function segments(path: string | undefined): (string | number)[] {
  if (path === undefined || path === '') return [];
  return path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function compareSegments(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Errors first, then warnings, then info; within a severity, by first path as a reader
 * walks the plan. Ties keep the rules' order, so the result is deterministic.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Split each path once rather than on every comparison.
  const keyed = findings.map((finding) => ({ finding, rank: SEVERITY_RANK[finding.severity], key: segments(finding.paths[0]) }));
  keyed.sort((a, b) => a.rank - b.rank || compareSegments(a.key, b.key));
  return keyed.map((entry) => entry.finding);
}

/** A report's findings grouped by severity, each group in report order. */
export function findingsBySeverity(report: CoachReport): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const finding of report.findings) groups[finding.severity].push(finding);
  return groups;
}
