import { useEffect, useMemo } from 'react';
import { coachPlan, type Plan } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { translator } from '../i18n/translate.ts';
import { todayIso } from '../diagrams/naming.ts';
import { CoachSection, InfluencersSection, StrategiesSection } from './WorkSections.tsx';
import { BehaviorsSection, DiscoverySection, OverviewSection, ResultSection } from './PlanSections.tsx';
import { MatrixSection } from './MatrixSection.tsx';
import { localeOf } from './format.ts';
import './styles.css';

/** Props of the print view. */
export interface PrintViewProps {
  /** The open plan. */
  plan: Plan;
}

/**
 * A clean report of the plan for paper or PDF, built from the plan's data (never from HTML).
 * The report reads in the plan's own language; the toolbar in the interface language.
 * The print stylesheet hides the app around it, the toolbar and every button.
 */
export function PrintView({ plan }: PrintViewProps) {
  const ui = useT();
  const t = useMemo(() => translator(plan.language), [plan.language]);
  const locale = localeOf(plan.language);
  const today = todayIso();
  const coach = useMemo(() => coachPlan(plan, { today }), [plan, today]);
  const title = plan.title.trim() === '' ? t('print.untitled') : plan.title;

  useEffect(() => {
    // The browser names the PDF after the document title.
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);

  return (
    <div className="print-view">
      <div className="print-toolbar" role="region" aria-label={ui('print.toolbar')} data-no-print>
        <p>{ui('print.hint')}</p>
        <a href={`#/plan/${encodeURIComponent(plan.id)}/edit`}>{ui('print.back')}</a>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {ui('print.print')}
        </button>
      </div>
      <article className="print-report" lang={plan.language} aria-labelledby="print-report-title">
        <OverviewSection plan={plan} title={title} t={t} locale={locale} today={today} />
        <ResultSection plan={plan} t={t} locale={locale} />
        <BehaviorsSection plan={plan} t={t} />
        <DiscoverySection plan={plan} t={t} />
        <MatrixSection plan={plan} t={t} />
        <StrategiesSection plan={plan} t={t} locale={locale} />
        <InfluencersSection plan={plan} t={t} />
        <CoachSection findings={coach.findings} t={t} />
      </article>
    </div>
  );
}
