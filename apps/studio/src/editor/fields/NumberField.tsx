/**
 * A labelled number field. Keeps the typed text while it is not yet a number ("-", "12."),
 * sends a number once it is one, and clears the value when the text is emptied.
 */
import { useId, useState } from 'react';
import type { EditRefusal } from '@sixsources/core';
import { useFindingsAt } from '../../coach/CoachContext.ts';
import { usePlanSession } from '../../plan/PlanSessionContext.ts';
import { useT } from '../../i18n/useT.ts';
import { FieldNotes } from './FieldNotes.tsx';
import { readNumber } from './read-number.ts';

export interface NumberFieldProps {
  label: string;
  path: string;
  value: number | undefined;
  onChange: (value: number | undefined) => EditRefusal | null;
  wholeOnly?: boolean;
  hint?: string;
}

export function NumberField({ label, path, value, onChange, wholeOnly = false, hint }: NumberFieldProps) {
  const t = useT();
  const id = useId();
  const findings = useFindingsAt(path);
  const { typing } = usePlanSession();
  const [draft, setDraft] = useState<{ text: string; value: number | undefined } | null>(null);
  const [refusal, setRefusal] = useState<EditRefusal | null>(null);
  // The draft shows only while it still describes the plan's value (undo or another tab may change it).
  const text = draft !== null && draft.value === value ? draft.text : value === undefined ? '' : String(value);
  const parsed = text.trim() === '' ? undefined : readNumber(text, wholeOnly);
  const problem = parsed === null ? t(wholeOnly ? 'editor.wholeNumber' : 'editor.notANumber') : null;

  const change = (next: string) => {
    const number = next.trim() === '' ? undefined : readNumber(next, wholeOnly);
    if (number === null) {
      setDraft({ text: next, value });
      return;
    }
    const refused = number === value ? null : onChange(number);
    setRefusal(refused);
    setDraft({ text: next, value: refused === null ? number : value });
  };

  return (
    <div className="field field-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        data-path={path}
        value={text}
        aria-invalid={problem !== null || refusal !== null || findings.some((f) => f.severity === 'error') ? true : undefined}
        aria-describedby={hint !== undefined || findings.length > 0 || refusal !== null || problem !== null ? `${id}-notes` : undefined}
        onFocus={() => typing.breakGroup()}
        onChange={(event) => change(event.target.value)}
      />
      <FieldNotes id={id} hint={hint} findings={findings} refusal={refusal} problem={problem} />
    </div>
  );
}
