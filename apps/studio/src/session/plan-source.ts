import type { Plan } from '@sixsources/core';

/** A live plan being edited (an open plan's actor), as the studio sees it: read and watch. */
export interface PlanSource {
  getPlan(): Plan;
  /** Calls `onChange` after every change; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}
