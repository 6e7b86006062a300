import { useId, useMemo } from 'react';
import {
  campusFacts,
  districtRisks,
  districtStatus,
  rolloutStateDiagram,
  type DistrictEvent,
  type DistrictSnapshot,
  type Plan,
} from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { DiagramPanel } from '../diagrams/DiagramPanel.tsx';
import { fileSlug } from '../diagrams/naming.ts';
import { CampusSection } from './CampusSection.tsx';
import { EventActions } from './EventActions.tsx';
import { EventLog } from './EventLog.tsx';
import { GateChecklist } from './GateChecklist.tsx';
import { StageSteps } from './StageSteps.tsx';
import './styles.css';

/** Props of one district's rollout panel. */
export interface RolloutPanelProps {
  snapshot: DistrictSnapshot;
  /** Sends an event to the district; returns why it was refused (empty when taken). */
  send: (event: DistrictEvent) => string[];
  /** The plan the district carries out, for filling forms and recording approval. */
  plan?: Plan;
}

/**
 * Everything about one district's rollout: where it is, the stage chart, the next gate's
 * checklist with forms for missing evidence, what can happen now, campuses, risks, the log.
 */
export function RolloutPanel({ snapshot, send, plan }: RolloutPanelProps) {
  const t = useT();
  const ids = useId();
  const status = districtStatus(snapshot);
  const { context } = snapshot;
  const editable = status !== 'declined';
  const campuses = campusFacts(context.campuses);
  const risks = districtRisks(snapshot);
  const chart = useMemo(() => rolloutStateDiagram(snapshot), [snapshot]);
  const stageName = t(`rollout.stage.${status}`);

  return (
    <div className="rollout-panel" data-testid="rollout-panel" data-stage={status}>
      <div className="rollout-status">
        <p className="district-name">{t('rollout.district', { name: context.name })}</p>
        <p className={`stage-badge ${status}`} data-testid="rollout-stage">
          {t('rollout.now', { stage: stageName })}
        </p>
        {status === 'paused' && context.pausedFrom !== null && (
          <p>{t('rollout.pausedFrom', { stage: t(`rollout.stage.${context.pausedFrom}`) })}</p>
        )}
        {status === 'declined' && <p>{t('rollout.declinedNote')}</p>}
      </div>
      <StageSteps status={status} pausedFrom={context.pausedFrom} />

      <div className="rollout-columns">
        <GateChecklist snapshot={snapshot} send={send} plan={plan} editable={editable} />
        <div className="rollout-side">
          <EventActions snapshot={snapshot} send={send} />
          {risks.length > 0 && (
            <section className="rollout-card risks" aria-labelledby={`${ids}-risks`}>
              <h2 id={`${ids}-risks`}>{t('rollout.risks')}</h2>
              <ul>
                {risks.map((risk) => (
                  <li key={risk.id}>{t(`rollout.risk.${risk.id}`)}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      <CampusSection campuses={campuses} send={send} editable={editable} />
      <section className="rollout-card" aria-labelledby={`${ids}-chart`}>
        <h2 id={`${ids}-chart`}>{t('rollout.chart')}</h2>
        <DiagramPanel
          source={chart}
          label={t('rollout.chartLabel', { name: context.name, stage: stageName })}
          fileName={`${fileSlug(context.name)}-rollout`}
        />
      </section>
      <EventLog log={context.log} />
    </div>
  );
}
