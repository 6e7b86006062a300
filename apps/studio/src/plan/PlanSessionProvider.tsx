import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Plan } from '@sixsources/core';
import { useStudio } from '../session/StudioContext.ts';
import { PlanSessionContext } from './PlanSessionContext.ts';
import { createPlanStore } from './plan-store.ts';
import { createTypingGroups } from './typing-groups.ts';
import { useUndoShortcuts } from './useUndoShortcuts.ts';
import { flushPendingEdits } from './pending-edits.ts';
import { CoachProvider } from '../coach/CoachProvider.tsx';

/**
 * Holds the open plan's store and hands it to the studio for autosave.
 * Mount it with `key={planId + reloads}`: a plan reloaded from storage gets a fresh store.
 */
export function PlanSessionProvider({ planId, plan, children }: { planId: string; plan: Plan; children: ReactNode }) {
  const studio = useStudio();
  const [store] = useState(() => createPlanStore(plan));
  const typing = useMemo(() => createTypingGroups(), []);

  useEffect(
    () =>
      studio.track(planId, {
        // Typing still on its way to the plan belongs to what is saved.
        getPlan: () => {
          flushPendingEdits();
          return store.getPlan();
        },
        subscribe: (onChange) => store.subscribe(onChange),
      }),
    [studio, planId, store],
  );

  useUndoShortcuts(store, typing);

  const session = useMemo(() => ({ planId, store, typing }), [planId, store, typing]);
  return (
    <PlanSessionContext value={session}>
      <CoachProvider>{children}</CoachProvider>
    </PlanSessionContext>
  );
}
