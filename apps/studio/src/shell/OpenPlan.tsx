/**
 * The frame with a plan open: its editing session (store, undo, coach) around the frame, the
 * plan's tools in the header and the coach beside the screen. Loaded when a plan is first
 * opened, so the library's first screen does without the core's edits and coach.
 */
import type { Plan } from '@sixsources/core';
import { PlanSessionProvider } from '../plan/PlanSessionProvider.tsx';
import { CoachPanel } from '../coach/CoachPanel.tsx';
import type { PlanSummary } from '../session/studio.ts';
import { Frame } from './Frame.tsx';
import { OpenPlanTools } from './OpenPlanTools.tsx';
import type { Route } from './route.ts';

/** Mount it with `key={id + reloads}`: a plan reloaded from storage gets a fresh session. */
export function OpenPlan({ route, summary, plan }: { route: Route; summary: PlanSummary; plan: Plan }) {
  return (
    <PlanSessionProvider planId={summary.id} plan={plan}>
      <Frame route={route} summary={summary} tools={<OpenPlanTools unsaved={summary.unsaved} />} coach={<CoachPanel />} />
    </PlanSessionProvider>
  );
}
