/**
 * Why a district refuses an event, in sentences, and a way to send an event that reports the
 * refusal instead of dropping it silently. The machine's guards decide; this only explains,
 * and for advances it reads the same gate criteria the guards do.
 */
import { CampusInputSchema, type CampusInput, type CampusRef } from './campus-machine.ts';
import type { DistrictActorRef, DistrictSnapshot } from './district-machine.ts';
import { DistrictEventSchema, MAX_CAMPUSES, type DistrictEvent } from './events.ts';
import { findCampus } from './facts.ts';
import { explainGate, unmetCriteria } from './gates.ts';
import { districtStatus } from './status.ts';
import { nextStage } from './stages.ts';

/** The outcome of `sendDistrictEvent`. */
export type DistrictSendResult =
  | { accepted: true; snapshot: DistrictSnapshot }
  | { accepted: false; reasons: string[]; snapshot: DistrictSnapshot };

/**
 * Checks `event` against the event schemas, then sends it if the district takes it; otherwise
 * sends nothing and says why. A refused event never reaches the actor, so the snapshot and the
 * audit trail stay exactly as they were.
 */
export function sendDistrictEvent(actor: DistrictActorRef, event: DistrictEvent): DistrictSendResult {
  const before = actor.getSnapshot();
  // Events from untyped callers are checked here, so a malformed one is refused, not thrown inside the actor.
  const checked = DistrictEventSchema.safeParse(event);
  if (!checked.success) {
    const reasons = checked.error.issues.slice(0, 10).map((issue) => `${issue.path.map(String).join('.') || 'event'}: ${issue.message}`);
    return { accepted: false, reasons, snapshot: before };
  }
  const reasons = explainRefusal(before, checked.data);
  if (reasons.length > 0) return { accepted: false, reasons, snapshot: before };
  actor.send(checked.data);
  return { accepted: true, snapshot: actor.getSnapshot() };
}

/** Why the district would refuse `event` now; an empty list when it would take it. */
export function explainRefusal(snapshot: DistrictSnapshot, event: DistrictEvent): string[] {
  if (snapshot.status !== 'active') return ['the rollout was declined; a declined rollout takes no more events'];
  if (snapshot.can(event)) return [];
  const status = districtStatus(snapshot);
  const { context } = snapshot;
  const paused = `the rollout is paused (it left ${context.pausedFrom ?? 'a stage'}); send rollout.resume first`;
  switch (event.type) {
    case 'rollout.advance': {
      if (status === 'paused') return [paused];
      const target = status === 'declined' ? null : nextStage(status);
      if (target === null) return [`${status} is the last stage`];
      return unmetCriteria(explainGate(snapshot, target)).map((item) => `${item.id}: ${item.evidence}`);
    }
    case 'rollout.back':
      if (status === 'paused') return [paused];
      if (status === 'explore') return ['explore is the first stage; there is no stage to go back to'];
      return ['going back a stage needs a reason ("reason")'];
    case 'rollout.resume':
      return [`the rollout is not paused (it is in ${status})`];
    case 'rollout.pause':
      return ['the rollout is already paused'];
    case 'rollout.decline':
      return ['declining needs a reason ("reason")'];
    case 'campus.add':
      return [campusAddProblem(context.campuses, event.campuses)];
    case 'campus.advance':
    case 'campus.withdraw':
    case 'campus.rejoin':
    case 'campus.fidelity':
      return [campusProblem(context.campuses, event)];
    case 'cycle.record':
      return (event.cycle.campusIds ?? []).flatMap((id) => {
        const ref = findCampus(context.campuses, id);
        if (ref === undefined) return [`no campus with id "${id}"`];
        const campus = ref.getSnapshot();
        return campus.can({ type: 'cycle.record' })
          ? []
          : [`campus ${campus.context.name} is ${campus.value}; cycles are recorded at implementing or sustaining campuses`];
      });
    case 'initiative.added':
      return [`the initiative "${event.name}" is already recorded`];
    case 'initiative.ended':
      return [`no running initiative is called "${event.name}"`];
    default:
      return [`${event.type} is not accepted while the rollout is ${status}`];
  }
}

function campusAddProblem(campuses: Readonly<Record<string, CampusRef>>, inputs: readonly CampusInput[]): string {
  const seen = new Set<string>();
  for (const input of inputs) {
    if (findCampus(campuses, input.id) !== undefined) return `a campus with id "${input.id}" already exists`;
    if (seen.has(input.id)) return `the campus id "${input.id}" is given twice`;
    const checked = CampusInputSchema.safeParse(input);
    if (!checked.success) return `campus "${input.id}": ${checked.error.issues[0]?.message ?? 'not valid'}`;
    seen.add(input.id);
  }
  return `a district holds at most ${MAX_CAMPUSES} campuses`;
}

function campusProblem(campuses: Readonly<Record<string, CampusRef>>, event: DistrictEvent & { campusId: string }): string {
  const ref = findCampus(campuses, event.campusId);
  if (ref === undefined) return `no campus with id "${event.campusId}"`;
  const campus = ref.getSnapshot();
  const name = campus.context.name;
  if (event.type === 'campus.withdraw' && campus.value !== 'withdrawn') {
    return `withdrawing campus ${name} needs a reason ("reason")`;
  }
  if (event.type === 'campus.fidelity') {
    const teachers = event.teachers ?? campus.context.teachers;
    return `campus ${name}: ${event.atFidelity} teachers at fidelity is more than its ${teachers} teachers`;
  }
  if (event.type === 'campus.advance' && campus.value === 'sustaining') return `campus ${name} is sustaining, its last stage`;
  return `campus ${name} is ${campus.value}; it does not take ${event.type}`;
}
