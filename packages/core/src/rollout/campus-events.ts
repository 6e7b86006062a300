/** A district's `campus.*` events as the campus sees them, and as the audit trail says them. */
import type { CampusEvent } from './campus-machine.ts';
import type { DistrictEvent } from './events.ts';

/** The campus's own event for a district `campus.*` event, or `null` for any other event. */
export function toCampusEvent(event: DistrictEvent): CampusEvent | null {
  switch (event.type) {
    case 'campus.advance':
    case 'campus.rejoin':
      return { type: event.type, campusId: event.campusId };
    case 'campus.withdraw':
      return { type: event.type, campusId: event.campusId, reason: event.reason };
    case 'campus.fidelity': {
      const forwarded: CampusEvent = { type: event.type, campusId: event.campusId, atFidelity: event.atFidelity };
      if (event.teachers !== undefined) forwarded.teachers = event.teachers;
      return forwarded;
    }
    default:
      return null;
  }
}

/** `campus North: 12 teachers at fidelity of 20`: what a campus event did, for the audit trail. */
export function describeCampusEvent(event: DistrictEvent, name: string, status: string): string {
  switch (event.type) {
    case 'campus.advance':
      return `advanced campus ${name} from ${status}`;
    case 'campus.withdraw':
      return `withdrew campus ${name} (was ${status})`;
    case 'campus.rejoin':
      return `campus ${name} rejoined as a candidate`;
    case 'campus.fidelity':
      return `campus ${name}: ${event.atFidelity} teachers at fidelity${event.teachers === undefined ? '' : ` of ${event.teachers}`}`;
    default:
      return event.type;
  }
}
