import { useId, useState, type FormEvent } from 'react';
import { LIMITS, type EditRefusal, type PlanCommand } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { todayIso } from '../diagrams/naming.ts';

/** Props of the observation form. */
export interface ObservationFormProps {
  measureId: string;
  /** Applies the command; may return why it was refused. */
  send: (command: PlanCommand) => EditRefusal | null | void;
  /** Called after a successful record, with the date, to announce it. */
  onRecorded: (date: string) => void;
}

/** Date, value and note of a new observation, recorded through the core's `observation.record`. */
export function ObservationForm({ measureId, send, onRecorded }: ObservationFormProps) {
  const t = useT();
  const ids = useId();
  const [date, setDate] = useState(todayIso);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<'value' | 'date' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = Number(value.replace(',', '.'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setProblem('date');
    if (value.trim() === '' || !Number.isFinite(number)) return setProblem('value');
    setProblem(null);
    const trimmed = note.trim();
    const refused = send({
      type: 'observation.record',
      measureId,
      observation: trimmed === '' ? { date, value: number } : { date, value: number, note: trimmed },
    });
    if (refused) {
      setRefusal(refused.message);
      return;
    }
    setRefusal(null);
    setValue('');
    setNote('');
    onRecorded(date);
  }

  const errorId = `${ids}-error`;
  return (
    <form className="observation-form" onSubmit={submit} aria-labelledby={`${ids}-title`} noValidate>
      <h3 id={`${ids}-title`}>{t('measures.record')}</h3>
      <div className="fields">
        <label>
          <span>{t('measures.date')}</span>
          <input
            type="date"
            value={date}
            required
            onChange={(event) => setDate(event.target.value)}
            aria-invalid={problem === 'date'}
            aria-describedby={problem === 'date' ? errorId : undefined}
          />
        </label>
        <label>
          <span>{t('measures.value')}</span>
          <input
            type="text"
            inputMode="decimal"
            value={value}
            required
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={problem === 'value'}
            aria-describedby={problem === 'value' ? errorId : undefined}
          />
        </label>
        <label className="note">
          <span>{t('measures.note')}</span>
          <input type="text" value={note} maxLength={LIMITS.maxLongText} onChange={(event) => setNote(event.target.value)} />
        </label>
        <button type="submit" className="button">{t('measures.save')}</button>
      </div>
      {refusal !== null && (
        <p className="form-error" role="alert">
          {t('measures.refused', { reason: refusal })}
        </p>
      )}
      {problem !== null && (
        <p id={errorId} className="form-error" role="alert">
          {problem === 'value' ? t('measures.needValue') : t('measures.needDate')}
        </p>
      )}
    </form>
  );
}
