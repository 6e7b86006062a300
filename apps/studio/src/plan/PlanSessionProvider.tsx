import { useEffect, useMemo, type ReactNode } from 'react';
import { useActorRef } from '@xstate/react';
import type { Plan } from '@sixsources/core';
import { useStudio } from '../session/StudioContext.ts';
import { authoringInput, authoringMachine, selectPlan } from './authoring.ts';
import { PlanSessionContext } from './PlanSessionContext.ts';
import { createTypingGroups } from './typing-groups.ts';
import { useUndoShortcuts } from './useUndoShortcuts.ts';
import { CoachProvider } from '../coach/CoachProvider.tsx';

/**
 * Runs one plan-authoring actor for the open plan and hands it to the studio for autosave.
 * Mount it with `key={planId + reloads}`: a plan reloaded from storage gets a fresh actor.
 */
export function PlanSessionProvider({ planId, plan, children }: { planId: string; plan: Plan; children: ReactNode }) {
  const studio = useStudio();
  const actorRef = useActorRef(authoringMachine, authoringInput(plan));
  const typing = useMemo(() => createTypingGroups(), []);

  useEffect(
    () =>
      studio.track(planId, {
        getPlan: () => selectPlan(actorRef.getSnapshot()),
        subscribe: (onChange) => {
          const subscription = actorRef.subscribe(onChange);
          return () => subscription.unsubscribe();
        },
      }),
    [studio, planId, actorRef],
  );

  useUndoShortcuts(actorRef, typing);

  const session = useMemo(() => ({ planId, actorRef, typing }), [planId, actorRef, typing]);
  return (
    <PlanSessionContext value={session}>
      <CoachProvider>{children}</CoachProvider>
    </PlanSessionContext>
  );
}
