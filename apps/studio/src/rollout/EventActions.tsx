import { useId, useState } from 'react';
import {
  districtStatus,
  explainGate,
  nextStage,
  previousStage,
  unmetCriteria,
  type DistrictEvent,
  type DistrictSnapshot,
  type RolloutStage,
} from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { Field } from './fields.tsx';
import { Outcome } from './Outcome.tsx';
import { useRecorder } from './useRecorder.ts';

/** Props of the event buttons. */
export interface EventActionsProps {
  snapshot: DistrictSnapshot;
  send: (event: DistrictEvent) => string[];
}

/**
 * The events the district can take now, as buttons. An advance whose gate is not met stays
 * visible but disabled, with the unmet criteria written next to it.
 */
export function EventActions({ snapshot, send }: EventActionsProps) {
  const t = useT();
  const ids = useId();
  const { record, outcome } = useRecorder(send);
  const [reason, setReason] = useState('');
  const [who, setWho] = useState('');
  const [leader, setLeader] = useState('');
  const [role, setRole] = useState('');
  const [confirmDecline, setConfirmDecline] = useState(false);
  const status = districtStatus(snapshot);
  if (status === 'declined') return null;

  const stage: RolloutStage | null = status === 'paused' ? null : status;
  const next = stage === null ? null : nextStage(stage);
  const previous = stage === null ? null : previousStage(stage);
  const blocked = stage !== null && next !== null ? unmetCriteria(explainGate(snapshot, next)) : [];
  const meta = who.trim() === '' ? {} : { who: who.trim() };
  const hasReason = reason.trim() !== '';
  const blockedId = `${ids}-blocked`;
  const reasonId = `${ids}-reason-note`;

  function send_(event: DistrictEvent) {
    if (record({ ...event, ...meta })) {
      setReason('');
      setConfirmDecline(false);
    }
  }

  return (
    <section className="rollout-card" aria-labelledby={`${ids}-title`} data-testid="rollout-actions">
      <h2 id={`${ids}-title`}>{t('rollout.actions')}</h2>
      {next !== null && (
        <div className="advance">
          <button
            type="button"
            className="button primary"
            disabled={blocked.length > 0}
            aria-describedby={blocked.length > 0 ? blockedId : undefined}
            onClick={() => send_({ type: 'rollout.advance' })}
          >
            {t('rollout.advance', { stage: t(`rollout.stage.${next}`) })}
          </button>
          {blocked.length > 0 && (
            <p id={blockedId} className="blocked-reason" data-testid="advance-blocked">
              {t('rollout.advanceBlocked', { reasons: blocked.map((item) => t(`rollout.criterion.${item.id}`)).join('; ') })}
            </p>
          )}
        </div>
      )}
      {status === 'paused' && snapshot.context.pausedFrom !== null && (
        <div className="advance">
          <button type="button" className="button primary" onClick={() => send_({ type: 'rollout.resume' })}>
            {t('rollout.resume', { stage: t(`rollout.stage.${snapshot.context.pausedFrom}`) })}
          </button>
        </div>
      )}
      <div className="rollout-fields">
        <Field label={t('rollout.reason')} wide>
          <input value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={reasonId} />
        </Field>
      </div>
      <p id={reasonId} className="hint">
        {t('rollout.needReason')}
      </p>
      <div className="rollout-buttons">
        {previous !== null && (
          <button type="button" className="button" disabled={!hasReason} onClick={() => send_({ type: 'rollout.back', reason })}>
            {t('rollout.back', { stage: t(`rollout.stage.${previous}`) })}
          </button>
        )}
        {stage !== null && (
          <button type="button" className="button" onClick={() => send_(hasReason ? { type: 'rollout.pause', reason } : { type: 'rollout.pause' })}>
            {t('rollout.pause')}
          </button>
        )}
        {snapshot.context.grantEndedAt === null && (
          <button type="button" className="button" onClick={() => send_({ type: 'grant.ended' })}>
            {t('rollout.grantEnded')}
          </button>
        )}
        <button
          type="button"
          className="button danger"
          disabled={!hasReason}
          onClick={() => (confirmDecline ? send_({ type: 'rollout.decline', reason }) : setConfirmDecline(true))}
        >
          {t('rollout.decline')}
        </button>
      </div>
      {confirmDecline && (
        <p className="warning-note" role="alert">
          {t('rollout.declineConfirm')}
        </p>
      )}
      <div className="rollout-fields">
        <Field label={t('rollout.who')}>
          <input value={who} onChange={(event) => setWho(event.target.value)} />
        </Field>
      </div>
      <Outcome outcome={outcome} />

      <details className="leadership">
        <summary>{t('rollout.leadership')}</summary>
        <p className="hint">{t('rollout.leadershipNote')}</p>
        <div className="rollout-fields">
          <Field label={t('rollout.leader')}>
            <input value={leader} onChange={(event) => setLeader(event.target.value)} />
          </Field>
          <Field label={t('rollout.role')}>
            <input value={role} onChange={(event) => setRole(event.target.value)} />
          </Field>
          <button
            type="button"
            className="button"
            onClick={() => {
              const event: DistrictEvent = { type: 'leadership.changed' };
              if (leader.trim() !== '') event.leader = leader.trim();
              if (role.trim() !== '') event.role = role.trim();
              send_(event);
            }}
          >
            {t('rollout.leadership')}
          </button>
        </div>
      </details>
    </section>
  );
}
