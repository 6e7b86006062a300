/** Under a field: its hint, what the coach says about it, and why the last change was refused. */
import type { EditRefusal, Finding } from '@sixsources/core';
import { useT } from '../../i18n/useT.ts';
import { describeRefusal } from './refusal.ts';

export function FieldNotes({
  id,
  hint,
  findings,
  refusal,
  problem,
}: {
  id: string;
  hint?: string | undefined;
  findings: readonly Finding[];
  refusal: EditRefusal | null;
  /** A local problem, such as text that is not a number. */
  problem?: string | null;
}) {
  const t = useT();
  if (hint === undefined && findings.length === 0 && refusal === null && (problem ?? null) === null) return null;
  return (
    <div id={`${id}-notes`} className="field-notes">
      {hint !== undefined && <p className="field-hint">{hint}</p>}
      {problem != null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {refusal !== null && (
        <p className="field-problem" role="alert">
          {describeRefusal(t, refusal)}
        </p>
      )}
      {findings.map((finding) => (
        <p key={finding.code} className={`field-finding ${finding.severity}`}>
          <span className="visually-hidden">{t(`domain.severity.${finding.severity}`)}: </span>
          {finding.message}
        </p>
      ))}
    </div>
  );
}
