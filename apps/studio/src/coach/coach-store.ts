/**
 * The coach's latest report on the open plan, held outside React: the report is worked out
 * in a task of its own after a change (several quick changes cost one run), and each part
 * of the page that shows findings re-renders only when its own findings change.
 */
import type { CoachReport, Finding } from '@sixsources/core';

/** The coach's report and its findings by path. */
export interface CoachState {
  report: CoachReport;
  /** Every finding under each of its paths (`behaviors.2.action` → findings). */
  byPath: ReadonlyMap<string, readonly Finding[]>;
}

/** Holds the latest report; subscribers hear of each new one. */
export interface CoachStore {
  get(): CoachState;
  set(report: CoachReport): void;
  subscribe(listener: () => void): () => void;
}

/** The state before any plan is coached. */
export const EMPTY_COACH: CoachState = { report: { findings: [], coverage: {} }, byPath: new Map() };

/** A store starting at `report`. */
export function createCoachStore(report?: CoachReport): CoachStore {
  let state: CoachState = report === undefined ? EMPTY_COACH : coachState(report);
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next === state.report) return;
      state = coachState(next);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function coachState(report: CoachReport): CoachState {
  return { report, byPath: indexFindings(report.findings) };
}

/** Indexes findings by each path they name. */
export function indexFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const path of finding.paths) {
      const list = byPath.get(path);
      if (list === undefined) byPath.set(path, [finding]);
      else if (!list.includes(finding)) list.push(finding);
    }
  }
  return byPath;
}

/** True when two lists of findings say the same things (a new report repeats unchanged findings as new objects). */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((finding, i) => sameFinding(finding, b[i] as Finding));
}

/** True when two findings say the same thing about the same places. */
export function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.code === b.code &&
      a.severity === b.severity &&
      a.message === b.message &&
      a.suggestion === b.suggestion &&
      a.paths.length === b.paths.length &&
      a.paths.every((path, j) => path === b.paths[j]))
  );
}
