/** The six-source matrix as a table: one row per vital behavior, one column per source. */
import type { Tactic } from '../../plan/sources.ts';
import { SOURCES } from '../../plan/sources.ts';
import { isSource, sourceName, tacticNameIn } from '../../diagrams/words.ts';
import type { ReportContext } from '../context.ts';
import { mdInline, mdTable } from '../markdown.ts';

type Cell = Map<string, number>;

function cellText(cell: Cell | undefined, context: ReportContext): string {
  if (cell === undefined) return '';
  return [...cell]
    .map(([tactic, count]) => {
      const name = mdInline(tacticNameIn(context.language, tactic as Tactic));
      return count === 1 ? name : `${name} ×${count}`;
    })
    .join(', ');
}

function add(cells: (Cell | undefined)[], index: number, tactic: string): void {
  const cell = cells[index] ?? new Map<string, number>();
  cell.set(tactic, (cell.get(tactic) ?? 0) + 1);
  cells[index] = cell;
}

/** Dropped strategies are left out: the matrix shows the influence still being applied. */
export function sourcesSection(context: ReportContext): string {
  const { plan, words, language, behaviorNumber } = context;
  const width = SOURCES.length;
  const cells: (Cell | undefined)[] = new Array(plan.behaviors.length * width);
  const unlinked: (Cell | undefined)[] = new Array(width);
  const used = new Set<string>();
  for (const strategy of plan.strategies) {
    if (strategy.status === 'dropped' || !isSource(strategy.source)) continue;
    const source = SOURCES.indexOf(strategy.source);
    used.add(strategy.source);
    let linked = false;
    for (const id of new Set(strategy.behaviorIds)) {
      const n = behaviorNumber.get(id);
      if (n === undefined) continue;
      linked = true;
      add(cells, (n - 1) * width + source, strategy.tactic);
    }
    if (!linked) add(unlinked, source, strategy.tactic);
  }
  const rows = plan.behaviors.map((behavior, b) => [
    `${b + 1}. ${mdInline(behavior.who)}`,
    ...SOURCES.map((_, s) => cellText(cells[b * width + s], context)),
  ]);
  if (unlinked.some((cell) => cell !== undefined)) {
    rows.push([`_${words.matrixUnlinked}_`, ...SOURCES.map((_, s) => cellText(unlinked[s], context))]);
  }
  const table = mdTable([words.matrixBehavior, ...SOURCES.map((source) => sourceName(language, source))], rows);
  return `## ${words.headings.sources}\n\n${words.sourcesUsed(used.size)}\n\n${table}`;
}
