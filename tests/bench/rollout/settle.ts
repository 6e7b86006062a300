/**
 * A full garbage collection before a timed step, so garbage left by the step before (a dropped
 * cohort, 8,000 dropped campuses) is not charged to the next one. Each step still pays for the
 * garbage it makes itself. A no-op where V8 does not allow it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const collect = ((): (() => void) => {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') return gc as () => void;
  } catch {
    // Not allowed here: timings are only noisier.
  }
  return () => {};
})();

/** Collects the garbage of earlier steps. */
export function settle(): void {
  collect();
}
