/**
 * Opening a share link: the plan is decoded and checked; with plans already saved here, the
 * person confirms first. The shared plan is always saved as a new plan; nothing is replaced.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { useStudio, useStudioState } from '../session/StudioContext.ts';
import { planHash, routeHash } from '../shell/route.ts';
import { replaceRoute } from '../shell/useRoute.ts';
import { IssueList } from '../exchange/IssueList.tsx';
import { decodeSharePayload } from './share-link.ts';
import './share.css';

export function ShareScreen({ payload }: { payload: string }) {
  const t = useT();
  const studio = useStudio();
  const state = useStudioState();
  const result = useMemo(() => decodeSharePayload(payload), [payload]);
  const opened = useRef(false);
  const hasLocalWork = state.plans.length > 0;

  const open = () => {
    if (!result.ok || opened.current) return;
    opened.current = true;
    const id = studio.addPlan(result.plan);
    replaceRoute(planHash(id));
  };
  // Nothing here to protect: open the shared plan right away.
  useEffect(() => {
    if (!hasLocalWork) open();
  });

  if (!result.ok) {
    const { problem } = result;
    return (
      <section className="card share-screen" role="alert" data-testid="share-error">
        <h1>{t('share.invalid')}</h1>
        <p>{t(`share.problem.${problem.code}`)}</p>
        {problem.code === 'invalid-plan' && <IssueList issues={problem.issues} />}
        <p className="muted">{t('share.nothingChanged')}</p>
        <a className="button" href={routeHash({ screen: 'library' })}>
          {t('shell.backToLibrary')}
        </a>
      </section>
    );
  }

  return (
    <section className="card share-screen" data-testid="share-confirm">
      <h1>{t('share.title')}</h1>
      <p>{t('share.intro', { title: result.plan.title })}</p>
      <p className="muted">{t('share.willSave', { count: state.plans.length })}</p>
      <div className="share-actions">
        <button type="button" className="button primary" onClick={open}>
          {t('share.open')}
        </button>
        <button type="button" className="button" onClick={() => replaceRoute(routeHash({ screen: 'library' }))}>
          {t('share.cancel')}
        </button>
      </div>
    </section>
  );
}
