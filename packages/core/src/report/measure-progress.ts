/** Where a measure stands: its latest observation and how far it has moved toward the target. */
import type { Measure, Observation } from '../plan/schema.ts';

/** The observation with the latest date; of two on the same date, the one entered last. */
export function latestObservation(measure: Measure): Observation | undefined {
  let latest: Observation | undefined;
  for (const observation of measure.observations) {
    if (!Number.isFinite(observation.value)) continue;
    if (latest === undefined || observation.date >= latest.date) latest = observation;
  }
  return latest;
}

/**
 * Share of the way from baseline to target, in percent (0 at the baseline, 100 at the target;
 * negative when the measure moved the wrong way). Works for both directions, since the target
 * is below the baseline when the measure should decrease. `undefined` when a value is missing
 * or the target equals the baseline.
 */
export function progressPercent(measure: Measure): number | undefined {
  const baseline = measure.baseline.value;
  const target = measure.target.value;
  const latest = latestObservation(measure);
  if (baseline === undefined || target === undefined || latest === undefined || target === baseline) return undefined;
  const percent = ((latest.value - baseline) / (target - baseline)) * 100;
  return Number.isFinite(percent) ? Math.round(percent) : undefined;
}
