/**
 * The coach beside the open plan: findings grouped by severity, each linking to the part of
 * the plan it names, with the research behind the four-sources advice.
 */
import { memo, useState } from 'react';
import { useCoachOpen } from './useCoachOpen.ts';
import { RESEARCH_SOURCE, type Finding, type Severity } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { usePlanSession } from '../plan/PlanSessionContext.ts';
import { requestReveal, revealPath } from '../plan/reveal.ts';
import { planHash } from '../shell/route.ts';
import { navigate } from '../shell/useRoute.ts';
import { useCoach } from './CoachContext.ts';
import { sameFinding } from './coach-store.ts';
import './coach.css';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Findings shown per group before "Show all". */
const FIRST = 6;

/** The panel; it re-renders with each new report, not with the frame around it. */
export const CoachPanel = memo(function CoachPanel() {
  const t = useT();
  const { report } = useCoach();
  const [open, setOpen] = useCoachOpen();
  const counts = countBySeverity(report.findings);
  if (!open) {
    return (
      <button type="button" className="button coach-show" aria-expanded={false} onClick={() => setOpen(true)} data-testid="coach-show">
        {t('coach.show', { count: report.findings.length })}
      </button>
    );
  }
  return (
    <section className="coach-panel" aria-labelledby="coach-title" data-testid="coach-panel">
      <div className="coach-head">
        <h2 id="coach-title">{t('coach.title')}</h2>
        <button type="button" className="button quiet small" aria-expanded={true} onClick={() => setOpen(false)}>
          {t('coach.hide')}
        </button>
      </div>
      <p className="coach-summary" data-testid="coach-summary">
        {t('coach.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </p>
      {report.findings.length === 0 ? (
        <p className="muted">{t('coach.none')}</p>
      ) : (
        SEVERITIES.map((severity) => {
          const findings = report.findings.filter((finding) => finding.severity === severity);
          return findings.length === 0 ? null : <FindingGroup key={severity} severity={severity} findings={findings} />;
        })
      )}
    </section>
  );
});

function FindingGroup({ severity, findings }: { severity: Severity; findings: readonly Finding[] }) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? findings : findings.slice(0, FIRST);
  return (
    <div className={`finding-group ${severity}`} data-testid={`coach-group-${severity}`}>
      <h3>{t(`coach.group.${severity}`, { count: findings.length })}</h3>
      <ul>
        {findingKeys(shown).map((key, index) => (
          <FindingItem key={key} finding={shown[index] as Finding} />
        ))}
      </ul>
      {findings.length > FIRST && (
        <button type="button" className="button quiet small" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? t('coach.showLess') : t('coach.showMore', { count: findings.length })}
        </button>
      )}
    </div>
  );
}

/**
 * A key per finding that stays with it when findings before it come or go (its code and
 * paths, numbered only when the same pair repeats), so an unchanged finding is not redrawn.
 */
function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.code}:${finding.paths.join(',')}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? key : `${key}:${count}`;
  });
}

/** One finding; redrawn only when what it says changes (a new report repeats unchanged findings as new objects). */
const FindingItem = memo(function FindingItem({ finding }: { finding: Finding }) {
  const t = useT();
  const { planId } = usePlanSession();
  const path = finding.paths[0];
  const goTo = () => {
    if (path === undefined) return;
    // The exact field on this screen if it is here; otherwise the editor, which has every part.
    if (revealPath(path)) return;
    requestReveal(path);
    const editor = planHash(planId, 'edit');
    if (window.location.hash === editor) revealPath(path, true);
    else navigate(editor);
  };
  return (
    <li className="finding" data-code={finding.code}>
      {path === undefined ? (
        <p className="finding-message">{finding.message}</p>
      ) : (
        <button type="button" className="finding-message finding-link" onClick={goTo} title={t('coach.goTo')}>
          {finding.message}
        </button>
      )}
      {finding.suggestion !== '' && <p className="finding-suggestion">{finding.suggestion}</p>}
      {finding.code === 'fewer-than-four-sources' && (
        <details className="research">
          <summary>{t('coach.research')}</summary>
          <p>{t('coach.researchBody')}</p>
          <p>
            <cite>{t('coach.researchSource', { source: RESEARCH_SOURCE })}</cite>
          </p>
        </details>
      )}
    </li>
  );
}, (a, b) => sameFinding(a.finding, b.finding));

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
