import type { RecordOutcome } from './useRecorder.ts';

/** The sentence after an attempt to record something, announced to screen readers. */
export function Outcome({ outcome }: { outcome: RecordOutcome }) {
  return (
    <p className={`rollout-outcome ${outcome?.ok === false ? 'is-error' : ''}`} role="status" aria-live="polite">
      {outcome?.text ?? ''}
    </p>
  );
}
