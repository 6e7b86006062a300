import { useId, useState } from 'react';
import { newId, shareAtFidelity, type CampusFacts, type DistrictEvent } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { Field, numberOrUndefined } from './fields.tsx';
import { FormFrame } from './FormFrame.tsx';
import { Outcome } from './Outcome.tsx';
import { useRecorder } from './useRecorder.ts';

/** Props of the campus section. */
export interface CampusSectionProps {
  campuses: readonly CampusFacts[];
  send: (event: DistrictEvent) => string[];
  /** False once the rollout was declined: campuses are shown but not changed. */
  editable: boolean;
}

/** The district's campuses, their stages and fidelity, with what can be done to each. */
export function CampusSection({ campuses, send, editable }: CampusSectionProps) {
  const t = useT();
  const ids = useId();
  const { record, outcome } = useRecorder(send);
  const share = shareAtFidelity(campuses);
  return (
    <section className="rollout-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('rollout.campuses')}</h2>
      {share.share !== null && (
        <p>
          {t('rollout.share', {
            share: `${Math.round(share.share * 100)}%`,
            atFidelity: share.atFidelity,
            teachers: share.teachers,
          })}
        </p>
      )}
      {campuses.length === 0 ? (
        <p>{t('rollout.noCampuses')}</p>
      ) : (
        <table className="rollout-table">
          <thead>
            <tr>
              <th scope="col">{t('rollout.campus.name')}</th>
              <th scope="col">{t('rollout.campus.wave')}</th>
              <th scope="col">{t('rollout.campus.stage')}</th>
              <th scope="col">{t('rollout.campus.teachers')}</th>
              <th scope="col">{t('rollout.campus.atFidelity')}</th>
              <th scope="col">{t('rollout.campus.cycles')}</th>
              {editable && <th scope="col">{t('rollout.campus.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {campuses.map((campus) => (
              <CampusRow key={campus.id} campus={campus} editable={editable} record={record} />
            ))}
          </tbody>
        </table>
      )}
      {campuses.length > 0 && <Outcome outcome={outcome} />}
      {editable && <AddCampusForm send={send} />}
    </section>
  );
}

function CampusRow({ campus, editable, record }: { campus: CampusFacts; editable: boolean; record: (event: DistrictEvent) => boolean }) {
  const t = useT();
  const [reason, setReason] = useState<string | null>(null);
  const [fidelity, setFidelity] = useState(String(campus.atFidelity));
  const name = campus.name;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{campus.wave}</td>
      <td>
        <span className={`campus-stage ${campus.status}`}>{t(`rollout.campus.${campus.status}`)}</span>
      </td>
      <td>{campus.teachers}</td>
      <td>{campus.atFidelity}</td>
      <td>{campus.cycles}</td>
      {editable && (
        <td className="campus-actions">
          {campus.status === 'withdrawn' ? (
            <button type="button" className="button small" aria-label={t('rollout.campus.rejoinLabel', { name })} onClick={() => record({ type: 'campus.rejoin', campusId: campus.id })}>
              {t('rollout.campus.rejoin')}
            </button>
          ) : (
            <>
              {campus.status !== 'sustaining' && (
                <button type="button" className="button small" aria-label={t('rollout.campus.advanceLabel', { name })} onClick={() => record({ type: 'campus.advance', campusId: campus.id })}>
                  {t('rollout.campus.advance')}
                </button>
              )}
              <span className="inline-field">
                <input
                  aria-label={t('rollout.campus.fidelityLabel', { name })}
                  inputMode="numeric"
                  size={4}
                  value={fidelity}
                  onChange={(event) => setFidelity(event.target.value)}
                />
                <button
                  type="button"
                  className="button"
                  onClick={() => record({ type: 'campus.fidelity', campusId: campus.id, atFidelity: numberOrUndefined(fidelity) ?? Number.NaN })}
                >
                  {t('rollout.campus.fidelity')}
                </button>
              </span>
              {reason === null ? (
                <button type="button" className="button small quiet" aria-label={t('rollout.campus.withdrawLabel', { name })} onClick={() => setReason('')}>
                  {t('rollout.campus.withdraw')}
                </button>
              ) : (
                <span className="inline-field">
                  <input
                    aria-label={t('rollout.campus.withdrawReason', { name })}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                  />
                  <button
                    type="button"
                    className="button"
                    disabled={reason.trim() === ''}
                    onClick={() => record({ type: 'campus.withdraw', campusId: campus.id, reason }) && setReason(null)}
                  >
                    {t('rollout.campus.withdraw')}
                  </button>
                </span>
              )}
            </>
          )}
        </td>
      )}
    </tr>
  );
}

/** Adds one campus; wave 1 makes it a pilot campus. */
export function AddCampusForm({ send }: { send: (event: DistrictEvent) => string[] }) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [name, setName] = useState('');
  const [wave, setWave] = useState('1');
  const [teachers, setTeachers] = useState('');
  function submit() {
    const added = record({
      type: 'campus.add',
      campuses: [{ id: newId('campus'), name, wave: numberOrUndefined(wave) ?? Number.NaN, teachers: numberOrUndefined(teachers) ?? Number.NaN }],
    });
    if (added) {
      setName('');
      setTeachers('');
    }
  }
  return (
    <FormFrame title={t('rollout.campus.add')} submitLabel={t('rollout.campus.add')} outcome={outcome} onSubmit={submit}>
      <Field label={t('rollout.campus.name')}>
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </Field>
      <Field label={t('rollout.campus.wave')}>
        <input inputMode="numeric" size={3} value={wave} onChange={(event) => setWave(event.target.value)} />
      </Field>
      <Field label={t('rollout.campus.teachers')}>
        <input inputMode="numeric" size={5} value={teachers} onChange={(event) => setTeachers(event.target.value)} />
      </Field>
    </FormFrame>
  );
}
