import { useState } from 'react';
import { DistrictEventSchema, type DistrictEvent } from '@sixsources/core';
import { useT } from '../i18n/useT.ts';

/** What the last attempt to record something said. */
export type RecordOutcome = { ok: true; text: string } | { ok: false; text: string } | null;

/**
 * Checks an event with the core's schema, sends it, and keeps a sentence about what happened
 * (recorded, refused with the district's reasons, or invalid with the schema's messages).
 */
export function useRecorder(send: (event: DistrictEvent) => string[]) {
  const t = useT();
  const [outcome, setOutcome] = useState<RecordOutcome>(null);

  function record(event: DistrictEvent): boolean {
    const checked = DistrictEventSchema.safeParse(event);
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.slice(1).join('.') || issue.path.join('.')}: ${issue.message}`);
      setOutcome({ ok: false, text: t('rollout.form.invalid', { problems: problems.join('; ') }) });
      return false;
    }
    const reasons = send(checked.data);
    if (reasons.length > 0) {
      setOutcome({ ok: false, text: t('rollout.refused', { reasons: reasons.join('; ') }) });
      return false;
    }
    setOutcome({ ok: true, text: t('rollout.done') });
    return true;
  }

  return { record, outcome, clear: () => setOutcome(null) };
}
