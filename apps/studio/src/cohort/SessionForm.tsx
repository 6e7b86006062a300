import { useState } from 'react';
import { CohortSessionSchema, type CohortDistrictSummary, type CohortEvent } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { todayIso } from '../diagrams/naming.ts';
import { Field, defined, textOrUndefined } from '../rollout/fields.tsx';
import { FormFrame } from '../rollout/FormFrame.tsx';
import type { RecordOutcome } from '../rollout/useRecorder.ts';

/** Records a training session: date, title, which districts attended, a note. */
export function SessionForm({ districts, send }: { districts: readonly CohortDistrictSummary[]; send: (event: CohortEvent) => void }) {
  const t = useT();
  const [date, setDate] = useState(todayIso);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<RecordOutcome>(null);

  function submit() {
    const session = defined({
      date,
      title: title.trim(),
      attendees: attendees.length === 0 ? undefined : attendees,
      note: textOrUndefined(note),
    });
    const checked = CohortSessionSchema.safeParse(session);
    if (!checked.success) {
      setOutcome({ ok: false, text: title.trim() === '' ? t('cohort.sessionNeedTitle') : checked.error.issues.map((i) => i.message).join('; ') });
      return;
    }
    send({ type: 'session.record', session: checked.data });
    setOutcome({ ok: true, text: t('cohort.sessionDone') });
    setTitle('');
    setNote('');
    setAttendees([]);
  }

  return (
    <div className="rollout-card">
      <FormFrame title={t('cohort.session')} submitLabel={t('cohort.sessionSave')} outcome={outcome} onSubmit={submit}>
        <Field label={t('cohort.sessionTitle')} wide>
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </Field>
        <Field label={t('cohort.sessionDate')}>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </Field>
        <Field label={t('cohort.sessionNote')} wide>
          <input value={note} onChange={(event) => setNote(event.target.value)} />
        </Field>
        <fieldset className="rollout-choices">
          <legend>{t('cohort.attendees')}</legend>
          {districts.map((district) => (
            <label key={district.id} className="rollout-check">
              <input
                type="checkbox"
                checked={attendees.includes(district.id)}
                onChange={(event) =>
                  setAttendees((previous) => (event.target.checked ? [...previous, district.id] : previous.filter((id) => id !== district.id)))
                }
              />
              <span>{district.name}</span>
            </label>
          ))}
        </fieldset>
      </FormFrame>
    </div>
  );
}
