/**
 * What every coach rule reads: the plan plus indexes built once (coverage, ids → index,
 * open strategies by owner), so each rule is a single linear pass.
 */
import type { Language, Plan, StrategyStatus } from '../plan/schema.ts';
import { SOURCES, type Source } from '../plan/sources.ts';
import { FINDING_SEVERITY, type FindingCode } from './codes.ts';
import { MESSAGES, type FindingText } from './messages.ts';
import type { FindingParams } from './params.ts';
import type { CoverageMatrix, Finding } from './types.ts';
import { buildCoverage } from './coverage.ts';
import { withSource, type SourceSet } from './source-set.ts';

/** Strategies that still influence behavior: everything but `dropped` (`done` work still counts). */
export function countsAsInfluence(status: StrategyStatus): boolean {
  return status !== 'dropped';
}

/** Strategies someone is still carrying out: `planned` or `in-progress`. */
export function isOpen(status: StrategyStatus): boolean {
  return status === 'planned' || status === 'in-progress';
}

/** One owner and the open strategies they carry (indexes into `plan.strategies`). */
export interface OwnerLoad {
  /** The owner as first written in the plan. */
  owner: string;
  strategyIndexes: number[];
}

/** Settings the rules need, already resolved from `CoachOptions`. */
export interface CoachSettings {
  language: Language;
  /** `YYYY-MM-DD`. */
  today: string;
  /** `today` as days since 1970-01-01. */
  todayDay: number;
  ownerLoadLimit: number;
}

/** The plan with its indexes, handed to every rule. */
export interface CoachContext extends CoachSettings {
  readonly plan: Plan;
  /** Behavior id → source → ids of strategies (not dropped) that target it. */
  readonly coverage: CoverageMatrix;
  /** Behavior id → index of its first occurrence in `plan.behaviors`. */
  readonly behaviorIndexById: ReadonlyMap<string, number>;
  /** Per behavior index: indexes of the strategies (not dropped) that target it. */
  readonly strategiesOfBehavior: readonly (readonly number[])[];
  /** Per behavior index: the sources with at least one strategy for it. */
  readonly sourcesOfBehavior: readonly SourceSet[];
  /** Per strategy index: whether it names at least one behavior that exists. */
  readonly strategyTargetsBehavior: readonly boolean[];
  /** Indexes of strategies (not dropped) of each source. */
  readonly strategiesBySource: Readonly<Record<Source, readonly number[]>>;
  /** Open strategies grouped by owner (trimmed, case-insensitive), in order of first appearance. */
  readonly ownerLoads: readonly OwnerLoad[];
  /** Indexes of the existing behaviors among `ids`, each once, in the order listed. */
  linkedBehaviors(ids: readonly string[]): number[];
  /** A finding of `code`, with text in the plan's language and severity from the catalogue. */
  finding<C extends FindingCode>(code: C, paths: string[], params: FindingParams[C]): Finding;
}

/** Builds every index in one pass over the plan. */
export function buildContext(plan: Plan, settings: CoachSettings): CoachContext {
  const behaviorIndexById = new Map<string, number>();
  plan.behaviors.forEach((behavior, index) => {
    if (!behaviorIndexById.has(behavior.id)) behaviorIndexById.set(behavior.id, index);
  });

  const linkedBehaviors = (ids: readonly string[]): number[] => {
    const found: number[] = [];
    // Link lists are short; a Set only pays for itself on long ones, which keeps this linear.
    const seen = ids.length > 16 ? new Set<number>() : undefined;
    for (const id of ids) {
      const index = behaviorIndexById.get(id);
      if (index === undefined) continue;
      if (seen ? seen.has(index) : found.includes(index)) continue;
      seen?.add(index);
      found.push(index);
    }
    return found;
  };

  const strategiesOfBehavior: number[][] = plan.behaviors.map(() => []);
  const sourcesOfBehavior: SourceSet[] = plan.behaviors.map(() => 0);
  const strategyTargetsBehavior: boolean[] = [];
  const strategiesBySource = Object.fromEntries(SOURCES.map((source) => [source, []])) as unknown as Record<
    Source,
    number[]
  >;
  const owners = new Map<string, OwnerLoad>();

  plan.strategies.forEach((strategy, strategyIndex) => {
    const targets = linkedBehaviors(strategy.behaviorIds);
    strategyTargetsBehavior.push(targets.length > 0);
    if (countsAsInfluence(strategy.status)) {
      strategiesBySource[strategy.source]?.push(strategyIndex);
      for (const behaviorIndex of targets) {
        strategiesOfBehavior[behaviorIndex]?.push(strategyIndex);
        sourcesOfBehavior[behaviorIndex] = withSource(sourcesOfBehavior[behaviorIndex] ?? 0, strategy.source);
      }
    }
    const owner = strategy.owner?.trim() ?? '';
    if (owner !== '' && isOpen(strategy.status)) {
      const key = owner.toLowerCase();
      const load = owners.get(key) ?? { owner, strategyIndexes: [] };
      load.strategyIndexes.push(strategyIndex);
      owners.set(key, load);
    }
  });

  const language: Language = MESSAGES['no-behaviors'][settings.language] ? settings.language : 'en';
  return {
    ...settings,
    language,
    plan,
    coverage: buildCoverage(plan, behaviorIndexById, strategiesOfBehavior),
    behaviorIndexById,
    strategiesOfBehavior,
    sourcesOfBehavior,
    strategyTargetsBehavior,
    strategiesBySource,
    ownerLoads: [...owners.values()],
    linkedBehaviors,
    finding(code, paths, params) {
      const text = MESSAGES[code][language] as FindingText<typeof params>;
      return {
        code,
        severity: FINDING_SEVERITY[code],
        message: text.message(params),
        paths,
        suggestion: text.suggestion(params),
        params,
      };
    },
  };
}
