/**
 * The numbers behind the gates and risks. A district can set its own; the defaults come from
 * the domain notes (implementation science and the Socorro case).
 */
import { z } from 'zod';

const Count = z.number().int().min(0).max(10_000);
const Share = z.number().min(0).max(1);

/** Thresholds a district can configure. Shares are fractions (0.5 is 50%). */
export const GateThresholdsSchema = z.object({
  /** explore → prepare: lowest average of the six fit indicators (each scored 1–5). */
  minFitAverage: z.number().min(1).max(5),
  /** explore → prepare: fewest people on the implementation team. */
  minTeamSize: Count,
  /** prepare → pilot: fewest pilot campuses (wave 1). */
  minPilotCampuses: Count,
  /** prepare → pilot: fewer pilot campuses than this gives a warning (one campus is one proof point). */
  recommendedPilotCampuses: Count,
  /** pilot → scale: fewest completed improvement cycles (data digs with observations). */
  minImprovementCycles: Count,
  /** pilot → scale: smallest movement of the primary measure toward its target, in its own unit. */
  minMeasureGain: z.number().min(0).max(1_000_000),
  /** pilot → scale: fewest showcase visits held. */
  minShowcases: Count,
  /** scale → sustain: lowest share of intended practitioners (teachers) at fidelity. */
  minShareAtFidelity: Share,
  /** Risk: more concurrent initiatives than this is overload. */
  maxConcurrentInitiatives: Count,
  /** Risk: this many leadership changes or more is turnover. */
  leadershipTurnoverAt: Count,
});
/** Thresholds a district can configure. */
export type GateThresholds = z.infer<typeof GateThresholdsSchema>;

/**
 * Defaults: fit "adequate" (3 of 5) on average; a team of three; one pilot campus, two
 * recommended (Socorro chose two demographically different ones); six cycles (a semester of
 * data digs every three weeks); five points of movement; one showcase; 50% at fidelity, the
 * usual definition of full implementation; more than three initiatives at once is overload;
 * two leadership changes is turnover.
 */
export const DEFAULT_THRESHOLDS: Readonly<GateThresholds> = Object.freeze({
  minFitAverage: 3,
  minTeamSize: 3,
  minPilotCampuses: 1,
  recommendedPilotCampuses: 2,
  minImprovementCycles: 6,
  minMeasureGain: 5,
  minShowcases: 1,
  minShareAtFidelity: 0.5,
  maxConcurrentInitiatives: 3,
  leadershipTurnoverAt: 2,
});

/** Some thresholds, for a district's input or a `thresholds.set` event. */
export const PartialThresholdsSchema = GateThresholdsSchema.partial();
/** Some thresholds. */
export type PartialThresholds = z.infer<typeof PartialThresholdsSchema>;

/** `base` with the given thresholds replaced; keys not listed keep their value. */
export function withThresholds(base: GateThresholds, changes: PartialThresholds | undefined): GateThresholds {
  const next: GateThresholds = { ...base };
  if (changes === undefined) return next;
  for (const key of Object.keys(GateThresholdsSchema.shape) as (keyof GateThresholds)[]) {
    const value = changes[key];
    if (value !== undefined) next[key] = value;
  }
  return next;
}
