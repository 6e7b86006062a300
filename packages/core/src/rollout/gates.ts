/**
 * Explaining a gate: for a district and a target stage, every criterion with met or unmet and
 * the evidence behind it. The district machine's guards call the same function, so what the
 * app and the CLI show is exactly what decides an advance.
 */
import type { DistrictContext } from './context.ts';
import { campusFacts } from './facts.ts';
import { GATE_CRITERIA, type GateCriterionId, type GateFacts, type GateSeverity } from './gate-criteria.ts';
import { districtStatus } from './status.ts';
import { nextStage, previousStage, type RolloutStage } from './stages.ts';

/** One criterion of a gate, judged. */
export interface GateCriterion {
  id: GateCriterionId;
  label: string;
  met: boolean;
  /** What was found, or what is missing. */
  evidence: string;
  severity: GateSeverity;
}

/** A gate, judged: `met` when every required criterion is met (warnings do not block). */
export interface GateExplanation {
  /** The stage the gate leads into. */
  stage: RolloutStage;
  /** The stage it leads from; `null` for `explore`, which has no gate. */
  from: RolloutStage | null;
  met: boolean;
  criteria: GateCriterion[];
}

/** A district snapshot (or anything holding its context and state value). */
export interface DistrictView {
  value: unknown;
  context: DistrictContext;
}

/** Reads a district's campuses once, for judging several criteria. */
export function gateFacts(context: DistrictContext): GateFacts {
  return { context, campuses: campusFacts(context.campuses) };
}

/**
 * The gate into `targetStage`, judged for a district snapshot or its context. Pure: it reads
 * the context and the campuses' current snapshots and changes nothing.
 */
export function explainGate(source: DistrictView | DistrictContext, targetStage: RolloutStage): GateExplanation {
  const context = 'context' in source ? source.context : source;
  return judgeGate(gateFacts(context), targetStage);
}

/** The gate into `targetStage`, judged from facts already read. */
export function judgeGate(facts: GateFacts, targetStage: RolloutStage): GateExplanation {
  const from = previousStage(targetStage);
  if (targetStage === 'explore') return { stage: targetStage, from, met: true, criteria: [] };
  const criteria = GATE_CRITERIA[targetStage].map((definition): GateCriterion => {
    const verdict = definition.check(facts);
    return { id: definition.id, label: definition.label, met: verdict.met, evidence: verdict.evidence, severity: definition.severity };
  });
  return { stage: targetStage, from, met: criteria.every((item) => item.met || item.severity === 'warning'), criteria };
}

/**
 * The gate a district faces next: out of its stage, or out of the stage it will resume when
 * paused. `null` in `sustain` (no stage follows) and once declined.
 */
export function nextGate(snapshot: DistrictView): GateExplanation | null {
  const status = districtStatus(snapshot);
  const stage = status === 'paused' ? snapshot.context.pausedFrom : status === 'declined' ? null : status;
  if (stage === null) return null;
  const target = nextStage(stage);
  return target === null ? null : explainGate(snapshot, target);
}

/** The required criteria of a gate that are not met. */
export function unmetCriteria(explanation: GateExplanation): GateCriterion[] {
  return explanation.criteria.filter((item) => !item.met && item.severity === 'required');
}
