import { useId } from 'react';
import { useT } from '../i18n/useT.ts';
import { useStudioState } from '../session/StudioContext.ts';
import { useRolloutStage } from '../rollout/useRolloutStage.ts';

/** The districts of the person's own plans, with their stage and a link to each plan's rollout. */
export function PlanRollouts() {
  const t = useT();
  const ids = useId();
  const { plans } = useStudioState();
  return (
    <section className="rollout-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('cohort.yourPlans')}</h2>
      {plans.length === 0 ? (
        <p>{t('cohort.yourPlansNone')}</p>
      ) : (
        <table className="rollout-table">
          <thead>
            <tr>
              <th scope="col">{t('cohort.plan')}</th>
              <th scope="col">{t('cohort.stage')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cohort.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((entry) => (
              <PlanRow key={entry.id} id={entry.id} title={entry.title} organization={entry.organization} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PlanRow({ id, title, organization }: { id: string; title: string; organization: string }) {
  const t = useT();
  const stage = useRolloutStage(id);
  const name = organization.trim() === '' ? title : `${organization} — ${title}`;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{stage === undefined ? '…' : stage === null ? t('cohort.notStarted') : t(`rollout.stage.${stage}`)}</td>
      <td>
        <a className="button small" href={`#/plan/${encodeURIComponent(id)}/rollout`} aria-label={t('cohort.openLabel', { name })}>
          {t('cohort.open')}
        </a>
      </td>
    </tr>
  );
}
