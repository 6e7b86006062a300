import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Finding } from '@sixsources/core';
import { createCoachStore, sameFindings, type CoachState, type CoachStore } from './coach-store.ts';

export type { CoachState } from './coach-store.ts';

/** @internal provided by `CoachProvider`; outside a plan, a store that never reports. */
export const CoachContext = createContext<CoachStore>(createCoachStore());

/** The coach's latest report on the open plan; re-renders with every new report. */
export function useCoach(): CoachState {
  const store = useContext(CoachContext);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

const NONE: readonly Finding[] = [];

/** Findings that name exactly this path; re-renders only when they change. */
export function useFindingsAt(path: string | undefined): readonly Finding[] {
  const store = useContext(CoachContext);
  const select = useMemo(() => {
    let last = NONE;
    return () => {
      const next = path === undefined ? NONE : (store.get().byPath.get(path) ?? NONE);
      if (!sameFindings(last, next)) last = next;
      return last;
    };
  }, [store, path]);
  return useSyncExternalStore(store.subscribe, select, select);
}
