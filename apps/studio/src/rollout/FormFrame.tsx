import { useId, type FormEvent, type ReactNode } from 'react';
import { Outcome } from './Outcome.tsx';
import type { RecordOutcome } from './useRecorder.ts';

/** Props of a rollout form's frame. */
export interface FormFrameProps {
  title: string;
  submitLabel: string;
  outcome: RecordOutcome;
  onSubmit: () => void;
  children: ReactNode;
  /** A sentence under the title. */
  hint?: string;
  submitDisabled?: boolean;
}

/** A titled form with its fields, one submit button and the outcome sentence. */
export function FormFrame({ title, submitLabel, outcome, onSubmit, children, hint, submitDisabled = false }: FormFrameProps) {
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="rollout-form" aria-labelledby={id} onSubmit={submit} noValidate>
      <h4 id={id}>{title}</h4>
      {hint !== undefined && <p className="hint">{hint}</p>}
      <div className="rollout-fields">{children}</div>
      <div className="rollout-form-end">
        <button type="submit" className="button" disabled={submitDisabled}>
          {submitLabel}
        </button>
        <Outcome outcome={outcome} />
      </div>
    </form>
  );
}
