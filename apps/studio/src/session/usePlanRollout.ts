import { useCallback } from 'react';
import type { RolloutData } from '../storage/record.ts';
import { useStudio, useStudioState } from './StudioContext.ts';

/**
 * The rollout feature's saved data for a plan, stored with the plan (autosaved, shared
 * across tabs like any edit). `rolloutStage` is what the library shows in its stage column.
 */
export function usePlanRollout(planId: string): { data: RolloutData; save: (data: RolloutData) => void } {
  const studio = useStudio();
  const state = useStudioState();
  const data = state.plans.find((entry) => entry.id === planId)?.rollout ?? EMPTY;
  const save = useCallback((next: RolloutData) => studio.setRollout(planId, next), [studio, planId]);
  return { data, save };
}

const EMPTY: RolloutData = {};
