/** The last parts of the printed report: the strategies as work, the influencers, the coach's review. */
import type { Finding, Plan } from '@sixsources/core';
import type { Translate } from '../i18n/useT.ts';
import { longDate } from './format.ts';

/** Every strategy with its source, tactic, owner, dates and status. */
export function StrategiesSection({ plan, t, locale }: { plan: Plan; t: Translate; locale: string }) {
  if (plan.strategies.length === 0) return null;
  return (
    <section className="report-part">
      <h2>{t('print.strategies')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('print.strategy')}</th>
            <th scope="col">{t('print.source')}</th>
            <th scope="col">{t('print.owner')}</th>
            <th scope="col">{t('print.dates')}</th>
            <th scope="col">{t('print.status')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.strategies.map((strategy) => (
            <tr key={strategy.id}>
              <td>
                <span className="tactic">{t(`domain.tactic.${strategy.tactic}`)}</span>
                {strategy.description !== '' && <span className="description">{strategy.description}</span>}
              </td>
              <td>{t(`domain.source.${strategy.source}`)}</td>
              <td>{strategy.owner ?? ''}</td>
              <td>{[strategy.start, strategy.due].filter((d) => d !== undefined).map((d) => longDate(d, locale)).join(' – ')}</td>
              <td>{t(`domain.status.${strategy.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The organizational influencers and opinion leaders. */
export function InfluencersSection({ plan, t }: { plan: Plan; t: Translate }) {
  if (plan.influencers.length === 0) return null;
  return (
    <section className="report-part">
      <h2>{t('print.influencers')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('print.name')}</th>
            <th scope="col">{t('print.role')}</th>
            <th scope="col">{t('print.kind')}</th>
            <th scope="col">{t('print.stance')}</th>
            <th scope="col">{t('print.reach')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.influencers.map((influencer) => (
            <tr key={influencer.id}>
              <th scope="row">{influencer.name}</th>
              <td>{influencer.role}</td>
              <td>{t(`domain.influencerKind.${influencer.kind}`)}</td>
              <td>{t(`domain.stance.${influencer.stance}`)}</td>
              <td>{influencer.reach}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The coach's findings, most serious first, with what to do about each. */
export function CoachSection({ findings, t }: { findings: readonly Finding[]; t: Translate }) {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  return (
    <section className="report-part">
      <h2>{t('print.coach')}</h2>
      {findings.length === 0 ? (
        <p>{t('print.coachClean')}</p>
      ) : (
        <>
          <p>{t('print.coachCounts', { errors: count('error'), warnings: count('warning'), infos: count('info') })}</p>
          <ul className="findings">
            {findings.map((finding, index) => (
              <li key={`${finding.code}-${index}`} className={`finding ${finding.severity}`}>
                <span className="severity">{t(`domain.severity.${finding.severity}`)}</span> {finding.message}
                {finding.suggestion !== '' && <span className="suggestion"> {finding.suggestion}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
