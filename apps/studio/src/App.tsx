/** The studio: providers, the open plan's session, and the frame around the current screen. */
import { useEffect, useRef } from 'react';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import type { UiLanguage } from './i18n/language.ts';
import { useT } from './i18n/useT.ts';
import { StudioContext, useStudioState } from './session/StudioContext.ts';
import type { Studio, PlanSummary } from './session/studio.ts';
import { PlanSessionProvider } from './plan/PlanSessionProvider.tsx';
import { ToastProvider } from './shell/toasts.tsx';
import { Header } from './shell/Header.tsx';
import { PlanTabs } from './shell/PlanTabs.tsx';
import { StorageBanners } from './shell/StorageBanners.tsx';
import { Screen } from './shell/Screen.tsx';
import { useRoute } from './shell/useRoute.ts';
import { routePlanId, type Route } from './shell/route.ts';
import { CoachPanel } from './coach/CoachPanel.tsx';
import './styles.css';
import './shell/shell.css';

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
  const t = useT();
  const state = useStudioState();
  const route = useRoute();
  if (state.phase === 'loading') {
    return (
      <div className="loading" role="status">
        {t('shell.loading')}
      </div>
    );
  }
  const planId = routePlanId(route);
  const summary = planId === null ? undefined : state.plans.find((entry) => entry.id === planId);
  const frame = <Frame route={route} summary={summary} />;
  if (summary === undefined) return frame;
  return (
    <PlanSessionProvider key={`${summary.id}:${summary.reloads}`} planId={summary.id} plan={summary.plan}>
      {frame}
    </PlanSessionProvider>
  );
}

function Frame({ route, summary }: { route: Route; summary: PlanSummary | undefined }) {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  const planScreen = summary !== undefined && 'planId' in route ? route.screen : null;
  const showCoach = summary !== undefined && planScreen !== null && planScreen !== 'print';

  useEffect(() => {
    const title = summary?.plan.title;
    document.title = title === undefined || title === '' ? t('shell.appName') : `${title} · ${t('shell.appName')}`;
  }, [summary?.plan.title, t]);

  return (
    <div className="app">
      <button type="button" className="skip-link app-chrome" onClick={() => main.current?.focus()}>
        {t('shell.skipToContent')}
      </button>
      <Header route={route} summary={summary} />
      {summary !== undefined && planScreen !== null && <PlanTabs planId={summary.id} current={planScreen} />}
      <StorageBanners openPlan={summary} />
      <div className="workspace">
        <main id="main" ref={main} tabIndex={-1}>
          <Screen route={route} hasPlan={summary !== undefined} />
        </main>
        {showCoach && (
          <aside className="coach-aside app-chrome" aria-label={t('coach.title')}>
            <CoachPanel />
          </aside>
        )}
      </div>
    </div>
  );
}
