/** The frame around the current screen: header, the open plan's tabs, storage banners, the screen, and the coach beside an open plan. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import type { PlanSummary } from '../session/studio.ts';
import { Header } from './Header.tsx';
import { PlanTabs } from './PlanTabs.tsx';
import { StorageBanners } from './StorageBanners.tsx';
import { Screen } from './Screen.tsx';
import type { Route } from './route.ts';

/** Props of the frame; `tools` and `coach` come with an open plan (`OpenPlan.tsx`). */
export interface FrameProps {
  route: Route;
  summary: PlanSummary | undefined;
  tools?: ReactNode;
  coach?: ReactNode;
}

export function Frame({ route, summary, tools, coach }: FrameProps) {
  const t = useT();
  const main = useRef<HTMLElement>(null);
  const planScreen = summary !== undefined && 'planId' in route ? route.screen : null;
  const showCoach = coach !== undefined && summary !== undefined && planScreen !== null && planScreen !== 'print';

  useEffect(() => {
    const title = summary?.title;
    document.title = title === undefined || title === '' ? t('shell.appName') : `${title} · ${t('shell.appName')}`;
  }, [summary?.title, t]);

  return (
    <div className="app">
      <button type="button" className="skip-link app-chrome" onClick={() => main.current?.focus()}>
        {t('shell.skipToContent')}
      </button>
      <Header route={route} tools={tools} />
      {summary !== undefined && planScreen !== null && <PlanTabs planId={summary.id} current={planScreen} />}
      <StorageBanners openPlan={summary} />
      <div className="workspace">
        <main id="main" ref={main} tabIndex={-1}>
          <Screen route={route} hasPlan={summary !== undefined} />
        </main>
        {showCoach && (
          <aside className="coach-aside app-chrome" aria-label={t('coach.title')}>
            {coach}
          </aside>
        )}
      </div>
    </div>
  );
}
