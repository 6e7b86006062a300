/**
 * The six-source matrix as data: for each vital behavior, the strategies in each source's
 * cell and how many sources it draws on. Dropped strategies are shown but do not count.
 */
import { SOURCES, type Plan, type Source, type Strategy, type VitalBehavior } from '@sixsources/core';

/** The research's threshold: four or more sources per behavior. */
export const MIN_SOURCES = 4;

/** A strategy with its place in the plan's list (for paths such as `strategies.3`). */
export interface PlacedStrategy {
  strategy: Strategy;
  index: number;
}

/** One row of the matrix. */
export interface MatrixRow {
  behavior: VitalBehavior;
  /** The behavior's place in the plan's list. */
  index: number;
  cells: Record<Source, PlacedStrategy[]>;
  /** Sources with at least one strategy that is not dropped. */
  sourceCount: number;
}

/** Rows for every behavior, plus the strategies aimed at none. */
export interface Matrix {
  rows: MatrixRow[];
  unlinked: Record<Source, PlacedStrategy[]>;
}

function emptyCells(): Record<Source, PlacedStrategy[]> {
  return Object.fromEntries(SOURCES.map((source) => [source, []])) as unknown as Record<Source, PlacedStrategy[]>;
}

/** Builds the matrix in one pass over the strategies. */
export function buildMatrix(plan: Pick<Plan, 'behaviors' | 'strategies'>): Matrix {
  const rows = plan.behaviors.map((behavior, index): MatrixRow => ({ behavior, index, cells: emptyCells(), sourceCount: 0 }));
  const rowById = new Map(rows.map((row) => [row.behavior.id, row]));
  const unlinked = emptyCells();
  plan.strategies.forEach((strategy, index) => {
    const placed = { strategy, index };
    let linked = false;
    for (const behaviorId of strategy.behaviorIds) {
      const row = rowById.get(behaviorId);
      if (row === undefined) continue;
      row.cells[strategy.source].push(placed);
      linked = true;
    }
    if (!linked) unlinked[strategy.source].push(placed);
  });
  for (const row of rows) {
    row.sourceCount = SOURCES.filter((source) => row.cells[source].some(({ strategy }) => strategy.status !== 'dropped')).length;
  }
  return { rows, unlinked };
}

/** True when two cells list the same strategies, in the same places. */
function sameCell(a: readonly PlacedStrategy[], b: readonly PlacedStrategy[]): boolean {
  return a.length === b.length && a.every((placed, i) => placed.strategy === b[i]?.strategy && placed.index === b[i]?.index);
}

function shareCells(previous: Record<Source, PlacedStrategy[]> | undefined, next: Record<Source, PlacedStrategy[]>): Record<Source, PlacedStrategy[]> {
  if (previous === undefined) return next;
  for (const source of SOURCES) if (sameCell(previous[source], next[source])) next[source] = previous[source];
  return next;
}

/**
 * `next` with every cell that lists the same strategies as in `previous` replaced by the
 * previous cell's array, so an edit re-renders only the cells it changed.
 */
export function shareUnchangedCells(previous: Matrix | null, next: Matrix): Matrix {
  if (previous === null) return next;
  const previousRows = new Map(previous.rows.map((row) => [row.behavior.id, row]));
  for (const row of next.rows) row.cells = shareCells(previousRows.get(row.behavior.id)?.cells, row.cells);
  next.unlinked = shareCells(previous.unlinked, next.unlinked);
  return next;
}
