/**
 * Coaches the open plan off the typing path: typing is coached when it pauses (a burst of
 * keystrokes is coached once, at its end); other changes at once when the coach is quick,
 * else in a task of their own. Only the findings that changed re-render their part of the page.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useLanguage } from '../i18n/useLanguage.ts';
import { usePlanSession } from '../plan/PlanSessionContext.ts';
import { isApplyingTyping } from '../plan/pending-edits.ts';
import { coachReportOf, localToday } from './coach-cache.ts';
import { CoachContext } from './CoachContext.ts';
import { createCoachStore } from './coach-store.ts';

/** The pause in typing after which the coach looks again. */
const TYPING_PAUSE_MS = 400;
/**
 * A coach run shorter than a frame is done right with the change (a click, a choice), so its
 * findings show in the same frame instead of costing a frame of their own; a slower one (a
 * very large plan, a slow device) waits for its own task, so the change itself shows first.
 */
const INLINE_MS = 16;
/** How many recent runs tell how long a run takes: their median, so one slow run (a pause for garbage collection) does not decide. */
const RECENT_RUNS = 5;

/** The median of `values` (not empty). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export function CoachProvider({ children }: { children: ReactNode }) {
  const { store: plan } = usePlanSession();
  const [language] = useLanguage();
  // The first report is there with the first render; how long it took tells how to run the next.
  const [{ coach, firstRunMs }] = useState(() => {
    const started = performance.now();
    const report = coachReportOf(plan.getPlan(), localToday(), language);
    return { coach: createCoachStore(report), firstRunMs: performance.now() - started };
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const recentRunsMs = [firstRunMs];
    const run = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const started = performance.now();
      const report = coachReportOf(plan.getPlan(), localToday(), language);
      // A report from the cache says nothing about how long coaching takes.
      if (report !== coach.get().report) {
        recentRunsMs.push(performance.now() - started);
        if (recentRunsMs.length > RECENT_RUNS) recentRunsMs.shift();
      }
      coach.set(report);
    };
    run();
    const unsubscribe = plan.subscribe(() => {
      if (isApplyingTyping()) {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(run, TYPING_PAUSE_MS);
      } else if (median(recentRunsMs) <= INLINE_MS) {
        run();
      } else {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(run, 0);
      }
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [plan, coach, language, firstRunMs]);

  return <CoachContext value={coach}>{children}</CoachContext>;
}
