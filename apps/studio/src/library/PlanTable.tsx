/** The saved plans as a table: title, last edit, rollout stage, findings, and actions. */
import { useT } from '../i18n/useT.ts';
import { useStudio } from '../session/StudioContext.ts';
import type { PlanSummary } from '../session/studio.ts';
import { useFindings } from './findings.ts';
import { formatSavedAt } from './date-format.ts';
import { planHash } from '../shell/route.ts';
import { navigate } from '../shell/useRoute.ts';
import { useToast } from '../shell/toasts.tsx';
import { useRolloutStage } from '../rollout/useRolloutStage.ts';
import { deleteRollout } from '../rollout/rolloutStore.ts';

export function PlanTable({ plans }: { plans: readonly PlanSummary[] }) {
  const t = useT();
  return (
    <table className="plan-table" data-testid="plan-table">
      <thead>
        <tr>
          <th scope="col">{t('library.column.title')}</th>
          <th scope="col">{t('library.column.updated')}</th>
          <th scope="col">{t('library.column.stage')}</th>
          <th scope="col" className="numeric">
            {t('library.column.findings')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('library.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((summary) => (
          <PlanRow key={summary.id} summary={summary} />
        ))}
      </tbody>
    </table>
  );
}

function PlanRow({ summary }: { summary: PlanSummary }) {
  const t = useT();
  const studio = useStudio();
  const toast = useToast();
  // The list comes first; each plan's findings are counted right after, a row at a time.
  const findings = useFindings(summary);
  const title = summary.title.trim() === '' ? t('storage.untitled') : summary.title;
  const stage = useRolloutStage(summary.id);
  const stageName = stage == null ? t('library.noStage') : t(`domain.stage.${stage}`);
  const updated = summary.savedAt === null ? t('library.never') : formatSavedAt(summary.savedAt, t);

  const duplicate = async () => {
    const id = await studio.duplicate(summary.id, t('library.copyTitle', { title }));
    if (id !== null) navigate(planHash(id));
  };
  const remove = () => {
    void studio.remove(summary.id);
    toast({
      message: t('library.deleted', { title }),
      action: { label: t('library.undoDelete'), onAction: () => studio.undoDelete() },
      // Gone for good once Undo is no longer offered: its rollout goes too.
      onExpire: () => {
        studio.dismissDeleted();
        void deleteRollout(summary.id).catch(() => {});
      },
    });
  };

  return (
    <tr data-testid="plan-row">
      <th scope="row">
        <a href={planHash(summary.id)} className="plan-link">
          {title}
        </a>
        {summary.unsaved && <span className="tag">{t('library.unsaved')}</span>}
        {summary.migratedFrom !== null && (
          <span className="tag info" data-testid="migrated-tag">
            {t('storage.migrated', { version: summary.migratedFrom })}
          </span>
        )}
        <div className="plan-org muted">{summary.organization}</div>
      </th>
      <td>{updated}</td>
      <td>{stageName}</td>
      <td className="numeric">
        {findings === null ? (
          <span className="finding-count pending" aria-busy="true" title={t('library.findingsPending')}>
            <span aria-hidden="true">…</span>
            <span className="visually-hidden">{t('library.findingsPending')}</span>
          </span>
        ) : (
          <span
            className={`finding-count${findings.some((finding) => finding.severity === 'error') ? ' has-errors' : ''}`}
            aria-label={t('library.findingsLabel', { count: findings.length })}
          >
            {t('library.findings', { count: findings.length })}
          </span>
        )}
      </td>
      <td className="row-actions">
        <a className="button small" href={planHash(summary.id)} aria-label={t('library.openNamed', { title })}>
          {t('library.open')}
        </a>
        <button type="button" className="button small" onClick={() => void duplicate()} aria-label={t('library.duplicateNamed', { title })}>
          {t('library.duplicate')}
        </button>
        <button type="button" className="button small danger" onClick={remove} aria-label={t('library.deleteNamed', { title })}>
          {t('library.delete')}
        </button>
      </td>
    </tr>
  );
}
