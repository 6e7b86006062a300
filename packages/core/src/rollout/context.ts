/** What a district rollout remembers: evidence, campuses, risks' raw facts and the audit trail. */
import type { CampusRef } from './campus-machine.ts';
import type { DistrictEvidence } from './evidence.ts';
import type { RolloutLogEntry } from './log.ts';
import type { RolloutStage } from './stages.ts';
import type { GateThresholds } from './thresholds.ts';

/** A leadership change, as recorded by `leadership.changed`. */
export interface LeadershipChange {
  at: string;
  leader?: string;
  role?: string;
}

/** An initiative running at the same time as this one. */
export interface ConcurrentInitiative {
  name: string;
  addedAt: string;
}

/** The district machine's context. */
export interface DistrictContext {
  /** Stable id, e.g. `socorro-isd`; the cohort addresses the district by it. */
  id: string;
  name: string;
  thresholds: GateThresholds;
  evidence: DistrictEvidence;
  /** The campuses, as running child actors, by campus id. */
  campuses: Record<string, CampusRef>;
  /** While paused: the stage to return to. Otherwise `null`. */
  pausedFrom: RolloutStage | null;
  leadershipChanges: LeadershipChange[];
  /** When `grant.ended` was recorded, or `null` while the grant runs. */
  grantEndedAt: string | null;
  initiatives: ConcurrentInitiative[];
  /** Append-only audit trail. */
  log: RolloutLogEntry[];
}

/** `Socorro ISD` → `socorro-isd`: a readable id from a name (`district` if nothing is left). */
export function slugId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? 'district' : slug;
}
