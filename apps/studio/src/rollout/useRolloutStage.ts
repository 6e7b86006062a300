import { useEffect, useState } from 'react';
import type { RolloutStatus } from '@sixsources/core';
import { onRolloutSaved, readRolloutStage } from './rolloutStore.ts';

/**
 * A plan's rollout stage for lists such as the library: `undefined` while reading, `null` when
 * no rollout was started. Follows saves made in this tab and in other tabs.
 */
export function useRolloutStage(planId: string): RolloutStatus | null | undefined {
  const [stage, setStage] = useState<RolloutStatus | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () => void readRolloutStage(planId).then((next) => live && setStage(next));
    read();
    const stop = onRolloutSaved((key) => key === planId && read());
    return () => {
      live = false;
      stop();
    };
  }, [planId]);
  return stage;
}
