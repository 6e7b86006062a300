/** A labelled one-line or multi-line text field of the plan, with its notes. */
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { LIMITS, type EditRefusal } from '@sixsources/core';
import { useFindingsAt } from '../../coach/CoachContext.ts';
import { usePlanSession } from '../../plan/PlanSessionContext.ts';
import { deferEdit, dropPendingEdit, flushPendingEdits } from '../../plan/pending-edits.ts';
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

/**
 * A keystroke is the browser's alone: the field holds its own text while typing (no render
 * per key), and the text reaches the plan (and the coach, the undo history and storage) just
 * after the keystroke is painted, see `pending-edits.ts`. When the plan's text changes in
 * another way (undo, a reload), the field takes it over. Props other than `onChange` decide
 * when it re-renders.
 */
export const TextField = memo(function TextField({ label, path, value, onChange, multiline = false, maxLength, hint, className }: TextFieldProps) {
  const id = useId();
  const findings = useFindingsAt(path);
  const { typing } = usePlanSession();
  const [refusal, setRefusal] = useState<EditRefusal | null>(null);
  // Counts the texts handed to the plan: after each, the field checks it shows the plan's text.
  const [commits, setCommits] = useState(0);
  const typed = useRef<string | null>(null);
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const latestOnChange = useRef(onChange);
  latestOnChange.current = onChange;

  const apply = useCallback(() => {
    const text = typed.current;
    if (text === null) return;
    typed.current = null;
    setRefusal(latestOnChange.current(text));
    setCommits((count) => count + 1);
  }, []);
  // With nothing typed pending, the field shows the plan's text: after undo, redo, a reload,
  // or a refused edit.
  useLayoutEffect(() => {
    const field = element.current;
    if (field !== null && typed.current === null && field.value !== value) field.value = value;
  }, [value, commits]);
  // A field that goes away (a screen change) still applies what was typed in it.
  useEffect(
    () => () => {
      dropPendingEdit(apply);
      apply();
    },
    [apply],
  );

  const describedBy = hint !== undefined || findings.length > 0 || refusal !== null ? `${id}-notes` : undefined;
  const common = {
    id,
    ref: element,
    defaultValue: value,
    'data-path': path,
    'aria-describedby': describedBy,
    'aria-invalid': refusal !== null || findings.some((finding) => finding.severity === 'error') ? true : undefined,
    maxLength: maxLength ?? (multiline ? LIMITS.maxLongText : LIMITS.maxShortText),
    onFocus: () => {
      // Coming back to a field starts a new undo step, after what was typed before.
      flushPendingEdits();
      typing.breakGroup();
    },
    onChange: (event: { target: { value: string } }) => {
      typed.current = event.target.value;
      deferEdit(apply);
    },
  };
  return (
    <div className={`field${multiline ? ' field-wide' : ''}${className === undefined ? '' : ` ${className}`}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      <FieldNotes id={id} hint={hint} findings={findings} refusal={refusal} />
    </div>
  );
}, sameExceptOnChange);

/** Equal props apart from `onChange`, which is read at the moment of the edit. */
function sameExceptOnChange(a: TextFieldProps, b: TextFieldProps): boolean {
  return (
    a.label === b.label &&
    a.path === b.path &&
    a.value === b.value &&
    a.multiline === b.multiline &&
    a.maxLength === b.maxLength &&
    a.hint === b.hint &&
    a.className === b.className
  );
}
