import { useCallback, useEffect, useRef, useState } from 'react';
import {
  districtMachine,
  persistDistrict,
  restoreDistrict,
  sendDistrictEvent,
  type DistrictActor,
  type DistrictEvent,
  type DistrictInput,
  type DistrictSnapshot,
  type RolloutFileIssue,
} from '@sixsources/core';
import { createActor } from 'xstate';
import { loadRollout, onRolloutSaved, saveRollout } from './rolloutStore.ts';

/** A plan's district rollout as the screen sees it. */
export type DistrictRollout =
  | { phase: 'loading' }
  /** No rollout was started for this plan. */
  | { phase: 'none'; start: (input: DistrictInput) => void }
  | {
      phase: 'ready';
      snapshot: DistrictSnapshot;
      /** Sends an event; returns why it was refused (empty when it was taken). */
      send: (event: DistrictEvent) => string[];
      /** Set when the last save failed (the rollout still works in this tab). */
      saveError: string | null;
    }
  /** The saved rollout could not be restored; it is left as it is until the person starts over. */
  | { phase: 'unreadable'; errors: RolloutFileIssue[]; startOver: (input: DistrictInput) => void }
  | { phase: 'failed'; message: string };

/**
 * The district rollout actor of one plan, restored from IndexedDB and saved after every
 * accepted event. When another tab saves the same rollout, this tab reloads it.
 */
export function useDistrictRollout(planId: string): DistrictRollout {
  const actor = useRef<DistrictActor | null>(null);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const [state, setState] = useState<DistrictRollout>({ phase: 'loading' });

  const persist = useCallback(
    (current: DistrictActor) => {
      const saved = persistDistrict(current);
      writes.current = writes.current
        .then(() => saveRollout(planId, saved))
        .then(
          () => setState((previous) => (previous.phase === 'ready' && previous.saveError !== null ? { ...previous, saveError: null } : previous)),
          (error: unknown) =>
            setState((previous) => (previous.phase === 'ready' ? { ...previous, saveError: describe(error) } : previous)),
        );
    },
    [planId],
  );

  const adopt = useCallback(
    (next: DistrictActor) => {
      actor.current?.stop();
      actor.current = next;
      const send = (event: DistrictEvent): string[] => {
        if (actor.current !== next) return ['this rollout was reloaded; try again'];
        const result = sendDistrictEvent(next, event);
        if (!result.accepted) return result.reasons;
        // Campus children take forwarded events in the same call, so the snapshot is complete.
        setState({ phase: 'ready', snapshot: next.getSnapshot(), send, saveError: null });
        persist(next);
        return [];
      };
      setState({ phase: 'ready', snapshot: next.getSnapshot(), send, saveError: null });
    },
    [persist],
  );

  const start = useCallback(
    (input: DistrictInput) => {
      const created = createActor(districtMachine, { input }).start();
      adopt(created);
      persist(created);
    },
    [adopt, persist],
  );

  const load = useCallback(async () => {
    try {
      const saved = await loadRollout(planId);
      if (saved === undefined) {
        actor.current?.stop();
        actor.current = null;
        setState({ phase: 'none', start });
        return;
      }
      const restored = restoreDistrict(saved);
      if (restored.ok) adopt(restored.actor);
      else setState({ phase: 'unreadable', errors: restored.errors, startOver: start });
    } catch (error) {
      setState({ phase: 'failed', message: describe(error) });
    }
  }, [planId, adopt, start]);

  useEffect(() => {
    void load();
    const stop = onRolloutSaved((key, elsewhere) => {
      if (key === planId && elsewhere) void writes.current.then(load);
    });
    return () => {
      stop();
      actor.current?.stop();
      actor.current = null;
    };
  }, [planId, load]);

  return state;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
