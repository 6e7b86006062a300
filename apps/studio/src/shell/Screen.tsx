/**
 * The router: which screen the current route shows. The diagrams, measures, rollout, cohort
 * and print screens come from their own feature folders and get the open plan as props.
 */
import { lazy, memo, Suspense, type ComponentType, type ReactNode } from 'react';
import type { Plan } from '@sixsources/core';
import type { EditPlan } from '../plan/usePlan.ts';
import { useT } from '../i18n/useT.ts';
import { useStudioState } from '../session/StudioContext.ts';
import { routeHash, type Route } from './route.ts';
import { ScreenBoundary } from './ScreenBoundary.tsx';
import { loadCatalogs, type CatalogGroup } from '../i18n/lazy-catalogs.ts';

// Each screen loads when first shown, with its words, so the first screen loads only its own code.
let libraryLoading: Promise<{ default: LibraryComponent }> | null = null;
/** The library screen once loaded: shown at once, without a round through Suspense, when it was preloaded. */
let libraryLoaded: LibraryComponent | null = null;
type LibraryComponent = typeof import('../library/LibraryScreen.tsx').LibraryScreen;
const loadLibrary = () => {
  libraryLoading ??= screen(import('../library/LibraryScreen.tsx'), 'LibraryScreen', 'library').then((loaded) => {
    libraryLoaded = loaded.default;
    return loaded;
  });
  return libraryLoading;
};
const LazyLibraryScreen = lazy(loadLibrary);
function LibraryScreen() {
  const Loaded = libraryLoaded;
  return Loaded === null ? <LazyLibraryScreen /> : <Loaded />;
}
const loadEditor = () => screen(import('../editor/EditorScreen.tsx'), 'EditorScreen', 'editor');
const EditorScreen = lazy(loadEditor);

/** Starts loading the editor (the screen a plan opens on) alongside the open plan's own code, not after it. */
export function preloadEditor(): void {
  void loadEditor().catch(() => {});
}
const MatrixScreen = lazy(() => screen(import('../matrix/MatrixScreen.tsx'), 'MatrixScreen', 'matrix', 'editor'));
const ShareScreen = lazy(() => screen(import('../share/ShareScreen.tsx'), 'ShareScreen', 'share'));
const CohortScreen = lazy(() => screen(import('../cohort/CohortScreen.tsx'), 'CohortScreen', 'features'));

/** A feature screen that gets the open plan (and the edit function) as props. */
type PlanScreenComponent = ComponentType<{ plan: Plan; send: EditPlan }>;

/**
 * A feature screen loaded together with the reader of the open plan it needs: both requests
 * leave at once, instead of the screen's waiting for the reader to arrive first.
 */
function planScreen(load: () => Promise<{ default: PlanScreenComponent }>) {
  return lazy(async () => {
    const [{ WithPlan }, { default: Loaded }] = await Promise.all([import('./WithPlan.tsx'), load()]);
    return { default: () => <WithPlan render={(plan, send) => <Loaded plan={plan} send={send} />} /> };
  });
}
// The screen fetches mermaid itself once its first picture is shown (the plan map needs none).
const DiagramsScreen = planScreen(() => screen(import('../diagrams/DiagramsScreen.tsx'), 'DiagramsScreen', 'features'));
const MeasuresScreen = planScreen(() => screen(import('../measures/MeasuresScreen.tsx'), 'MeasuresScreen', 'features'));
const RolloutScreen = planScreen(() => screen(import('../rollout/RolloutScreen.tsx'), 'RolloutScreen', 'features'));
const PrintView = planScreen(() => screen(import('../print/PrintView.tsx'), 'PrintView', 'features', 'editor'));

/**
 * Starts loading the library screen (its code and words) before the app can show it, so that
 * the download overlaps reading the saved plans. Plan screens gain nothing from it: they wait
 * for their plan anyway.
 */
export function preloadLibrary(): void {
  void loadLibrary().catch(() => {
    libraryLoading = null; // the screen tries again when it is shown
  });
}

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
      return <DiagramsScreen />;
    case 'measures':
      return <MeasuresScreen />;
    case 'rollout':
      return <RolloutScreen />;
    case 'print':
      return <PrintView />;
  }
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
