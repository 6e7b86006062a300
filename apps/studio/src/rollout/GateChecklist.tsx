import { useId } from 'react';
import { campusFacts, nextGate, type DistrictEvent, type DistrictSnapshot, type GateCriterionId, type Plan } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { ApprovalForm } from './ApprovalForm.tsx';
import { AddCampusForm } from './CampusSection.tsx';
import { CycleForm } from './CycleForm.tsx';
import {
  DecisionForm,
  DescribedForm,
  FitForm,
  FrameworkForm,
  FundingForm,
  ProblemForm,
  ReadingForm,
  ShowcaseForm,
  TeamForm,
} from './EvidenceForms.tsx';

/** Props of the gate checklist. */
export interface GateChecklistProps {
  snapshot: DistrictSnapshot;
  send: (event: DistrictEvent) => string[];
  plan?: Plan;
  /** False once declined: the checklist is shown without forms. */
  editable: boolean;
}

/**
 * The next gate's criteria, met or not, with the evidence behind each (the core's own
 * judgement, the same the machine's guard uses) and a form to record what is missing.
 */
export function GateChecklist({ snapshot, send, plan, editable }: GateChecklistProps) {
  const t = useT();
  const ids = useId();
  const gate = nextGate(snapshot);
  if (gate === null) {
    return (
      <section className="rollout-card" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>{t('rollout.stage.sustain')}</h2>
        <p>{t('rollout.noGate')}</p>
      </section>
    );
  }
  const unmet = gate.criteria.filter((criterion) => !criterion.met && criterion.severity === 'required').length;
  return (
    <section className="rollout-card" aria-labelledby={`${ids}-title`} data-testid="gate-checklist">
      <h2 id={`${ids}-title`}>{t('rollout.gate', { stage: t(`rollout.stage.${gate.stage}`) })}</h2>
      <p className={gate.met ? 'gate-summary met' : 'gate-summary unmet'}>
        {gate.met ? t('rollout.gateMet') : t('rollout.gateUnmet', { count: unmet })}
      </p>
      <ul className="gate-criteria">
        {gate.criteria.map((criterion) => {
          const state = criterion.met ? 'met' : criterion.severity === 'warning' ? 'warning' : 'unmet';
          return (
            <li key={criterion.id} className={`criterion ${state}`}>
              <p className="criterion-head">
                <span className={`criterion-state ${state}`}>
                  {state === 'met' ? t('rollout.met') : state === 'warning' ? t('rollout.warning') : t('rollout.unmet')}
                </span>
                <span className="criterion-label">{t(`rollout.criterion.${criterion.id}`)}</span>
              </p>
              <p className="criterion-evidence">{t('rollout.evidence', { text: criterion.evidence })}</p>
              {/* Kept for met criteria too: evidence can be corrected, and the form's outcome stays visible. */}
              {editable && (
                <details className="criterion-form">
                  <summary>
                    {t('rollout.recordEvidence')}
                    <span className="visually-hidden">: {t(`rollout.criterion.${criterion.id}`)}</span>
                  </summary>
                  <FormFor id={criterion.id} snapshot={snapshot} send={send} plan={plan} />
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function FormFor({ id, snapshot, send, plan }: { id: GateCriterionId; snapshot: DistrictSnapshot; send: GateChecklistProps['send']; plan?: Plan }) {
  const t = useT();
  const props = plan === undefined ? { send } : { send, plan };
  switch (id) {
    case 'problem-of-practice':
      return <ProblemForm {...props} />;
    case 'fit-assessment':
      return <FitForm {...props} />;
    case 'team':
      return <TeamForm {...props} />;
    case 'adoption-decision':
      return <DecisionForm {...props} />;
    case 'approved-plan':
      return <ApprovalForm {...props} />;
    case 'pilot-campuses':
    case 'pilot-campus-pair':
      return <AddCampusForm send={send} />;
    case 'training-plan':
      return <DescribedForm {...props} kind="trainingPlan" />;
    case 'shared-planning':
      return <DescribedForm {...props} kind="sharedPlanning" />;
    case 'improvement-cycles':
      return <CycleForm {...props} campuses={campusFacts(snapshot.context.campuses)} />;
    case 'measure-moved':
      return <ReadingForm {...props} />;
    case 'showcases':
      return <ShowcaseForm {...props} />;
    case 'share-at-fidelity':
      return <p className="hint">{t('rollout.fidelityHint')}</p>;
    case 'framework-embedded':
      return <FrameworkForm {...props} />;
    case 'funding-plan':
      return <FundingForm {...props} />;
  }
}
