/** The library: saved plans, making new ones from templates, and importing a plan file. */
import { useT } from '../i18n/useT.ts';
import { useStudioState } from '../session/StudioContext.ts';
import { PlanTable } from './PlanTable.tsx';
import { NewPlanPanel } from './NewPlanPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { StoredNotes } from './StoredNotes.tsx';
import './library.css';


export function LibraryScreen() {
  const t = useT();
  const state = useStudioState();
  return (
    <div className="library">
      <div className="screen-header">
        <div>
          <h1>{t('library.title')}</h1>
          <p>{t('library.intro')}</p>
        </div>
      </div>
      <section className="card library-plans" aria-labelledby="library-plans-heading">
        <h2 id="library-plans-heading" className="visually-hidden">
          {t('library.title')}
        </h2>
        {state.plans.length === 0 ? <p className="muted">{t('library.empty')}</p> : <PlanTable plans={state.plans} />}
      </section>
      <StoredNotes newer={state.newer} setAside={state.setAside} />
      <div className="library-columns">
        <NewPlanPanel />
        <ImportPanel />
      </div>
    </div>
  );
}
