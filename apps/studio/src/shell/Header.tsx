/** The top bar: brand, the open plan's title and save state, undo/redo, export, language. */
import { useSyncExternalStore } from 'react';
import type { Route } from './route.ts';
import { hasPendingEdits, watchPendingEdits } from '../plan/pending-edits.ts';
import { routeHash } from './route.ts';
import { useT } from '../i18n/useT.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { UI_LANGUAGES, isUiLanguage } from '../i18n/language.ts';
import { useOptionalPlanSession } from '../plan/PlanSessionContext.ts';
import { usePlanSelector, useUndoRedo } from '../plan/usePlan.ts';
import { ExportMenu } from '../exchange/ExportMenu.tsx';
import type { PlanSummary } from '../session/studio.ts';
import { useStudioState } from '../session/StudioContext.ts';

const selectTitle = (plan: { title: string }) => plan.title;

export function Header({ route, summary }: { route: Route; summary: PlanSummary | undefined }) {
  const t = useT();
  const session = useOptionalPlanSession();
  return (
    <header className="app-header app-chrome">
      <a className="brand" href={routeHash({ screen: 'library' })}>
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
          <span />
          <span />
          <span />
          <span />
        </span>
        {t('shell.appName')}
      </a>
      <nav className="main-nav" aria-label={t('shell.mainNav')}>
        <a href={routeHash({ screen: 'library' })} aria-current={route.screen === 'library' ? 'page' : undefined}>
          {t('shell.nav.library')}
        </a>
        <a href={routeHash({ screen: 'cohort' })} aria-current={route.screen === 'cohort' ? 'page' : undefined}>
          {t('shell.nav.cohort')}
        </a>
      </nav>
      {session !== null && summary !== undefined ? <OpenPlanTools unsaved={summary.unsaved} /> : <div className="header-spacer" />}
      <LanguageSwitch />
    </header>
  );
}

function OpenPlanTools({ unsaved: unsavedPlan }: { unsaved: boolean }) {
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

function LanguageSwitch() {
  const t = useT();
  const [language, setLanguage] = useLanguage();
  return (
    <label className="language-switch">
      <span>{t('shell.language')}</span>
      <select
        value={language}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) setLanguage(event.target.value);
        }}
        data-testid="language-switch"
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`shell.languageName.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
