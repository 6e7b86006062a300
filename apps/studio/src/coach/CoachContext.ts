import { createContext, useContext } from 'react';
import type { CoachReport, Finding } from '@sixsources/core';

/** The coach's latest report on the open plan, and its findings by path. */
export interface CoachState {
  report: CoachReport;
  /** Every finding under each of its paths (`behaviors.2.action` → findings). */
  byPath: ReadonlyMap<string, readonly Finding[]>;
}

const EMPTY: CoachState = { report: { findings: [], coverage: {} }, byPath: new Map() };

/** @internal provided by `CoachProvider`. */
export const CoachContext = createContext<CoachState>(EMPTY);

/** The coach's latest report on the open plan. */
export function useCoach(): CoachState {
  return useContext(CoachContext);
}

const NONE: readonly Finding[] = [];

/** Findings that name exactly this path. */
export function useFindingsAt(path: string | undefined): readonly Finding[] {
  const { byPath } = useContext(CoachContext);
  return path === undefined ? NONE : (byPath.get(path) ?? NONE);
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
