/**
 * Facts derived from a district's campuses. The district never stores a share at fidelity of
 * its own: it is always computed here from the campuses, weighted by their teachers.
 */
import type { CampusContext, CampusRef } from './campus-machine.ts';
import type { CampusStatus } from './stages.ts';

/** One campus as the gates and summaries see it: its record and where it is. */
export interface CampusFacts extends CampusContext {
  status: CampusStatus;
}

/** Teachers at fidelity across campuses. `share` is `null` when there are no teachers. */
export interface FidelityShare {
  teachers: number;
  atFidelity: number;
  share: number | null;
}

/** The campus actor with id `id`, or `undefined` (own keys only: an id is user text). */
export function findCampus(campuses: Readonly<Record<string, CampusRef>>, id: string): CampusRef | undefined {
  return Object.hasOwn(campuses, id) ? campuses[id] : undefined;
}

/** The campuses of a district, in the order they were added, read from their actors. */
export function campusFacts(campuses: Readonly<Record<string, CampusRef>>): CampusFacts[] {
  const facts: CampusFacts[] = [];
  for (const id in campuses) {
    const ref = campuses[id];
    if (ref === undefined) continue;
    const snapshot = ref.getSnapshot();
    facts.push({ ...snapshot.context, status: snapshot.value });
  }
  return facts;
}

/**
 * The share of intended practitioners at fidelity: teachers at fidelity over all teachers, at
 * every campus that has not withdrawn.
 */
export function shareAtFidelity(campuses: readonly CampusFacts[]): FidelityShare {
  let teachers = 0;
  let atFidelity = 0;
  for (const campus of campuses) {
    if (campus.status === 'withdrawn') continue;
    teachers += campus.teachers;
    atFidelity += campus.atFidelity;
  }
  return { teachers, atFidelity, share: teachers === 0 ? null : atFidelity / teachers };
}

/** Campuses in wave 1 that have not withdrawn: the pilot campuses. */
export function pilotCampuses(campuses: readonly CampusFacts[]): CampusFacts[] {
  return campuses.filter((campus) => campus.wave === 1 && campus.status !== 'withdrawn');
}
