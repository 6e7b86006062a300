/** The open plan's part of the top bar: its title and save state, undo/redo, and export. */
import { useSyncExternalStore } from 'react';
import { hasPendingEdits, watchPendingEdits } from '../plan/pending-edits.ts';
import { useT } from '../i18n/useT.ts';
import { usePlanSelector, useUndoRedo } from '../plan/usePlan.ts';
import { ExportMenu } from '../exchange/ExportMenu.tsx';
import { useStudioState } from '../session/StudioContext.ts';

const selectTitle = (plan: { title: string }) => plan.title;

export function OpenPlanTools({ unsaved: unsavedPlan }: { unsaved: boolean }) {
  const t = useT();
  // Without IndexedDB nothing is saved, however current the tab is: say where the work lives.
  const inMemory = useStudioState().persistence === 'memory';
  // Typed text reaches the plan a frame after the keystroke; until then it is not saved either.
  const typing = useSyncExternalStore(watchPendingEdits, hasPendingEdits);
  const unsaved = unsavedPlan || typing;
  const title = usePlanSelector(selectTitle);
  const { canUndo, canRedo, undo, redo } = useUndoRedo();
  return (
    <>
      <div className="header-plan">
        <span className="visually-hidden">{t('shell.openPlan')}:</span>
        <span className="header-plan-title" data-testid="header-plan-title">
          {title}
        </span>
        <span className={`save-status${unsaved || inMemory ? ' unsaved' : ''}`} data-testid="save-status" aria-live="polite">
          {inMemory ? t('shell.inThisTabOnly') : unsaved ? t('shell.saving') : t('shell.saved')}
        </span>
      </div>
      <div className="header-tools">
        <button type="button" className="button quiet" onClick={undo} disabled={!canUndo} title={t('shell.undoHint')} aria-keyshortcuts="Control+Z Meta+Z">
          <span aria-hidden="true">↶</span> {t('shell.undo')}
        </button>
        <button
          type="button"
          className="button quiet"
          onClick={redo}
          disabled={!canRedo}
          title={t('shell.redoHint')}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        >
          <span aria-hidden="true">↷</span> {t('shell.redo')}
        </button>
        <ExportMenu />
      </div>
    </>
  );
}
