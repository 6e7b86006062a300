/**
 * What recording a fact changes in a district's context: the assignments of the district
 * machine's most frequent transitions, shared by the machine's `assign` actions and by its
 * direct steps (see `district-direct.ts`), so the two cannot drift apart.
 */
import { appended } from './append-only.ts';
import { describeCampusEvent } from './campus-events.ts';
import type { CampusRef } from './campus-machine.ts';
import type { DistrictContext } from './context.ts';
import type { DistrictEvent } from './events.ts';
import { recordEvidence } from './evidence.ts';
import { appendLog } from './log.ts';
import { describeCycle, describeEvidence, describeShowcase } from './log-text.ts';

type EventOf<T extends DistrictEvent['type']> = Extract<DistrictEvent, { type: T }>;

/** `evidence.record`: the evidence kept, one audit entry. */
export function evidenceRecorded(context: DistrictContext, event: EventOf<'evidence.record'>): Partial<DistrictContext> {
  return { evidence: recordEvidence(context.evidence, event.evidence), log: appendLog(context.log, event, describeEvidence(event.evidence)) };
}

/** `cycle.record`: the cycle kept, one audit entry naming the campuses (`names`, in order). */
export function cycleRecorded(context: DistrictContext, event: EventOf<'cycle.record'>, names: readonly string[]): Partial<DistrictContext> {
  return {
    evidence: { ...context.evidence, cycles: appended(context.evidence.cycles, event.cycle) },
    log: appendLog(context.log, event, describeCycle(event.cycle, names)),
  };
}

/** `showcase.record`: the showcase kept, one audit entry. */
export function showcaseRecorded(context: DistrictContext, event: EventOf<'showcase.record'>): Partial<DistrictContext> {
  return {
    evidence: { ...context.evidence, showcases: appended(context.evidence.showcases, event.showcase) },
    log: appendLog(context.log, event, describeShowcase(event.showcase)),
  };
}

/** `grant.ended`: when (the event's `at`, or now), one audit entry. */
export function grantEnded(context: DistrictContext, event: EventOf<'grant.ended'>): Partial<DistrictContext> {
  const at = event.at ?? new Date().toISOString();
  const what = `the grant${event.grant === undefined ? '' : ` ${event.grant}`} ended`;
  return { grantEndedAt: at, log: appendLog(context.log, event, what) };
}

/** A `campus.*` event for `campus`, before the campus takes it: one audit entry. */
export function campusEventNoted(context: DistrictContext, event: DistrictEvent, campus: CampusRef): Partial<DistrictContext> {
  const { context: record, value } = campus.getSnapshot();
  return { log: appendLog(context.log, event, describeCampusEvent(event, record.name, value)) };
}
