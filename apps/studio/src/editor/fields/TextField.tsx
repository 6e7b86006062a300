/** A labelled one-line or multi-line text field of the plan, with its notes. */
import { useId, useState } from 'react';
import { LIMITS, type EditRefusal } from '@sixsources/core';
import { useFindingsAt } from '../../coach/CoachContext.ts';
import { usePlanSession } from '../../plan/PlanSessionContext.ts';
import { FieldNotes } from './FieldNotes.tsx';

export interface TextFieldProps {
  label: string;
  /** Where the value sits in the plan (`behaviors.2.action`), for coach findings and links to it. */
  path: string;
  value: string;
  /** Applies the new text; returns why it was refused, or `null`. */
  onChange: (value: string) => EditRefusal | null;
  multiline?: boolean;
  /** One-line fields hold short text; multi-line ones long text. */
  maxLength?: number;
  hint?: string;
  className?: string;
}

export function TextField({ label, path, value, onChange, multiline = false, maxLength, hint, className }: TextFieldProps) {
  const id = useId();
  const findings = useFindingsAt(path);
  const { typing } = usePlanSession();
  const [refusal, setRefusal] = useState<EditRefusal | null>(null);
  const describedBy = hint !== undefined || findings.length > 0 || refusal !== null ? `${id}-notes` : undefined;
  const common = {
    id,
    value,
    'data-path': path,
    'aria-describedby': describedBy,
    'aria-invalid': refusal !== null || findings.some((finding) => finding.severity === 'error') ? true : undefined,
    maxLength: maxLength ?? (multiline ? LIMITS.maxLongText : LIMITS.maxShortText),
    onFocus: () => typing.breakGroup(),
    onChange: (event: { target: { value: string } }) => setRefusal(onChange(event.target.value)),
  };
  return (
    <div className={`field${multiline ? ' field-wide' : ''}${className === undefined ? '' : ` ${className}`}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      <FieldNotes id={id} hint={hint} findings={findings} refusal={refusal} />
    </div>
  );
}
