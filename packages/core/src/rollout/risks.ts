/**
 * Risks the seeds name — leadership turnover, the grant ending without a funding plan, too many
 * initiatives at once — derived from what the district recorded. Never stored: they change as
 * soon as the facts do.
 */
import type { DistrictView } from './gates.ts';
import { districtStatus } from './status.ts';

/** The id of a risk; apps switch on it. */
export type RolloutRiskId = 'leadership-turnover' | 'grant-ended-without-funding' | 'initiative-overload';

/** A risk to the rollout, with what it rests on. */
export interface RolloutRisk {
  id: RolloutRiskId;
  message: string;
}

/** The risks a district faces now. */
export function districtRisks(snapshot: DistrictView): RolloutRisk[] {
  const { context } = snapshot;
  const risks: RolloutRisk[] = [];
  const status = districtStatus(snapshot);
  const stage = status === 'paused' ? context.pausedFrom : status;

  const changes = context.leadershipChanges.length;
  if (changes >= context.thresholds.leadershipTurnoverAt && changes > 0) {
    risks.push({
      id: 'leadership-turnover',
      message: `${changes} leadership changes recorded; each new leader can reset priorities`,
    });
  }
  const funded = context.evidence.fundingPlan?.outlivesGrant === true;
  if (context.grantEndedAt !== null && (stage === 'scale' || stage === 'sustain') && !funded) {
    risks.push({
      id: 'grant-ended-without-funding',
      message: `the grant ended on ${context.grantEndedAt} and no funding plan outlives it`,
    });
  }
  const initiatives = context.initiatives.length;
  if (initiatives > context.thresholds.maxConcurrentInitiatives) {
    risks.push({
      id: 'initiative-overload',
      message:
        `${initiatives} concurrent initiatives (more than ${context.thresholds.maxConcurrentInitiatives}): ` +
        context.initiatives.map((item) => item.name).join(', '),
    });
  }
  return risks;
}
