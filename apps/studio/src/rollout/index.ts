/**
 * What other parts of the studio may use from the rollout feature.
 *
 * FOR THE SHELL / LIBRARY: a plan's rollout stage comes from `readRolloutStage(planId)` (a
 * promise) or `useRolloutStage(planId)` (a hook that follows saves in every tab); both give a
 * stage, `paused`, `declined`, or `null` when no rollout was started. Rollouts are stored in
 * their own IndexedDB database (`sixsources-rollouts`), not in the plan records, so the
 * record's `rolloutStage` slot stays empty. Call `deleteRollout(planId)` when a plan is deleted
 * for good (not while its delete can still be undone).
 */
export { readRolloutStage, deleteRollout, onRolloutSaved } from './rolloutStore.ts';
export { useRolloutStage } from './useRolloutStage.ts';
