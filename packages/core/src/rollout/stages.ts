/**
 * The stages a district takes a change through, and the two ways it can stop moving.
 * Our names follow the domain notes; the implementation-science names they map to are in
 * `ROLLOUT_STAGE_INFO` for people who know NIRN's frameworks.
 */

/** The five stages of a district rollout, in order. */
export const ROLLOUT_STAGES = ['explore', 'prepare', 'pilot', 'scale', 'sustain'] as const;
/** One stage of a district rollout. */
export type RolloutStage = (typeof ROLLOUT_STAGES)[number];

/**
 * Where a district is: a stage, `paused` (a leadership transition; resuming returns to the
 * stage it left) or `declined` (the decision not to adopt; final).
 */
export type RolloutStatus = RolloutStage | 'paused' | 'declined';

/** Every state of the district machine. */
export const ROLLOUT_STATUSES: readonly RolloutStatus[] = [...ROLLOUT_STAGES, 'paused', 'declined'];

/** How each stage reads on screen, and what implementation science calls it. */
export const ROLLOUT_STAGE_INFO: Readonly<Record<RolloutStatus, { label: string; nirn: string | null }>> = {
  explore: { label: 'Explore', nirn: 'exploration' },
  prepare: { label: 'Prepare', nirn: 'installation' },
  pilot: { label: 'Pilot', nirn: 'initial implementation' },
  scale: { label: 'Scale', nirn: 'full implementation' },
  sustain: { label: 'Sustain', nirn: null },
  paused: { label: 'Paused', nirn: null },
  declined: { label: 'Declined', nirn: null },
};

/** True for the five stages, false for `paused`, `declined` and anything else. */
export function isRolloutStage(value: unknown): value is RolloutStage {
  return typeof value === 'string' && (ROLLOUT_STAGES as readonly string[]).includes(value);
}

/** The stage after `stage`, or `null` after `sustain`. */
export function nextStage(stage: RolloutStage): RolloutStage | null {
  return ROLLOUT_STAGES[ROLLOUT_STAGES.indexOf(stage) + 1] ?? null;
}

/** The stage before `stage`, or `null` before `explore`. */
export function previousStage(stage: RolloutStage): RolloutStage | null {
  const index = ROLLOUT_STAGES.indexOf(stage);
  return index > 0 ? (ROLLOUT_STAGES[index - 1] ?? null) : null;
}

/** The stages of one campus's own lifecycle, in order; `withdrawn` sits outside it. */
export const CAMPUS_STAGES = ['candidate', 'preparing', 'implementing', 'sustaining'] as const;
/** One stage of a campus. */
export type CampusStage = (typeof CAMPUS_STAGES)[number];
/** Where a campus is: a stage, or `withdrawn` (it can rejoin as a candidate). */
export type CampusStatus = CampusStage | 'withdrawn';
