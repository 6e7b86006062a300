import { useEffect, useState } from 'react';
import { restoreDistrict, rolloutStateDiagram } from '@sixsources/core';
import { loadRollout, onRolloutSaved } from './rolloutStore.ts';

/**
 * Mermaid source of a plan's rollout stage chart for the diagrams screen: the saved district's
 * state marked, or the bare lifecycle when no rollout was started (or it cannot be read).
 * Reads storage only while `enabled`.
 */
export function useRolloutDiagramSource(planId: string, enabled: boolean): string | null {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const read = async () => {
      let next = rolloutStateDiagram();
      try {
        const saved = await loadRollout(planId);
        if (saved !== undefined) {
          const restored = restoreDistrict(saved);
          if (restored.ok) {
            next = rolloutStateDiagram(restored.actor.getSnapshot());
            restored.actor.stop();
          }
        }
      } catch {
        // Storage unavailable: the bare lifecycle is still worth showing.
      }
      if (live) setSource(next);
    };
    void read();
    const stop = onRolloutSaved((key) => key === planId && void read());
    return () => {
      live = false;
      stop();
    };
  }, [planId, enabled]);
  return enabled ? source : null;
}
