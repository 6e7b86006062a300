// PLACEHOLDER until the coach rules land: the real implementation replaces this file.
import type { Plan } from '../plan/schema.ts';
import type { CoachReport } from './types.ts';

export interface CoachOptions {
  /** The date the coach treats as today (`YYYY-MM-DD`), for staleness and overdue checks. */
  today?: string;
}

export function coachPlan(_plan: Plan, _options: CoachOptions = {}): CoachReport {
  return { findings: [], coverage: {} };
}
