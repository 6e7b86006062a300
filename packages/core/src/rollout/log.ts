/**
 * The district's audit trail: when, who, what and why, one entry per accepted event.
 * Entries are only ever appended. A refused event (an advance whose gate is not met, a step
 * back without a reason) changes nothing, so it leaves no entry either: the refusal goes back
 * to whoever sent the event (see `explainRefusal`).
 */
import { z } from 'zod';
import { appended } from './append-only.ts';

/** One entry of the audit trail. */
export const RolloutLogEntrySchema = z.object({
  /** 1 for the first entry, then consecutive. */
  seq: z.number().int().min(1),
  /** When it happened: the event's `at`, or the time it was received. */
  when: z.string().max(40),
  /** Who did it: the event's `who`, or `unknown`. */
  who: z.string().max(300),
  /** The event type, e.g. `rollout.advance`. */
  event: z.string().max(60),
  /** What changed, as a sentence. */
  what: z.string().max(2_000),
  /** Why: the reason or note given with the event. */
  why: z.string().max(10_000).optional(),
});
/** One entry of the audit trail. */
export type RolloutLogEntry = z.infer<typeof RolloutLogEntrySchema>;

/** Fields every district event may carry, for the audit trail. */
export interface EventMeta {
  /** When it happened (ISO date or date-time); defaults to the time the event is received. */
  at?: string;
  /** Who did it, e.g. `J. Eksaengsri, School Improvement Officer`. */
  who?: string;
  /** Why, or any note worth keeping. */
  why?: string;
}

/**
 * `log` with one entry appended for `event`: a new read-only array, the old one untouched.
 * Costs the same however long the trail is (the entries are shared, see `append-only.ts`).
 */
export function appendLog(
  log: readonly RolloutLogEntry[],
  event: EventMeta & { type: string; reason?: string },
  what: string,
): RolloutLogEntry[] {
  const entry: RolloutLogEntry = {
    seq: log.length + 1,
    when: event.at ?? new Date().toISOString(),
    who: event.who ?? 'unknown',
    event: event.type,
    what,
  };
  const why = event.reason ?? event.why;
  if (why !== undefined && why !== '') entry.why = why;
  return appended(log, entry);
}
