/**
 * What a trainer sees first: how many districts are in each stage, which are blocked and by
 * which criterion, which are paused. Computed from the districts' own snapshots.
 */
import type { CohortSnapshot } from './cohort-machine.ts';
import type { DistrictSnapshot } from './district-machine.ts';
import { shareAtFidelity, campusFacts } from './facts.ts';
import type { GateCriterionId } from './gate-criteria.ts';
import { nextGate, unmetCriteria } from './gates.ts';
import { districtRisks, type RolloutRiskId } from './risks.ts';
import { ROLLOUT_STATUSES, type RolloutStage, type RolloutStatus } from './stages.ts';
import { districtStatus } from './status.ts';

/** One unmet criterion that blocks a district's next gate. */
export interface BlockingCriterion {
  id: GateCriterionId;
  label: string;
  evidence: string;
}

/** One district in a cohort summary. */
export interface CohortDistrictSummary {
  id: string;
  name: string;
  status: RolloutStatus;
  /** While paused, the stage it will resume. */
  pausedFrom: RolloutStage | null;
  /** The stage its next gate leads into; `null` in sustain or once declined. */
  nextStage: RolloutStage | null;
  /** Unmet required criteria of its next gate (empty when the gate is met). */
  blockedBy: BlockingCriterion[];
  risks: RolloutRiskId[];
  /** Share of its teachers at fidelity, derived from campuses; `null` without teachers. */
  shareAtFidelity: number | null;
  campuses: number;
}

/** A cohort at a glance. */
export interface CohortSummary {
  id: string;
  name: string;
  total: number;
  /** Districts per stage, plus `paused` and `declined`. Every key is present. */
  byStatus: Record<RolloutStatus, number>;
  /** Every district, in the order they joined. */
  districts: CohortDistrictSummary[];
  /** Districts not paused or declined whose next gate has an unmet required criterion. */
  blocked: CohortDistrictSummary[];
  paused: CohortDistrictSummary[];
  sessions: number;
}

/** Summarizes a cohort from its snapshot. */
export function summarizeCohort(snapshot: CohortSnapshot): CohortSummary {
  const { context } = snapshot;
  const districts: CohortDistrictSummary[] = [];
  for (const id in context.districts) {
    const ref = context.districts[id];
    if (ref !== undefined) districts.push(summarizeDistrict(ref.getSnapshot()));
  }
  const byStatus = Object.fromEntries(ROLLOUT_STATUSES.map((status) => [status, 0])) as Record<RolloutStatus, number>;
  for (const district of districts) byStatus[district.status] += 1;
  return {
    id: context.id,
    name: context.name,
    total: districts.length,
    byStatus,
    districts,
    blocked: districts.filter((district) => district.status !== 'paused' && district.blockedBy.length > 0),
    paused: districts.filter((district) => district.status === 'paused'),
    sessions: context.sessions.length,
  };
}

/** One district's line in a cohort summary. */
export function summarizeDistrict(snapshot: DistrictSnapshot): CohortDistrictSummary {
  const { context } = snapshot;
  const gate = nextGate(snapshot);
  const campuses = campusFacts(context.campuses);
  return {
    id: context.id,
    name: context.name,
    status: districtStatus(snapshot),
    pausedFrom: context.pausedFrom,
    nextStage: gate?.stage ?? null,
    blockedBy: gate === null ? [] : unmetCriteria(gate).map(({ id, label, evidence }) => ({ id, label, evidence })),
    risks: districtRisks(snapshot).map((risk) => risk.id),
    shareAtFidelity: shareAtFidelity(campuses).share,
    campuses: campuses.length,
  };
}
