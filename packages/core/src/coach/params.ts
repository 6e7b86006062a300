/**
 * The values each finding code carries in `Finding.params`. They are language-neutral
 * (ids, counts, field names) so an app can build its own sentence from them.
 */
import type { FindingCode } from './codes.ts';

/** Parts of a measure the coach can find missing, as paths inside the measure. */
export type MeasurePart = 'target.value' | 'target.date' | 'baseline.value' | 'baseline.date';

/** How a behavior's wording fails to describe an observable action. */
export type PhrasingKind = 'outcome' | 'feeling' | 'policy';

type BehaviorRef = { behaviorId: string; behavior: string };
type StrategyRef = { strategyId: string; strategy: string };

/** Fails to compile unless every code has params made of strings and numbers. */
type EveryCode<T extends { [C in FindingCode]: Record<string, string | number> }> = T;

/** `Finding.params` of each code. Lists are joined with `,` (no spaces). */
export type FindingParams = EveryCode<{
  /** `missing` is `measure` when there is no measure, else `MeasurePart`s. */
  'result-not-measurable': { measureId: string; missing: string };
  'measure-no-baseline': { measureId: string; measure: string; missing: string };
  'measure-stale': {
    measureId: string;
    measure: string;
    cadence: string;
    cadenceDays: number;
    lastDate: string;
    daysSince: number;
  };
  'no-behaviors': Record<string, never>;
  'too-many-behaviors': { count: number; limit: number };
  'behavior-not-observable': BehaviorRef & { kind: PhrasingKind; term: string };
  'behavior-not-measured': BehaviorRef;
  'behavior-no-strategy': BehaviorRef;
  'fewer-than-four-sources':
    | { scope: 'plan'; sourceCount: number; minimum: number; missingSources: string; source: string }
    | (BehaviorRef & {
        scope: 'behavior';
        sourceCount: number;
        minimum: number;
        missingSources: string;
        source: string;
      });
  'source-missing': { source: string };
  'rewards-before-motivation': BehaviorRef & { missingSources: string; rewardCount: number };
  'crucial-moment-unlinked': { momentId: string; moment: string };
  'culture-buster-uncountered': { busterId: string; buster: string; reason: 'unlinked' | 'no-strategy' };
  'positive-deviant-unused': { deviantId: string; deviant: string };
  'strategy-no-behavior': StrategyRef;
  'strategy-without-owner': StrategyRef;
  'strategy-overdue': StrategyRef & { due: string; daysLate: number };
  'owner-overloaded': { owner: string; count: number; limit: number };
}>;
