/** A labelled calendar date (`YYYY-MM-DD`); emptying it clears the value. */
import { useId, useState } from 'react';
import type { EditRefusal } from '@sixsources/core';
import { useFindingsAt } from '../../coach/CoachContext.ts';
import { FieldNotes } from './FieldNotes.tsx';

export interface DateFieldProps {
  label: string;
  path: string;
  value: string | undefined;
  onChange: (value: string | undefined) => EditRefusal | null;
}

export function DateField({ label, path, value, onChange }: DateFieldProps) {
  const id = useId();
  const findings = useFindingsAt(path);
  const [refusal, setRefusal] = useState<EditRefusal | null>(null);
  return (
    <div className="field field-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        data-path={path}
        value={value ?? ''}
        aria-invalid={refusal !== null || findings.some((f) => f.severity === 'error') ? true : undefined}
        aria-describedby={findings.length > 0 || refusal !== null ? `${id}-notes` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          // A half-typed date reads as '' in some browsers: ignore it rather than clear the value.
          if (next === '' && event.target.validity.badInput) return;
          setRefusal(onChange(next === '' ? undefined : next));
        }}
      />
      <FieldNotes id={id} findings={findings} refusal={refusal} />
    </div>
  );
}
