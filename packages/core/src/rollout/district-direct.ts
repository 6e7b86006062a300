/**
 * The district's direct steps (see `direct-steps.ts`): the facts a district records most often,
 * each exactly as its transition in `district-machine.ts` defines it. These transitions are
 * defined once, on the machine's root, and no state overrides them, so they hold in every
 * state a district can be active in:
 *
 * - `evidence.record`, `showcase.record`, `grant.ended`: no guard, one assignment;
 * - `cycle.record` naming no campus: its guard holds and it sends nothing (one naming campuses
 *   goes through the interpreter);
 * - `campus.fidelity` that the campus takes: one assignment, then the event goes on to the
 *   campus (a refused one goes through the interpreter, which refuses it).
 */
import { toCampusEvent } from './campus-events.ts';
import { fidelityCountsAgree, type CampusEvent } from './campus-machine.ts';
import type { DistrictContext } from './context.ts';
import { executeSendTo, withContext, type DirectScope } from './direct-steps.ts';
import type { DistrictEvent } from './events.ts';
import { findCampus } from './facts.ts';
import { campusEventNoted, cycleRecorded, evidenceRecorded, grantEnded, showcaseRecorded } from './fact-updates.ts';

/** The events a district may take directly. */
export const DIRECT_FACTS = ['evidence.record', 'showcase.record', 'grant.ended', 'cycle.record', 'campus.fidelity'] as const satisfies readonly DistrictEvent['type'][];

const NO_NAMES: readonly string[] = [];

/** The district's snapshot after `event`, or `undefined` when the interpreter takes it. */
export function takeFactDirectly<S extends { context: DistrictContext }>(snapshot: S, event: DistrictEvent, scope: DirectScope): S | undefined {
  const { context } = snapshot;
  switch (event.type) {
    case 'evidence.record':
      return withContext(snapshot, evidenceRecorded(context, event));
    case 'showcase.record':
      return withContext(snapshot, showcaseRecorded(context, event));
    case 'grant.ended':
      return withContext(snapshot, grantEnded(context, event));
    case 'cycle.record':
      return event.cycle.campusIds === undefined || event.cycle.campusIds.length === 0
        ? withContext(snapshot, cycleRecorded(context, event, NO_NAMES))
        : undefined;
    case 'campus.fidelity': {
      const campus = findCampus(context.campuses, event.campusId);
      if (campus === undefined || !fidelityCountsAgree(campus.getSnapshot().context, event)) return undefined;
      const next = withContext(snapshot, campusEventNoted(context, event, campus));
      // `forwardToCampus`: a `campus.*` event always has the campus's own.
      executeSendTo(scope, { context: next.context, event }, campus, toCampusEvent(event) as CampusEvent);
      return next;
    }
    default:
      return undefined;
  }
}
