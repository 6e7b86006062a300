import { createContext, useContext } from 'react';
import type { PlanStore } from './plan-store.ts';
import type { TypingGroups } from './typing-groups.ts';

/** The open plan: its id, its store, and how its typing is grouped into undo steps. */
export interface PlanSession {
  planId: string;
  store: PlanStore;
  typing: TypingGroups;
}

/** @internal read it through `usePlanSession()` and the hooks in `usePlan.ts`. */
export const PlanSessionContext = createContext<PlanSession | null>(null);

/** The open plan's session; throws outside a `PlanSessionProvider` (a programming error). */
export function usePlanSession(): PlanSession {
  const session = useContext(PlanSessionContext);
  if (session === null) throw new Error('usePlanSession() needs a PlanSessionProvider around it');
  return session;
}

/** The open plan's session, or `null` when no plan is open (for the header). */
export function useOptionalPlanSession(): PlanSession | null {
  return useContext(PlanSessionContext);
}
