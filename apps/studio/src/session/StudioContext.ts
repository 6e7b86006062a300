import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Studio, StudioState } from './studio.ts';

/** @internal provided by `<StudioContext value={studio}>` in the app's root. */
export const StudioContext = createContext<Studio | null>(null);

/** The studio (saved plans and storage). */
export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (studio === null) throw new Error('useStudio() needs a StudioContext provider');
  return studio;
}

/** The studio's state; re-renders when it changes. */
export function useStudioState(): StudioState {
  const studio = useStudio();
  return useSyncExternalStore(studio.subscribe, studio.getState, studio.getState);
}
