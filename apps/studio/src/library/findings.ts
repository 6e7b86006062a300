/**
 * The coach's findings for the library's rows, counted after the list has been painted: one plan
 * at a time, each when the page is idle, reading the plan from storage if it was only listed.
 */
import { useEffect, useState } from 'react';
import type { Finding, Plan } from '@sixsources/core';
import { useStudio } from '../session/StudioContext.ts';
import type { PlanSummary } from '../session/studio.ts';

let turn: Promise<void> = Promise.resolve();

/** Waits until the page is idle (the list has been painted and nothing else is waiting). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });
}

/** Runs `work` after the work queued before it, once the page is idle. */
function inTurn(work: () => Promise<void>): void {
  turn = turn.then(idle).then(work).catch(() => {});
}

/** The findings of a listed plan; `null` until they have been counted. */
export function useFindings(summary: PlanSummary): readonly Finding[] | null {
  const studio = useStudio();
  const [counted, setCounted] = useState<{ plan: Plan; findings: readonly Finding[] } | null>(null);
  const { id, plan } = summary;
  const done = counted !== null && (plan === null || counted.plan === plan);
  useEffect(() => {
    if (done) return;
    let live = true;
    inTurn(async () => {
      if (!live) return;
      const read = plan ?? (await studio.ensurePlan(id));
      if (!live || read === null) return;
      const { coachReportOf } = await import('../coach/coach-cache.ts');
      if (live) setCounted({ plan: read, findings: coachReportOf(read).findings });
    });
    return () => {
      live = false;
    };
  }, [studio, id, plan, done]);
  return counted?.findings ?? null;
}
