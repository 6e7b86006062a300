/** The shape every coach rule shares, so the coach can run them from one list. */
import type { Plan } from '../plan/schema.ts';
import { FINDING_SEVERITY, type FindingCode } from './codes.ts';
import type { CoachContext } from './context.ts';
import type { Finding, Severity } from './types.ts';

/**
 * The parts of a plan a rule can read. A rule's findings depend on nothing else (besides
 * the coach's settings), so they can be reused while those parts are unchanged.
 */
export type PlanPart = 'result' | 'behaviors' | 'strategies' | 'crucialMoments' | 'positiveDeviants' | 'cultureBusters';

/** Indexes built from the behaviors alone. */
type BehaviorIndexes = 'behaviorIndexById' | 'linkedBehaviors' | 'behaviorLabel';
/** Indexes built from the behaviors and the strategies together. */
type StrategyIndexes = 'coverage' | 'strategiesOfBehavior' | 'sourcesOfBehavior' | 'strategyTargetsBehavior' | 'strategiesBySource' | 'ownerLoads' | 'strategyLabel';

/**
 * What a rule that reads the parts `P` may see: those parts of the plan, and only the
 * indexes built from them. Reading anything else does not type-check, so the parts a rule
 * declares are the parts its findings depend on.
 */
export type RuleContext<P extends PlanPart> = Omit<CoachContext, 'plan' | BehaviorIndexes | StrategyIndexes> & {
  readonly plan: Pick<Plan, P>;
} & ('behaviors' extends P ? Pick<CoachContext, BehaviorIndexes> & ('strategies' extends P ? Pick<CoachContext, StrategyIndexes> : unknown) : unknown);

/** One check of a plan: reports only findings of its own code. */
export interface CoachRule {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** The parts of the plan the findings depend on. */
  readonly reads: readonly PlanPart[];
  /** Reads the shared indexes; must run in time linear in the plan. */
  check(context: CoachContext): Finding[];
}

/** A rule for `code` that reads the parts `reads`, its severity taken from `FINDING_CODES`. */
export function defineRule<const P extends PlanPart>(code: FindingCode, reads: readonly P[], check: (context: RuleContext<P>) => Finding[]): CoachRule {
  return { code, severity: FINDING_SEVERITY[code], reads, check };
}
