import { useId, useState } from 'react';
import type { EditRefusal, Measure, Plan, PlanCommand } from '@sixsources/core';
import { useT, type Translate } from '../i18n/useT.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { todayIso } from '../diagrams/naming.ts';
import { ObservationForm } from './ObservationForm.tsx';
import { ProgressChart } from './ProgressChart.tsx';
import { formatDate, formatValue, measureProgress, observationsByDate } from './progress.ts';
import './styles.css';

/** Props of the measures screen. */
export interface MeasuresScreenProps {
  /** The open plan. */
  plan: Plan;
  /** Applies an edit to the open plan (it goes through the core, with undo); may return why it was refused. */
  send: (command: PlanCommand) => EditRefusal | null | void;
}

/** The result's measures: where each stands, its chart, and the observations recorded so far. */
export function MeasuresScreen({ plan, send }: MeasuresScreenProps) {
  const t = useT();
  const ids = useId();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [language] = useLanguage();
  const locale = language === 'es' ? 'es' : 'en-US';
  const measures = plan.result.measures;
  const measure = measures.find((m) => m.id === selectedId) ?? measures[0];

  return (
    <section className="measures-screen" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`}>{t('measures.title')}</h1>
      <p className="intro">{t('measures.intro')}</p>
      <p className="result-statement">
        <strong>{t('measures.result')}: </strong>
        {plan.result.statement.trim() === '' ? t('measures.noResult') : plan.result.statement}
      </p>
      {measure === undefined ? (
        <p className="empty">
          {t('measures.none')} <a href={`#/plan/${encodeURIComponent(plan.id)}/edit`}>{t('measures.openEditor')}</a>
        </p>
      ) : (
        <>
          {measures.length > 1 && (
            <p className="measure-pick">
              <label htmlFor={`${ids}-measure`}>{t('measures.pick')} </label>
              <select id={`${ids}-measure`} value={measure.id} onChange={(event) => setSelectedId(event.target.value)}>
                {measures.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </p>
          )}
          <MeasureDetail
            measure={measure}
            t={t}
            locale={locale}
            send={send}
            onRecorded={(date) => setAnnouncement(t('measures.recorded', { date: formatDate(date, locale) }))}
          />
          <p className="announce" role="status" aria-live="polite">
            {announcement}
          </p>
        </>
      )}
    </section>
  );
}

interface MeasureDetailProps {
  measure: Measure;
  t: Translate;
  locale: string;
  send: (command: PlanCommand) => EditRefusal | null | void;
  onRecorded: (date: string) => void;
}

function MeasureDetail({ measure, t, locale, send, onRecorded }: MeasureDetailProps) {
  const missing = t('measures.missing');
  const value = (v: number | undefined) => formatValue(v, measure.unit, locale, missing);
  const date = (d: string) => formatDate(d, locale);
  const progress = measureProgress(measure);
  const summary =
    progress.latest === undefined
      ? t('measures.summaryNoObservation', { baseline: value(progress.baseline), target: value(progress.target) })
      : progress.target === undefined
        ? t('measures.summaryNoTarget', { baseline: value(progress.baseline), latest: value(progress.latest.value) })
        : t('measures.summary', { baseline: value(progress.baseline), latest: value(progress.latest.value), target: value(progress.target) });
  const overdue = progress.nextDue !== undefined && progress.nextDue < todayIso();
  const rows = observationsByDate(measure);

  return (
    <article className="measure" aria-labelledby={`measure-${measure.id}`}>
      <h2 id={`measure-${measure.id}`}>{measure.name}</h2>
      <dl className="measure-facts">
        <div>
          <dt>{t('measures.unit')}</dt>
          <dd>{measure.unit || missing}</dd>
        </div>
        <div>
          <dt>{t('measures.cadence')}</dt>
          <dd>{t(`domain.cadence.${measure.cadence}`)}</dd>
        </div>
        <div>
          <dt>{t('measures.baseline')}</dt>
          <dd>{point(measure.baseline, value, date, t)}</dd>
        </div>
        <div>
          <dt>{t('measures.target')}</dt>
          <dd>{point(measure.target, value, date, t)}</dd>
        </div>
      </dl>

      <div className="progress-summary">
        <p className="summary" data-testid="measure-summary">
          {summary}
        </p>
        {progress.reached ? (
          <p className="badge reached">{t('measures.reached')}</p>
        ) : (
          progress.percentOfWay !== undefined && <p className="share">{t('measures.share', { percent: progress.percentOfWay })}</p>
        )}
        {progress.nextDue !== undefined && !progress.reached && (
          <p className={overdue ? 'due overdue' : 'due'}>
            {overdue ? t('measures.overdue', { date: date(progress.nextDue) }) : t('measures.nextDue', { date: date(progress.nextDue) })}
          </p>
        )}
      </div>

      <ProgressChart
        measure={measure}
        label={`${t('measures.chart', { name: measure.name })}: ${summary}`}
        baselineWord={t('measures.chartBaseline')}
        targetWord={t('measures.chartTarget')}
        formatValue={(v) => value(v)}
        formatDate={date}
      />

      <ObservationForm key={measure.id} measureId={measure.id} send={send} onRecorded={onRecorded} />

      <h3>{t('measures.observations')}</h3>
      {rows.length === 0 ? (
        <p>{t('measures.noObservations')}</p>
      ) : (
        <table className="observations">
          <thead>
            <tr>
              <th scope="col">{t('measures.date')}</th>
              <th scope="col">{t('measures.value')}</th>
              <th scope="col">{t('measures.change')}</th>
              <th scope="col">{t('measures.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('measures.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const before = rows[index - 1];
              const change = before === undefined ? '' : signed(row.value - before.value, locale);
              return (
                <tr key={row.id}>
                  <td>{date(row.date)}</td>
                  <td>{value(row.value)}</td>
                  <td>{change}</td>
                  <td>{row.note ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      className="button quiet"
                      aria-label={t('measures.removeLabel', { date: date(row.date) })}
                      onClick={() => send({ type: 'observation.remove', measureId: measure.id, id: row.id })}
                    >
                      {t('measures.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </article>
  );
}

function point(
  at: Measure['baseline'],
  value: (v: number | undefined) => string,
  date: (d: string) => string,
  t: Translate,
): string {
  if (at.value === undefined) return t('measures.missing');
  return at.date === undefined ? value(at.value) : t('measures.pointAt', { value: value(at.value), date: date(at.date) });
}

function signed(delta: number, locale: string): string {
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(delta);
  return text;
}
