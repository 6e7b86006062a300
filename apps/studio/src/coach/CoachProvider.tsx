/**
 * Coaches the open plan off the typing path: the report follows a deferred copy of the plan,
 * so React renders keystrokes first and coaches when it has time (a burst of typing is
 * coached once, at its end).
 */
import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { useLanguage } from '../i18n/useLanguage.ts';
import { usePlan } from '../plan/usePlan.ts';
import { coachReportOf, localToday } from './coach-cache.ts';
import { CoachContext, indexFindings } from './CoachContext.ts';

export function CoachProvider({ children }: { children: ReactNode }) {
  const plan = usePlan();
  const deferred = useDeferredValue(plan);
  const [language] = useLanguage();
  const today = localToday();
  const report = useMemo(() => coachReportOf(deferred, today, language), [deferred, today, language]);
  // Only a new report changes the context, so a keystroke alone re-renders no field.
  const value = useMemo(() => ({ report, byPath: indexFindings(report.findings) }), [report]);
  return <CoachContext value={value}>{children}</CoachContext>;
}
