/** A labelled choice from a fixed list (sources, tactics, cadences, stances…). */
import { useId, useState } from 'react';
import type { EditRefusal } from '@sixsources/core';
import { useFindingsAt } from '../../coach/CoachContext.ts';
import { FieldNotes } from './FieldNotes.tsx';

export interface SelectFieldProps<V extends string> {
  label: string;
  path: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => EditRefusal | null;
  hint?: string;
}

export function SelectField<V extends string>({ label, path, value, options, onChange, hint }: SelectFieldProps<V>) {
  const id = useId();
  const findings = useFindingsAt(path);
  const [refusal, setRefusal] = useState<EditRefusal | null>(null);
  return (
    <div className="field field-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-path={path}
        value={value}
        aria-describedby={hint !== undefined || findings.length > 0 || refusal !== null ? `${id}-notes` : undefined}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen !== undefined) setRefusal(onChange(chosen.value));
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} findings={findings} refusal={refusal} />
    </div>
  );
}
