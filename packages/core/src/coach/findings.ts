/** Ordering and grouping of coach findings. */
import type { CoachReport, Finding, Severity } from './types.ts';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const DOT = 46;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Orders dotted paths as a reader walks the plan, without splitting them: segment by
 * segment (a path before its children), runs of digits by value (`behaviors.2` before
 * `behaviors.10`). Agrees with `comparePaths` for the paths the coach produces.
 */
export function comparePathText(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      let endA = i;
      let endB = j;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      // Indexes have no leading zeros: the longer run is the larger number.
      if (endA - i !== endB - j) return endA - i - (endB - j);
      for (; i < endA; i++, j++) {
        const difference = a.charCodeAt(i) - b.charCodeAt(j);
        if (difference !== 0) return difference;
      }
      continue;
    }
    if (x !== y) {
      if (x === DOT) return -1;
      if (y === DOT) return 1;
      return x - y;
    }
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/**
 * Errors first, then warnings, then info; within a severity, by first path as a reader
 * walks the plan. Ties keep the rules' order, so the result is deterministic.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const paths = findings.map((finding) => finding.paths[0] ?? '');
  // Top-level sections (`behaviors`, `result`, …) in path order; there are only a handful.
  const sections = [...new Set(paths.map(sectionOf))].sort(comparePathText);
  const sectionRank = new Map(sections.map((section, index) => [section, index]));
  // One number per finding settles most comparisons: severity, section, then the index
  // that follows the section (`strategies.12` → 12). Under a list section the next segment
  // is always an index and under `result` never, so this agrees with `comparePathText`.
  const keys = new Float64Array(findings.length);
  findings.forEach((finding, order) => {
    const path = paths[order] as string;
    const section = sectionOf(path);
    const index = leadingIndex(path, section.length + 1);
    keys[order] = (SEVERITY_RANK[finding.severity] * 1024 + (sectionRank.get(section) ?? 0)) * 2 ** 24 + index + 1;
  });
  const order = findings.map((_, index) => index);
  order.sort(
    (a, b) =>
      (keys[a] as number) - (keys[b] as number) || comparePathText(paths[a] as string, paths[b] as string) || a - b,
  );
  return order.map((index) => findings[index] as Finding);
}

/** The first segment of a path. */
function sectionOf(path: string): string {
  const dot = path.indexOf('.');
  return dot < 0 ? path : path.slice(0, dot);
}

/** The number at `from` when a whole segment is digits (below 2^24 − 1), else -1. */
function leadingIndex(path: string, from: number): number {
  let value = 0;
  let at = from;
  for (; at < path.length && isDigit(path.charCodeAt(at)); at++) value = value * 10 + path.charCodeAt(at) - 48;
  const whole = at > from && (at === path.length || path.charCodeAt(at) === DOT);
  return whole && value < 2 ** 24 - 1 ? value : -1;
}

/** A report's findings grouped by severity, each group in report order. */
export function findingsBySeverity(report: CoachReport): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const finding of report.findings) groups[finding.severity].push(finding);
  return groups;
}
