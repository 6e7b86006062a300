/**
 * The router: which screen the current route shows. The diagrams, measures, rollout, cohort
 * and print screens come from their own feature folders and get the open plan as props.
 */
import { lazy, memo, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { useStudioState } from '../session/StudioContext.ts';
import { usePlan, useEditPlan } from '../plan/usePlan.ts';
import { routeHash, type Route } from './route.ts';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import { loadCatalogs, type CatalogGroup } from '../i18n/lazy-catalogs.ts';

// Each screen loads when first shown, with its words, so the first screen loads only its own code.
const LibraryScreen = lazy(() => screen(import('../library/LibraryScreen.tsx'), 'LibraryScreen', 'library'));
const EditorScreen = lazy(() => screen(import('../editor/EditorScreen.tsx'), 'EditorScreen', 'editor'));
const MatrixScreen = lazy(() => screen(import('../matrix/MatrixScreen.tsx'), 'MatrixScreen', 'matrix', 'editor'));
const ShareScreen = lazy(() => screen(import('../share/ShareScreen.tsx'), 'ShareScreen', 'share'));
const DiagramsScreen = lazy(() => {
  // Mermaid is fetched alongside the screen rather than after it has rendered: the first diagram needs it anyway.
  void import('../diagrams/mermaidQueue.ts').then(({ loadMermaid }) => loadMermaid().catch(() => {}));
  return screen(import('../diagrams/DiagramsScreen.tsx'), 'DiagramsScreen', 'features');
});
const MeasuresScreen = lazy(() => screen(import('../measures/MeasuresScreen.tsx'), 'MeasuresScreen', 'features'));
const RolloutScreen = lazy(() => screen(import('../rollout/RolloutScreen.tsx'), 'RolloutScreen', 'features'));
const CohortScreen = lazy(() => screen(import('../cohort/CohortScreen.tsx'), 'CohortScreen', 'features'));
const PrintView = lazy(() => screen(import('../print/PrintView.tsx'), 'PrintView', 'features', 'editor'));

/** Waits for a screen's module and its catalogs, and hands `lazy` the component. */
async function screen<M, K extends keyof M>(module: Promise<M>, name: K, ...catalogs: CatalogGroup[]): Promise<{ default: M[K] }> {
  const [loaded] = await Promise.all([module, loadCatalogs(...catalogs)]);
  return { default: loaded[name] };
}

/** Props of the screen: where the app is, and whether the route's plan is open. */
interface ScreenProps {
  route: Route;
  /** True when the route names a plan that is open (its session is around this screen). */
  hasPlan: boolean;
}

/**
 * The current screen. It re-renders only when the route or the open plan changes, not when
 * the studio's state around it does (a save, a plan marked unsaved): screens read the plan
 * from its session.
 */
export const Screen = memo(function Screen({ route, hasPlan }: ScreenProps): ReactNode {
  const t = useT();
  return (
    <ScreenBoundary key={routeHash(route)}>
      <Suspense fallback={<p className="muted" role="status">{t('shell.loadingScreen')}</p>}>
        <ScreenFor route={route} hasPlan={hasPlan} />
      </Suspense>
    </ScreenBoundary>
  );
}, (a, b) => a.hasPlan === b.hasPlan && routeHash(a.route) === routeHash(b.route));

function ScreenFor({ route, hasPlan }: ScreenProps): ReactNode {
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
  if (!hasPlan) return <PlanNotFound planId={route.planId} />;
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
      return <WithPlan render={(plan) => <RolloutScreen plan={plan} />} />;
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
