import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ROLLOUT_STATUSES, cohortDiagram, summarizeCohort, type CohortDistrictSummary } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { DiagramPanel } from '../diagrams/DiagramPanel.tsx';
import { RolloutPanel } from '../rollout/RolloutPanel.tsx';
import { BroadcastForm } from './BroadcastForm.tsx';
import { DistrictTable } from './DistrictTable.tsx';
import { PlanRollouts } from './PlanRollouts.tsx';
import { SessionForm } from './SessionForm.tsx';
import { useCohort } from './useCohort.ts';
import '../rollout/styles.css';
import './styles.css';

/**
 * The trainer's view of a cohort: districts per stage, who is blocked by what, who is paused;
 * open one district to work on its rollout; record a session; send one event to every district.
 */
export function CohortScreen() {
  const t = useT();
  const ids = useId();
  const cohort = useCohort(t('cohort.demoName'));
  return (
    <section className="cohort-screen" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`}>{t('cohort.title')}</h1>
      <p className="intro">{t('cohort.intro')}</p>
      {cohort.phase === 'loading' && <p role="status">{t('cohort.loading')}</p>}
      {cohort.phase === 'failed' && <p role="alert">{t('cohort.failed', { message: cohort.message })}</p>}
      {cohort.phase === 'unreadable' && (
        <div role="alert" className="rollout-card">
          <p>{t('cohort.unreadable')}</p>
          <ul>
            {cohort.errors.map((error, index) => (
              <li key={index}>{error.path === '' ? error.message : `${error.path}: ${error.message}`}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={cohort.reset}>
            {t('cohort.reset')}
          </button>
        </div>
      )}
      {cohort.phase === 'ready' && <ReadyCohort cohort={cohort} />}
      <PlanRollouts />
    </section>
  );
}

function ReadyCohort({ cohort }: { cohort: Extract<ReturnType<typeof useCohort>, { phase: 'ready' }> }) {
  const t = useT();
  const ids = useId();
  const [openId, setOpenId] = useState<string | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  // The districts' own snapshots are read live; `version` says when to read them again.
  const summary = useMemo(() => summarizeCohort(cohort.snapshot), [cohort.snapshot, cohort.version]);
  const chart = useMemo(() => cohortDiagram(summary), [summary]);
  const open = openId === null ? undefined : summary.districts.find((district) => district.id === openId);
  const openRef = openId === null ? undefined : cohort.snapshot.context.districts[openId];

  useEffect(() => {
    if (openId !== null) detailHeading.current?.focus();
  }, [openId]);

  return (
    <>
      <div className="cohort-head">
        <h2 className="cohort-name">{summary.name}</h2>
        <p className="hint">{t('cohort.demoNote')}</p>
        <button type="button" className="button quiet" onClick={cohort.reset}>
          {t('cohort.reset')}
        </button>
      </div>
      {cohort.saveError !== null && <p role="alert">{t('cohort.saveFailed', { message: cohort.saveError })}</p>}

      <section aria-labelledby={`${ids}-stages`}>
        <h2 id={`${ids}-stages`} className="visually-hidden">
          {t('cohort.byStage')}
        </h2>
        <ul className="stage-counts" data-testid="stage-counts">
          {ROLLOUT_STATUSES.map((status) => (
            <li key={status} className={`stage-count ${status}`}>
              <span className="count">{summary.byStatus[status]}</span>
              <span className="label">{t(`rollout.stage.${status}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <Highlights blocked={summary.blocked} paused={summary.paused} />

      <DistrictTable districts={summary.districts} openId={openId} onOpen={(id) => setOpenId(id === openId ? null : id)} />

      {open !== undefined && openRef !== undefined && (
        <section className="cohort-detail rollout-card" aria-labelledby={`${ids}-detail`} data-testid="cohort-district">
          <div className="cohort-detail-head">
            <h2 id={`${ids}-detail`} tabIndex={-1} ref={detailHeading}>
              {open.name}
            </h2>
            <button type="button" className="button quiet" onClick={() => setOpenId(null)}>
              {t('cohort.close', { name: open.name })}
            </button>
          </div>
          <RolloutPanel snapshot={openRef.getSnapshot()} send={(event) => cohort.sendToDistrict(open.id, event)} />
        </section>
      )}

      <div className="cohort-columns">
        <SessionForm districts={summary.districts} send={cohort.send} />
        <BroadcastForm send={cohort.send} log={cohort.snapshot.context.log} />
      </div>

      <section className="rollout-card" aria-labelledby={`${ids}-sessions`}>
        <h2 id={`${ids}-sessions`}>{t('cohort.sessions')}</h2>
        {cohort.snapshot.context.sessions.length === 0 ? (
          <p>{t('cohort.noSessions')}</p>
        ) : (
          <ul className="sessions">
            {[...cohort.snapshot.context.sessions].reverse().map((session, index) => (
              <li key={index}>
                <strong>{session.date.slice(0, 10)}</strong> {session.title}
                {session.attendees !== undefined && session.attendees.length > 0 && (
                  <span className="hint"> — {session.attendees.map((id) => summary.districts.find((d) => d.id === id)?.name ?? id).join(', ')}</span>
                )}
                {session.note !== undefined && <span className="hint"> — {session.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="rollout-card" aria-labelledby={`${ids}-picture`}>
        <h2 id={`${ids}-picture`}>{t('cohort.picture')}</h2>
        <DiagramPanel source={chart} label={t('cohort.pictureLabel', { name: summary.name })} fileName="cohort" />
      </section>
    </>
  );
}

function Highlights({ blocked, paused }: { blocked: CohortDistrictSummary[]; paused: CohortDistrictSummary[] }) {
  const t = useT();
  return (
    <div className="cohort-highlights">
      <p className="highlight blocked">
        <strong>{t('cohort.blocked')}:</strong> {t('cohort.blockedCount', { count: blocked.length })}
      </p>
      <p className="highlight paused">
        <strong>{t('cohort.paused')}:</strong>{' '}
        {paused.length === 0
          ? t('cohort.nonePaused')
          : `${t('cohort.pausedCount', { count: paused.length })} ${paused.map((district) => district.name).join(', ')}`}
      </p>
    </div>
  );
}
