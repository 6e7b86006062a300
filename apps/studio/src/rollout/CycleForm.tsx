import { useState } from 'react';
import type { CampusFacts } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { todayIso } from '../diagrams/naming.ts';
import { Field, defined, numberOrUndefined, textOrUndefined } from './fields.tsx';
import { FormFrame } from './FormFrame.tsx';
import { useRecorder } from './useRecorder.ts';
import type { EvidenceFormProps } from './EvidenceForms.tsx';

/** An improvement cycle (a data dig): date, observations reviewed, campuses that took part. */
export function CycleForm({ send, campuses }: EvidenceFormProps & { campuses: readonly CampusFacts[] }) {
  const t = useT();
  const { record, outcome } = useRecorder(send);
  const [date, setDate] = useState(todayIso);
  const [observations, setObservations] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  // Cycles are recorded at campuses that are implementing or sustaining.
  const ready = campuses.filter((campus) => campus.status === 'implementing' || campus.status === 'sustaining');
  function submit() {
    const campusIds = chosen.filter((id) => ready.some((campus) => campus.id === id));
    record({
      type: 'cycle.record',
      cycle: defined({
        date,
        observations: numberOrUndefined(observations) ?? Number.NaN,
        campusIds: campusIds.length === 0 ? undefined : campusIds,
        note: textOrUndefined(note),
      }),
    });
  }
  return (
    <FormFrame title={t('rollout.form.cycle')} submitLabel={t('rollout.save')} outcome={outcome} onSubmit={submit}>
      <Field label={t('rollout.date')}>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </Field>
      <Field label={t('rollout.form.observations')}>
        <input inputMode="numeric" value={observations} onChange={(event) => setObservations(event.target.value)} />
      </Field>
      <Field label={t('rollout.note')} wide>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      {ready.length > 0 && (
        <fieldset className="rollout-choices">
          <legend>{t('rollout.form.cycleCampuses')}</legend>
          {ready.map((campus) => (
            <label key={campus.id} className="rollout-check">
              <input
                type="checkbox"
                checked={chosen.includes(campus.id)}
                onChange={(event) =>
                  setChosen((previous) => (event.target.checked ? [...previous, campus.id] : previous.filter((id) => id !== campus.id)))
                }
              />
              <span>{campus.name}</span>
            </label>
          ))}
        </fieldset>
      )}
    </FormFrame>
  );
}
