/** Every coach rule, in catalogue order. Add a rule here and to `FINDING_CODES`. */
import type { CoachRule } from '../rule.ts';
import { behaviorNoStrategy } from './behavior-no-strategy.ts';
import { behaviorNotMeasured } from './behavior-not-measured.ts';
import { behaviorNotObservable } from './behavior-not-observable.ts';
import { crucialMomentUnlinked } from './crucial-moment-unlinked.ts';
import { cultureBusterUncountered } from './culture-buster-uncountered.ts';
import { fewerThanFourSources } from './fewer-than-four-sources.ts';
import { measureNoBaseline } from './measure-no-baseline.ts';
import { measureStale } from './measure-stale.ts';
import { noBehaviors } from './no-behaviors.ts';
import { ownerOverloaded } from './owner-overloaded.ts';
import { positiveDeviantUnused } from './positive-deviant-unused.ts';
import { resultNotMeasurable } from './result-not-measurable.ts';
import { rewardsBeforeMotivation } from './rewards-before-motivation.ts';
import { sourceMissing } from './source-missing.ts';
import { strategyNoBehavior } from './strategy-no-behavior.ts';
import { strategyOverdue } from './strategy-overdue.ts';
import { strategyWithoutOwner } from './strategy-without-owner.ts';
import { tooManyBehaviors } from './too-many-behaviors.ts';

export { MAX_VITAL_BEHAVIORS } from './too-many-behaviors.ts';

/** The rules `coachPlan` runs, one per finding code. */
export const COACH_RULES: readonly CoachRule[] = [
  resultNotMeasurable,
  measureNoBaseline,
  measureStale,
  noBehaviors,
  tooManyBehaviors,
  behaviorNotObservable,
  behaviorNotMeasured,
  behaviorNoStrategy,
  fewerThanFourSources,
  sourceMissing,
  rewardsBeforeMotivation,
  crucialMomentUnlinked,
  cultureBusterUncountered,
  positiveDeviantUnused,
  strategyNoBehavior,
  strategyWithoutOwner,
  strategyOverdue,
  ownerOverloaded,
];
