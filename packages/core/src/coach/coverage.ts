/** The six-source coverage matrix: which strategies reach each behavior through each source. */
import type { Plan } from '../plan/schema.ts';
import { bySource } from './source-set.ts';
import type { CoverageMatrix } from './types.ts';

/**
 * Behavior id → source → ids of the strategies (dropped ones left out) that target it,
 * in plan order. `strategiesOfBehavior` holds, per behavior index, the strategy indexes
 * already filtered, and `sourceOfStrategy` each strategy's position in `SOURCES`; a
 * duplicated behavior id keeps its first behavior's row.
 */
export function buildCoverage(
  plan: Plan,
  behaviorIndexById: ReadonlyMap<string, number>,
  strategiesOfBehavior: readonly (readonly number[])[],
  sourceOfStrategy: Int8Array,
): CoverageMatrix {
  const coverage: CoverageMatrix = {};
  for (const [behaviorId, behaviorIndex] of behaviorIndexById) {
    const lists: string[][] = [[], [], [], [], [], []];
    for (const strategyIndex of strategiesOfBehavior[behaviorIndex] ?? []) {
      const strategy = plan.strategies[strategyIndex];
      if (strategy) lists[sourceOfStrategy[strategyIndex] ?? -1]?.push(strategy.id);
    }
    const row = bySource(lists);
    // An id may be `__proto__`, which plain assignment would turn into a prototype change.
    if (behaviorId === '__proto__') {
      Object.defineProperty(coverage, behaviorId, { value: row, enumerable: true, writable: true, configurable: true });
    } else {
      coverage[behaviorId] = row;
    }
  }
  return coverage;
}
