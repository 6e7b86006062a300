import { useCallback, useEffect, useRef, useState } from 'react';
import {
  explainRefusal,
  persistCohort,
  restoreCohort,
  type CohortActor,
  type CohortEvent,
  type CohortSnapshot,
  type DistrictEvent,
  type RolloutFileIssue,
} from '@sixsources/core';
import { cohortKey, loadRollout, onRolloutSaved, saveRollout } from '../rollout/rolloutStore.ts';
import { DEMO_COHORT_ID, createDemoCohort } from './demoCohort.ts';

/** The cohort as the screen sees it. */
export type CohortState =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'unreadable'; errors: RolloutFileIssue[]; reset: () => void }
  | {
      phase: 'ready';
      snapshot: CohortSnapshot;
      /** Counts changes, so views that read the districts' live snapshots re-render. */
      version: number;
      /** Sends a cohort event (session, broadcast). */
      send: (event: CohortEvent) => void;
      /** Sends one event to one district; returns why it was refused (empty when taken). */
      sendToDistrict: (districtId: string, event: DistrictEvent) => string[];
      /** Replaces the cohort with a fresh demo. */
      reset: () => void;
      saveError: string | null;
    };

/**
 * The demo cohort: restored from IndexedDB (stored next to the plans' rollouts), created on
 * the first visit, saved after every change, reloaded when another tab saves it.
 */
export function useCohort(demoName: string): CohortState {
  const key = cohortKey(DEMO_COHORT_ID);
  const actor = useRef<CohortActor | null>(null);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const [state, setState] = useState<CohortState>({ phase: 'loading' });
  // The demo's name only matters when a demo is created; a change of language must not reload.
  const name = useRef(demoName);
  name.current = demoName;

  const persist = useCallback(
    (current: CohortActor) => {
      const saved = persistCohort(current);
      writes.current = writes.current.then(
        () => saveRollout(key, saved),
      ).then(
        () => setState((previous) => (previous.phase === 'ready' && previous.saveError !== null ? { ...previous, saveError: null } : previous)),
        (error: unknown) => setState((previous) => (previous.phase === 'ready' ? { ...previous, saveError: describe(error) } : previous)),
      );
    },
    [key],
  );

  const adopt = useCallback(
    (next: CohortActor) => {
      actor.current?.stop();
      actor.current = next;
      let version = 0;
      const refresh = () => {
        version += 1;
        setState({ phase: 'ready', snapshot: next.getSnapshot(), version, send, sendToDistrict, reset, saveError: null });
        persist(next);
      };
      const send = (event: CohortEvent) => {
        if (actor.current !== next) return;
        next.send(event);
        refresh();
      };
      const sendToDistrict = (districtId: string, event: DistrictEvent): string[] => {
        if (actor.current !== next) return ['this cohort was reloaded; try again'];
        const district = next.getSnapshot().context.districts[districtId];
        if (district === undefined) return [`no district with id "${districtId}"`];
        const reasons = explainRefusal(district.getSnapshot(), event);
        if (reasons.length > 0) return reasons;
        next.send({ type: 'district.send', districtId, event });
        refresh();
        return [];
      };
      const reset = () => {
        const fresh = createDemoCohort(name.current);
        adopt(fresh);
        persist(fresh);
      };
      setState({ phase: 'ready', snapshot: next.getSnapshot(), version, send, sendToDistrict, reset, saveError: null });
    },
    [persist],
  );

  const load = useCallback(async () => {
    try {
      const saved = await loadRollout(key);
      if (saved === undefined) {
        const fresh = createDemoCohort(name.current);
        adopt(fresh);
        persist(fresh);
        return;
      }
      const restored = restoreCohort(saved);
      if (restored.ok) adopt(restored.actor);
      else
        setState({
          phase: 'unreadable',
          errors: restored.errors,
          reset: () => {
            const fresh = createDemoCohort(name.current);
            adopt(fresh);
            persist(fresh);
          },
        });
    } catch (error) {
      setState({ phase: 'failed', message: describe(error) });
    }
  }, [key, adopt, persist]);

  useEffect(() => {
    void load();
    const stop = onRolloutSaved((saved, elsewhere) => {
      if (saved === key && elsewhere) void writes.current.then(load);
    });
    return () => {
      stop();
      actor.current?.stop();
      actor.current = null;
    };
  }, [key, load]);

  return state;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
