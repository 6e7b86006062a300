/**
 * The router: which screen the current route shows. The diagrams, measures, rollout, cohort
 * and print screens come from their own feature folders and get the open plan as props.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { useStudioState } from '../session/StudioContext.ts';
import type { PlanSummary } from '../session/studio.ts';
import { usePlan, useEditPlan } from '../plan/usePlan.ts';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { EditorScreen } from '../editor/EditorScreen.tsx';
import { MatrixScreen } from '../matrix/MatrixScreen.tsx';
import { ShareScreen } from '../exchange/ShareScreen.tsx';
import { routeHash, type Route } from './route.ts';
import { ScreenBoundary } from './ScreenBoundary.tsx';

// Screens past the first are loaded when first shown, which keeps the first screen small.
const DiagramsScreen = lazy(() => import('../diagrams/DiagramsScreen.tsx').then((m) => ({ default: m.DiagramsScreen })));
const MeasuresScreen = lazy(() => import('../measures/MeasuresScreen.tsx').then((m) => ({ default: m.MeasuresScreen })));
const RolloutScreen = lazy(() => import('../rollout/RolloutScreen.tsx').then((m) => ({ default: m.RolloutScreen })));
const CohortScreen = lazy(() => import('../cohort/CohortScreen.tsx').then((m) => ({ default: m.CohortScreen })));
const PrintView = lazy(() => import('../print/PrintView.tsx').then((m) => ({ default: m.PrintView })));

export function Screen({ route, summary }: { route: Route; summary: PlanSummary | undefined }): ReactNode {
  const t = useT();
  return (
    <ScreenBoundary key={routeHash(route)}>
      <Suspense fallback={<p className="muted" role="status">{t('shell.loadingScreen')}</p>}>
        <ScreenFor route={route} summary={summary} />
      </Suspense>
    </ScreenBoundary>
  );
}

function ScreenFor({ route, summary }: { route: Route; summary: PlanSummary | undefined }): ReactNode {
  switch (route.screen) {
    case 'library':
      return <LibraryScreen />;
    case 'cohort':
      return <CohortScreen />;
    case 'share':
      return <ShareScreen payload={route.payload} />;
    case 'not-found':
      return <NotFound />;
    default:
      break;
  }
  if (summary === undefined) return <PlanNotFound planId={route.planId} />;
  switch (route.screen) {
    case 'edit':
      return <EditorScreen />;
    case 'matrix':
      return <MatrixScreen />;
    case 'diagrams':
      return <WithPlan render={(plan) => <DiagramsScreen plan={plan} />} />;
    case 'measures':
      return <WithPlan render={(plan, send) => <MeasuresScreen plan={plan} send={send} />} />;
    case 'rollout':
      return <RolloutScreen />;
    case 'print':
      return <WithPlan render={(plan) => <PrintView plan={plan} />} />;
  }
}

/** Hands the open plan and its edit function to a feature screen that takes them as props. */
function WithPlan({ render }: { render: (plan: ReturnType<typeof usePlan>, send: ReturnType<typeof useEditPlan>) => ReactNode }) {
  const plan = usePlan();
  const send = useEditPlan();
  return render(plan, send);
}

function NotFound() {
  const t = useT();
  return (
    <section className="card placeholder">
      <h1>{t('shell.notFound.title')}</h1>
      <p>{t('shell.notFound.body')}</p>
      <a className="button" href={routeHash({ screen: 'library' })}>
        {t('shell.backToLibrary')}
      </a>
    </section>
  );
}

function PlanNotFound({ planId }: { planId: string }) {
  const t = useT();
  const newer = useStudioState().newer.find((record) => record.id === planId);
  return (
    <section className="card placeholder" data-testid="plan-not-found">
      <h1>{t('shell.planNotFound.title')}</h1>
      <p>{newer === undefined ? t('shell.planNotFound.body') : t('shell.planNewer.body', { version: newer.schemaVersion })}</p>
      <a className="button" href={routeHash({ screen: 'library' })}>
        {t('shell.backToLibrary')}
      </a>
    </section>
  );
}
