/**
 * What the snapshot properties compare, and a writer of version 1 files.
 *
 * A district's "view" is what a person reads of it: the stage, every gate explained, the next
 * gate, the summary line, the risks, each campus and the share at fidelity, and the audit
 * trail. (Its state diagram is drawn from the stage and name alone, so it is left out; the
 * cohort's diagram, drawn from the summary, is in.) Two actors with equal persisted snapshots
 * must show equal views.
 *
 * The version 1 writer turns a current snapshot into the format `migrations.ts` documents
 * (NIRN stage names, `history`, `heldFrom`, `teachersAtFidelity`, no default `leadershipTurnoverAt`).
 * It is checked against the hand-written v1 fixtures, and lets the properties make v1 files
 * of any history rather than the two fixtures alone.
 */
import {
  DEFAULT_THRESHOLDS,
  ROLLOUT_STAGES,
  campusFacts,
  cohortDiagram,
  districtRisks,
  districtStatus,
  explainGate,
  nextGate,
  shareAtFidelity,
  summarizeCohort,
  summarizeDistrict,
  type CohortSnapshot,
  type DistrictSnapshot,
  type PersistedCohortSnapshot,
  type PersistedDistrictSnapshot,
} from '../../src/rollout/index.ts';

/** Everything a person sees of a district, as plain data. */
export function districtView(snapshot: DistrictSnapshot) {
  const { context } = snapshot;
  const campuses = campusFacts(context.campuses);
  return {
    status: snapshot.status,
    stage: districtStatus(snapshot),
    pausedFrom: context.pausedFrom,
    gates: ROLLOUT_STAGES.map((stage) => explainGate(snapshot, stage)),
    next: nextGate(snapshot),
    summary: summarizeDistrict(snapshot),
    risks: districtRisks(snapshot),
    campuses,
    share: shareAtFidelity(campuses),
    log: context.log,
  };
}

/** Everything a trainer sees of a cohort: its summary and diagram, and each district's view. */
export function cohortView(snapshot: CohortSnapshot) {
  const summary = summarizeCohort(snapshot);
  return {
    state: snapshot.value,
    summary,
    diagram: cohortDiagram(summary),
    sessions: snapshot.context.sessions,
    log: snapshot.context.log,
    districts: Object.values(snapshot.context.districts).map((ref) => districtView(ref.getSnapshot())),
  };
}

/**
 * Problems with the actors a restored district holds: each campus in its context must be the
 * live child actor itself, or events forwarded to it would go nowhere. Empty when all is well.
 */
export function districtRefProblems(snapshot: DistrictSnapshot, where = 'district'): string[] {
  if (snapshot.status !== 'active') return [];
  const problems: string[] = [];
  for (const [id, ref] of Object.entries(snapshot.context.campuses)) {
    if (snapshot.children[id] !== ref) problems.push(`${where}: campus ${id} in context is not the child actor`);
    if (ref.getSnapshot().status !== 'active') problems.push(`${where}: campus ${id} is ${ref.getSnapshot().status}`);
  }
  return problems;
}

/** `districtRefProblems` for a cohort, its districts and their campuses. */
export function cohortRefProblems(snapshot: CohortSnapshot): string[] {
  const problems: string[] = [];
  for (const [id, ref] of Object.entries(snapshot.context.districts)) {
    if (snapshot.children[id] !== ref) problems.push(`cohort: district ${id} in context is not the child actor`);
    problems.push(...districtRefProblems(ref.getSnapshot(), `district ${id}`));
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Version 1

const STAGES_V1: Readonly<Record<string, string>> = {
  explore: 'exploration',
  prepare: 'installation',
  pilot: 'initialImplementation',
  scale: 'fullImplementation',
  paused: 'onHold',
  declined: 'abandoned',
};
const CAMPUS_STATES_V1: Readonly<Record<string, string>> = {
  candidate: 'selected',
  preparing: 'training',
  implementing: 'live',
  sustaining: 'embedded',
  withdrawn: 'dropped',
};

type Raw = Record<string, unknown>;
type LogEntry = PersistedDistrictSnapshot['context']['log'][number];

/**
 * A current district snapshot as version 1 wrote it, or `null` when version 1 could not hold
 * it: it had no `sustain` stage. Version 1 had no leadership turnover threshold either; the
 * default is left out, another value is kept (the migration keeps one it finds).
 */
export function districtToV1(snapshot: PersistedDistrictSnapshot): Raw | null {
  const { context } = snapshot;
  if (snapshot.value === 'sustain' || context.pausedFrom === 'sustain') return null;
  const { pausedFrom, log, thresholds, ...rest } = context;
  const { leadershipTurnoverAt, ...withoutTurnover } = thresholds;
  const thresholdsV1 = leadershipTurnoverAt === DEFAULT_THRESHOLDS.leadershipTurnoverAt ? withoutTurnover : thresholds;
  const children: Raw = {};
  for (const [id, child] of Object.entries(snapshot.children)) {
    const { atFidelity, ...campus } = child.snapshot.context;
    children[id] = {
      ...child,
      snapshot: { ...child.snapshot, value: CAMPUS_STATES_V1[child.snapshot.value], context: { ...campus, teachersAtFidelity: atFidelity } },
    };
  }
  return {
    ...snapshot,
    value: STAGES_V1[snapshot.value],
    context: { ...rest, thresholds: thresholdsV1, heldFrom: pausedFrom === null ? null : STAGES_V1[pausedFrom], history: log.map(historyEntry) },
    children,
  };
}

/** A current cohort snapshot as version 1 wrote it, or `null` when one of its districts cannot be. */
export function cohortToV1(snapshot: PersistedCohortSnapshot): Raw | null {
  const children: Raw = {};
  for (const [id, child] of Object.entries(snapshot.children)) {
    const district = districtToV1(child.snapshot);
    if (district === null) return null;
    children[id] = { ...child, snapshot: district };
  }
  const { log, ...context } = snapshot.context;
  return { ...snapshot, context: { ...context, history: log.map(historyEntry) }, children };
}

/** `{ seq, when, who, event, what, why }` → `{ at, by, type, description, note }`. */
function historyEntry(entry: LogEntry): Raw {
  const old: Raw = { at: entry.when, by: entry.who, type: entry.event, description: entry.what };
  if (entry.why !== undefined) old['note'] = entry.why;
  return old;
}
