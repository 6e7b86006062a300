/**
 * What the person must know about storage, above the screen: no IndexedDB (working in
 * memory), a failed or full save (with a download of the plan), and a conflict with another
 * tab on the open plan (with the choices).
 */
import { useT } from '../i18n/useT.ts';
import { useStudio, useStudioState } from '../session/StudioContext.ts';
import type { PlanSummary } from '../session/studio.ts';
import { downloadText, fileNameFor } from '../exchange/download.ts';
import { navigate } from './useRoute.ts';
import { planHash } from './route.ts';

export function StorageBanners({ openPlan }: { openPlan: PlanSummary | undefined }) {
  const t = useT();
  const studio = useStudio();
  const state = useStudioState();
  const problem = state.saveProblem;
  const problemPlan = problem === null ? undefined : studio.latestPlan(problem.planId);

  const download = async (id: string) => {
    const plan = studio.latestPlan(id);
    if (plan === undefined) return;
    const { serializePlan } = await import('./plan-file.ts');
    downloadText(fileNameFor(plan.title, 'sixsources.json'), serializePlan(plan), 'application/json');
  };

  return (
    <div className="banners app-chrome">
      {state.persistence === 'memory' && (
        <div className="banner warning" role="alert" data-testid="storage-unavailable">
          <p>{t('storage.unavailable')}</p>
          {openPlan !== undefined && (
            <div className="banner-actions">
              <button type="button" className="button" onClick={() => void download(openPlan.id)}>
                {t('storage.downloadPlan')}
              </button>
            </div>
          )}
        </div>
      )}
      {problem !== null && problemPlan !== undefined && (
        <div className="banner error" role="alert" data-testid="storage-problem">
          <p>
            {problem.kind === 'quota'
              ? t('storage.quota', { title: problemPlan.title })
              : t('storage.failed', { title: problemPlan.title, detail: problem.detail })}
          </p>
          <div className="banner-actions">
            <button type="button" className="button primary" onClick={() => void download(problem.planId)}>
              {t('storage.downloadPlan')}
            </button>
            <button type="button" className="button quiet" onClick={() => studio.dismissSaveProblem()}>
              {t('shell.dismiss')}
            </button>
          </div>
        </div>
      )}
      {openPlan?.hold != null && <HoldBanner summary={openPlan} onDownload={() => void download(openPlan.id)} />}
    </div>
  );
}

function HoldBanner({ summary, onDownload }: { summary: PlanSummary; onDownload: () => void }) {
  const t = useT();
  const studio = useStudio();
  const copyTitle = t('storage.copyTitle', { title: summary.title });
  const keepMine = async () => {
    const copyId = await studio.resolveConflict(summary.id, 'keep-mine', copyTitle);
    if (copyId !== null) navigate(planHash(copyId));
  };
  if (summary.hold === 'newer-schema') {
    return (
      <div className="banner warning" role="alert" data-testid="storage-hold">
        <p>{t('storage.newerSchema')}</p>
        <div className="banner-actions">
          <button type="button" className="button" onClick={onDownload}>
            {t('storage.downloadPlan')}
          </button>
        </div>
      </div>
    );
  }
  const deleted = summary.hold === 'deleted-elsewhere';
  return (
    <div className="banner warning" role="alert" data-testid="storage-hold">
      <p>{deleted ? t('storage.deletedElsewhere') : t('storage.conflict')}</p>
      <div className="banner-actions">
        <button type="button" className="button primary" onClick={() => void keepMine()}>
          {t('storage.keepMine')}
        </button>
        <button type="button" className="button" onClick={() => void studio.resolveConflict(summary.id, 'theirs', copyTitle)}>
          {deleted ? t('storage.acceptDelete') : t('storage.loadTheirs')}
        </button>
      </div>
    </div>
  );
}
