import { useMemo } from 'react';
import { approvalBlockers } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { todayIso } from '../diagrams/naming.ts';
import { FormFrame } from './FormFrame.tsx';
import { useRecorder } from './useRecorder.ts';
import type { EvidenceFormProps } from './EvidenceForms.tsx';

/**
 * Records the open plan as the district's approved influence plan. The coach decides: a plan
 * with error-level findings cannot be recorded as approved, and the count says why.
 */
export function ApprovalForm({ send, plan }: EvidenceFormProps) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const today = todayIso();
  const errors = useMemo(
    () => (plan === undefined ? 0 : approvalBlockers(plan, { today }).length),
    [plan, today],
  );
  if (plan === undefined) return <p className="hint">{t('rollout.form.noPlan')}</p>;
  const title = plan.title.trim() === '' ? plan.id : plan.title;
  return (
    <FormFrame
      title={t('rollout.form.approved')}
      submitLabel={t('rollout.form.approve', { title })}
      outcome={outcome}
      hint={errors > 0 ? t('rollout.form.approveBlocked', { count: errors }) : t('rollout.form.approveReady')}
      submitDisabled={errors > 0}
      onSubmit={() => record({ type: 'evidence.record', evidence: { kind: 'approvedPlan', planTitle: title, approvedAt: today, errorFindings: errors } })}
    >
      {null}
    </FormFrame>
  );
}
