/** What a strategy's status means to the coach. */
import type { StrategyStatus } from '../plan/schema.ts';

/** Strategies that still influence behavior: everything but `dropped` (`done` work still counts). */
export function countsAsInfluence(status: StrategyStatus): boolean {
  return status !== 'dropped';
}

/** Strategies someone is still carrying out: `planned` or `in-progress`. */
export function isOpen(status: StrategyStatus): boolean {
  return status === 'planned' || status === 'in-progress';
}
