/** The studio: providers, the open plan's session, and the frame around the current screen. */
import { lazy, Suspense, useEffect } from 'react';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import type { UiLanguage } from './i18n/language.ts';
import { useT } from './i18n/useT.ts';
import { StudioContext, useStudio, useStudioState } from './session/StudioContext.ts';
import type { Studio } from './session/studio.ts';
import { ToastProvider } from './shell/toasts.tsx';
import { Frame } from './shell/Frame.tsx';
import { useRoute } from './shell/useRoute.ts';
import { parseRoute, routePlanId } from './shell/route.ts';
import { preloadEditor } from './shell/Screen.tsx';
import './styles.css';
import './shell/shell.css';

// The editing session, its tools and the coach load with the first plan opened.
const OpenPlan = lazy(() => {
  if (parseRoute(window.location.hash).screen === 'edit') preloadEditor();
  return import('./shell/OpenPlan.tsx').then((module) => ({ default: module.OpenPlan }));
});

/** The whole app around one studio. `language` fixes the interface language (tests). */
export function App({ studio, language }: { studio: Studio; language?: UiLanguage }) {
  return (
    <StudioContext value={studio}>
      <LanguageProvider {...(language !== undefined && { language })}>
        <ToastProvider>
          <Root />
        </ToastProvider>
      </LanguageProvider>
    </StudioContext>
  );
}

function Root() {
  const state = useStudioState();
  const route = useRoute();
  if (state.phase === 'loading') return <Loading />;
  const planId = routePlanId(route);
  const summary = planId === null ? undefined : state.plans.find((entry) => entry.id === planId);
  if (summary === undefined) return <Frame route={route} summary={summary} />;
  if (summary.plan === null) return <ReadingPlan id={summary.id} />;
  return (
    <Suspense fallback={<Loading />}>
      <OpenPlan key={`${summary.id}:${summary.reloads}`} route={route} summary={summary} plan={summary.plan} />
    </Suspense>
  );
}

/** A listed plan being read from storage before it opens (the library lists plans without reading them). */
function ReadingPlan({ id }: { id: string }) {
  const studio = useStudio();
  useEffect(() => {
    void studio.ensurePlan(id);
  }, [studio, id]);
  return <Loading />;
}

function Loading() {
  const t = useT();
  return (
    <div className="loading" role="status">
      {t('shell.loading')}
    </div>
  );
}
