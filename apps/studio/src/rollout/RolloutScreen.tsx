import { useId, useState } from 'react';
import type { Plan } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { usePlan } from '../plan/usePlan.ts';
import { RolloutPanel } from './RolloutPanel.tsx';
import { useDistrictRollout } from './useDistrictRollout.ts';
import './styles.css';

/** Props of the rollout screen. */
export interface RolloutScreenProps {
  /** The open plan; its district's rollout is stored under the plan's id. Without it, the open plan's session is read. */
  plan?: Plan;
}

/** The district rollout of the open plan: start it, or follow it through its stages. */
export function RolloutScreen({ plan }: RolloutScreenProps) {
  return plan === undefined ? <RolloutOfOpenPlan /> : <PlanRollout plan={plan} />;
}

function RolloutOfOpenPlan() {
  return <PlanRollout plan={usePlan()} />;
}

function PlanRollout({ plan }: { plan: Plan }) {
  const t = useT();
  const ids = useId();
  const rollout = useDistrictRollout(plan.id);
  return (
    <section className="rollout-screen" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`}>{t('rollout.title')}</h1>
      <p className="intro">{t('rollout.intro')}</p>
      {rollout.phase === 'loading' && <p role="status">{t('rollout.loading')}</p>}
      {rollout.phase === 'failed' && <p role="alert">{t('rollout.failed', { message: rollout.message })}</p>}
      {rollout.phase === 'none' && <StartForm plan={plan} onStart={rollout.start} prompt={t('rollout.none')} label={t('rollout.start')} />}
      {rollout.phase === 'unreadable' && (
        <>
          <div role="alert" className="rollout-card">
            <p>{t('rollout.unreadable')}</p>
            <ul>
              {rollout.errors.map((error, index) => (
                <li key={index}>{error.path === '' ? error.message : `${error.path}: ${error.message}`}</li>
              ))}
            </ul>
          </div>
          <StartForm plan={plan} onStart={rollout.startOver} prompt="" label={t('rollout.startOver')} />
        </>
      )}
      {rollout.phase === 'ready' && (
        <>
          {rollout.saveError !== null && <p role="alert">{t('rollout.saveFailed', { message: rollout.saveError })}</p>}
          <RolloutPanel snapshot={rollout.snapshot} send={rollout.send} plan={plan} />
        </>
      )}
    </section>
  );
}

function StartForm({ plan, onStart, prompt, label }: { plan: Plan; onStart: (input: { name: string }) => void; prompt: string; label: string }) {
  const t = useT();
  const ids = useId();
  const [name, setName] = useState(plan.organization.name.trim() || plan.title.trim());
  return (
    <form
      className="rollout-card rollout-start"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '') onStart({ name: name.trim() });
      }}
    >
      {prompt !== '' && <p>{prompt}</p>}
      <label htmlFor={`${ids}-name`}>{t('rollout.districtName')}</label>
      <input id={`${ids}-name`} value={name} required maxLength={300} onChange={(event) => setName(event.target.value)} />
      <button type="submit" className="button primary" disabled={name.trim() === ''}>
        {label}
      </button>
    </form>
  );
}
