/** The first parts of the printed report: who and why, the result, the behaviors, how they were found. */
import type { Measure, Plan } from '@sixsources/core';
import type { Translate } from '../i18n/useT.ts';
import { longDate, number, shortDate } from './format.ts';

interface SectionProps {
  plan: Plan;
  t: Translate;
}

/** Title, organization, dates, problem of practice and belief statement. */
export function OverviewSection({ plan, title, t, locale, today }: SectionProps & { title: string; locale: string; today: string }) {
  const org = plan.organization;
  const facts = [
    org.location,
    org.students === undefined ? undefined : t('print.students', { count: number(org.students, locale) }),
    org.campuses === undefined ? undefined : t('print.campuses', { count: number(org.campuses, locale) }),
    org.teachers === undefined ? undefined : t('print.teachers', { count: number(org.teachers, locale) }),
  ].filter((fact): fact is string => fact !== undefined && fact !== '');
  return (
    <header className="report-header">
      <h1 id="print-report-title">{title}</h1>
      {org.name !== '' && (
        <p className="organization">
          <strong>{org.name}</strong>
          {facts.length > 0 && ` · ${facts.join(' · ')}`}
        </p>
      )}
      <p className="dates">
        {t('print.preparedOn', { date: longDate(today, locale), updated: longDate(plan.updatedAt, locale) })}
      </p>
      {plan.problemOfPractice.trim() !== '' && (
        <section className="report-part">
          <h2>{t('print.problem')}</h2>
          <p className="prose">{plan.problemOfPractice}</p>
        </section>
      )}
      {plan.beliefStatement.trim() !== '' && (
        <section className="report-part">
          <h2>{t('print.belief')}</h2>
          <p className="prose">{plan.beliefStatement}</p>
        </section>
      )}
    </header>
  );
}

/** The result statement and a table of its measures. */
export function ResultSection({ plan, t, locale }: SectionProps & { locale: string }) {
  const statement = plan.result.statement.trim();
  return (
    <section className="report-part">
      <h2>{t('print.result')}</h2>
      <p className="result">{statement === '' ? t('print.noResult') : statement}</p>
      {plan.result.measures.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('print.measure')}</th>
              <th scope="col">{t('print.baseline')}</th>
              <th scope="col">{t('print.target')}</th>
              <th scope="col">{t('print.latest')}</th>
              <th scope="col">{t('print.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.result.measures.map((measure) => (
              <MeasureRow key={measure.id} measure={measure} locale={locale} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MeasureRow({ measure, locale }: { measure: Measure; locale: string }) {
  const percent = measure.unit.trim().startsWith('%');
  const show = (value: number | undefined, date?: string) => {
    if (value === undefined) return '—';
    const shown = `${number(value, locale)}${percent ? '%' : ''}`;
    return date === undefined ? shown : `${shown} (${shortDate(date, locale)})`;
  };
  const latest = [...measure.observations].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  const { baseline, target } = measure;
  const share =
    latest !== undefined && baseline.value !== undefined && target.value !== undefined && target.value !== baseline.value
      ? `${Math.round(((latest.value - baseline.value) / (target.value - baseline.value)) * 100)}%`
      : '—';
  return (
    <tr>
      <th scope="row">
        {measure.name}
        {measure.unit !== '' && <span className="unit"> ({measure.unit})</span>}
      </th>
      <td>{show(baseline.value, baseline.date)}</td>
      <td>{show(target.value, target.date)}</td>
      <td>{latest === undefined ? '—' : show(latest.value, latest.date)}</td>
      <td>{share}</td>
    </tr>
  );
}

/** Each vital behavior with how it is measured, where it came from and its crucial moments. */
export function BehaviorsSection({ plan, t }: SectionProps) {
  return (
    <section className="report-part">
      <h2>{t('print.behaviors')}</h2>
      {plan.behaviors.length === 0 ? (
        <p>{t('print.none')}</p>
      ) : (
        <ol className="behaviors">
          {plan.behaviors.map((behavior) => {
            const moments = plan.crucialMoments.filter((moment) => moment.behaviorIds.includes(behavior.id));
            return (
              <li key={behavior.id}>
                <p className="behavior">
                  <strong>{behavior.who}</strong> {behavior.action}
                </p>
                {behavior.measuredBy !== '' && (
                  <p className="detail">
                    <span className="label">{t('print.measuredBy')}:</span> {behavior.measuredBy}
                  </p>
                )}
                <p className="detail">
                  <span className="label">{t('print.foundBy')}:</span> {t(`domain.origin.${behavior.origin}`)}
                </p>
                {moments.length > 0 && (
                  <div className="detail">
                    <span className="label">{t('print.moments')}:</span>
                    <ul>
                      {moments.map((moment) => (
                        <li key={moment.id}>{moment.when}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The four discovery lists, when any holds something. */
export function DiscoverySection({ plan, t }: SectionProps) {
  const lists = [
    { key: 'obvious', title: t('print.obvious'), items: plan.obvious.map((note) => ({ id: note.id, text: note.text })) },
    { key: 'moments', title: t('print.moments'), items: plan.crucialMoments.map((moment) => ({ id: moment.id, text: moment.when })) },
    {
      key: 'deviants',
      title: t('print.deviants'),
      items: plan.positiveDeviants.map((deviant) => ({ id: deviant.id, text: `${deviant.who}: ${deviant.practice}` })),
    },
    { key: 'busters', title: t('print.busters'), items: plan.cultureBusters.map((buster) => ({ id: buster.id, text: buster.description })) },
  ].filter((list) => list.items.length > 0);
  if (lists.length === 0) return null;
  return (
    <section className="report-part">
      <h2>{t('print.discovery')}</h2>
      <div className="discovery">
        {lists.map((list) => (
          <div key={list.key} className="discovery-list">
            <h3>{list.title}</h3>
            <ul>
              {list.items.map((item) => (
                <li key={item.id}>{item.text}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
