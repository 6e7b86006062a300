import { useState } from 'react';
import { DistrictEventSchema, type CohortEvent, type DistrictEvent, type RolloutLogEntry } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';
import { todayIso } from '../diagrams/naming.ts';
import { Field, defined, textOrUndefined } from '../rollout/fields.tsx';
import { FormFrame } from '../rollout/FormFrame.tsx';
import type { RecordOutcome } from '../rollout/useRecorder.ts';

type Kind = 'showcase' | 'initiative' | 'grant' | 'pause';
const KINDS: readonly Kind[] = ['showcase', 'initiative', 'grant', 'pause'];

/**
 * Sends one event to every district of the cohort. Each district applies its own rules; the
 * cohort's log line ("… (3 took it)") is shown as the outcome.
 */
export function BroadcastForm({ send, log }: { send: (event: CohortEvent) => void; log: readonly RolloutLogEntry[] }) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('showcase');
  const [date, setDate] = useState(todayIso);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<RecordOutcome>(null);

  function event(): DistrictEvent {
    switch (kind) {
      case 'showcase':
        return { type: 'showcase.record', at: date, showcase: defined({ date, host: textOrUndefined(text) }) };
      case 'initiative':
        return { type: 'initiative.added', at: date, name: text.trim() };
      case 'grant':
        return { type: 'grant.ended', at: date };
      case 'pause':
        return { type: 'rollout.pause', at: date };
    }
  }

  function submit() {
    const checked = DistrictEventSchema.safeParse(event());
    if (!checked.success) {
      setOutcome({ ok: false, text: t('cohort.broadcastInvalid', { problems: checked.error.issues.map((issue) => issue.message).join('; ') }) });
      return;
    }
    send({ type: 'cohort.broadcast', event: checked.data });
    setText('');
    setOutcome({ ok: true, text: t('rollout.done') });
  }

  // After a broadcast the cohort's newest log line says how many districts took it.
  const latest = log.at(-1);
  return (
    <div className="rollout-card">
      <FormFrame
        title={t('cohort.broadcast')}
        hint={t('cohort.broadcastHint')}
        submitLabel={t('cohort.broadcastSend')}
        outcome={outcome?.ok === true && latest !== undefined ? { ok: true, text: latest.what } : outcome}
        onSubmit={submit}
      >
        <Field label={t('cohort.broadcastKind')} wide>
          <select value={kind} onChange={(change) => setKind(change.target.value as Kind)}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`cohort.broadcast.${option}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('rollout.date')}>
          <input type="date" value={date} onChange={(change) => setDate(change.target.value)} />
        </Field>
        {(kind === 'initiative' || kind === 'showcase') && (
          <Field label={kind === 'initiative' ? t('cohort.broadcastName') : t('cohort.broadcastHost')}>
            <input value={text} onChange={(change) => setText(change.target.value)} />
          </Field>
        )}
      </FormFrame>
    </div>
  );
}
