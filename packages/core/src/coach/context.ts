/**
 * What every coach rule reads: the plan plus indexes built once (coverage, ids → index,
 * open strategies by owner), so each rule is a single linear pass.
 */
import type { Language, Plan, Strategy } from '../plan/schema.ts';
import type { Source } from '../plan/sources.ts';
import { FINDING_SEVERITY, type FindingCode } from './codes.ts';
import { buildCoverage } from './coverage.ts';
import { behaviorLabel, shorten } from './labels.ts';
import { COACH_MESSAGES, type FindingText } from './messages.ts';
import type { FindingParams } from './params.ts';
import { bySource, sourceIndex, type SourceSet } from './source-set.ts';
import { countsAsInfluence, isOpen } from './status.ts';
import type { CoverageMatrix, Finding } from './types.ts';

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
  /** A short quote naming the behavior at `index` (computed once per behavior). */
  behaviorLabel(index: number): string;
  /** A short quote naming the strategy at `index` (computed once per strategy). */
  strategyLabel(index: number): string;
  /** Runs `check` on each item and collects the findings it returns. */
  findEach<T>(items: readonly T[], check: (item: T, index: number) => Finding | undefined): Finding[];
  /** A finding of `code`, with text in the plan's language and severity from the catalogue. */
  finding<C extends FindingCode>(code: C, paths: string[], params: FindingParams[C]): Finding;
}

/** Builds every index in one pass over the plan. */
export function buildContext(plan: Plan, settings: CoachSettings): CoachContext {
  const { behaviors, strategies } = plan;
  const behaviorIndexById = new Map<string, number>();
  behaviors.forEach((behavior, index) => {
    if (!behaviorIndexById.has(behavior.id)) behaviorIndexById.set(behavior.id, index);
  });

  // Marks which behaviors the current link list already named, without allocating a Set per list.
  const mark = new Int32Array(behaviors.length).fill(-1);
  let generation = 0;
  const linkedBehaviors = (ids: readonly string[]): number[] => {
    const found: number[] = [];
    generation++;
    for (const id of ids) {
      const index = behaviorIndexById.get(id);
      if (index === undefined || mark[index] === generation) continue;
      mark[index] = generation;
      found.push(index);
    }
    return found;
  };

  const strategiesOfBehavior: number[][] = behaviors.map(() => []);
  const sourcesOfBehavior: SourceSet[] = behaviors.map(() => 0);
  const strategyTargetsBehavior: boolean[] = new Array<boolean>(strategies.length).fill(false);
  const sourceOfStrategy = new Int8Array(strategies.length);
  const bySourceIndex: number[][] = [[], [], [], [], [], []];
  const owners = new Map<string, OwnerLoad>();
  // Owners are matched trimmed and case-insensitively; each spelling is normalized once.
  const loadBySpelling = new Map<string, OwnerLoad | undefined>();
  const ownerLoad = (spelling: string): OwnerLoad | undefined => {
    if (loadBySpelling.has(spelling)) return loadBySpelling.get(spelling);
    const owner = spelling.trim();
    const key = owner.toLowerCase();
    let load = owners.get(key);
    if (load === undefined && owner !== '') {
      load = { owner, strategyIndexes: [] };
      owners.set(key, load);
    }
    loadBySpelling.set(spelling, load);
    return load;
  };

  for (let strategyIndex = 0; strategyIndex < strategies.length; strategyIndex++) {
    const strategy = strategies[strategyIndex] as Strategy;
    const counts = countsAsInfluence(strategy.status);
    const source = sourceIndex(strategy.source);
    sourceOfStrategy[strategyIndex] = source;
    if (counts) bySourceIndex[source]?.push(strategyIndex);
    generation++;
    for (const id of strategy.behaviorIds) {
      const behaviorIndex = behaviorIndexById.get(id);
      if (behaviorIndex === undefined || mark[behaviorIndex] === generation) continue;
      mark[behaviorIndex] = generation;
      strategyTargetsBehavior[strategyIndex] = true;
      if (!counts) continue;
      strategiesOfBehavior[behaviorIndex]?.push(strategyIndex);
      if (source >= 0) sourcesOfBehavior[behaviorIndex] = (sourcesOfBehavior[behaviorIndex] ?? 0) | (1 << source);
    }
    if (strategy.owner !== undefined && isOpen(strategy.status)) {
      ownerLoad(strategy.owner)?.strategyIndexes.push(strategyIndex);
    }
  }

  const behaviorLabels: (string | undefined)[] = [];
  const strategyLabels: (string | undefined)[] = [];
  const language: Language = COACH_MESSAGES['no-behaviors'][settings.language] ? settings.language : 'en';
  return {
    ...settings,
    language,
    plan,
    coverage: buildCoverage(plan, behaviorIndexById, strategiesOfBehavior, sourceOfStrategy),
    behaviorIndexById,
    strategiesOfBehavior,
    sourcesOfBehavior,
    strategyTargetsBehavior,
    strategiesBySource: bySource(bySourceIndex),
    ownerLoads: [...owners.values()],
    linkedBehaviors,
    behaviorLabel(index) {
      const behavior = behaviors[index];
      if (behavior === undefined) return '';
      return (behaviorLabels[index] ??= behaviorLabel(behavior));
    },
    strategyLabel(index) {
      const strategy = strategies[index];
      if (strategy === undefined) return '';
      return (strategyLabels[index] ??= shorten(strategy.description, strategy.id));
    },
    findEach(items, check) {
      const findings: Finding[] = [];
      for (let index = 0; index < items.length; index++) {
        const finding = check(items[index] as (typeof items)[number], index);
        if (finding !== undefined) findings.push(finding);
      }
      return findings;
    },
    finding(code, paths, params) {
      const text = COACH_MESSAGES[code][language] as FindingText<typeof params>;
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
