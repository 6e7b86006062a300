import { ROLLOUT_STAGES, type RolloutStage, type RolloutStatus } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';

/**
 * The five stages as a row of steps, the current one marked: readable at a glance and by a
 * screen reader (`aria-current="step"`), next to the mermaid chart.
 */
export function StageSteps({ status, pausedFrom }: { status: RolloutStatus; pausedFrom: RolloutStage | null }) {
  const t = useT();
  const current = status === 'paused' ? pausedFrom : status === 'declined' ? null : status;
  const index = current === null ? -1 : ROLLOUT_STAGES.indexOf(current);
  return (
    <ol className="stage-steps" aria-label={t('rollout.stages')}>
      {ROLLOUT_STAGES.map((stage, i) => (
        <li
          key={stage}
          className={i < index ? 'done' : i === index ? (status === 'paused' ? 'current paused' : 'current') : 'ahead'}
          aria-current={i === index ? 'step' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`rollout.stage.${stage}`)}
          {i === index && status === 'paused' && ` (${t('rollout.stage.paused')})`}
        </li>
      ))}
    </ol>
  );
}
