/**
 * The six-source matrix as a diagram: three levels (rows) by motivation and ability (columns).
 * Each cell counts its strategies, the behaviors they reach, and the tactics they use.
 * Dropped strategies are not counted. An empty cell gets the fixed class `empty`.
 */
import type { Plan } from '../plan/schema.ts';
import { SOURCES, describeSource, tacticsOf, type Tactic } from '../plan/sources.ts';
import { mermaidLabel, mermaidLines } from './mermaid-text.ts';
import { classDefLines, classLine } from './styles.ts';
import { diagramWords, isSource, languageOf, sourceName, tacticNameIn } from './words.ts';

/** Choices for the source grid. */
export interface SourceGridOptions {
  /** List each tactic with its count under the totals. Default `true`. */
  showTactics?: boolean;
}

// Catalogues hold at most six tactics per source; more can only come from unvalidated data.
const MAX_TACTIC_LINES = 8;

interface Cell {
  strategies: number;
  behaviors: Set<string>;
  tactics: Map<string, number>;
}

/** Tactics in catalogue order, unknown ones last in the order met. */
function orderedTactics(source: (typeof SOURCES)[number], tactics: Map<string, number>): [string, number][] {
  const catalogue: readonly string[] = tacticsOf(source);
  return [...tactics].sort(([a], [b]) => {
    const ia = catalogue.indexOf(a);
    const ib = catalogue.indexOf(b);
    return (ia === -1 ? catalogue.length : ia) - (ib === -1 ? catalogue.length : ib);
  });
}

/** The six-source matrix as mermaid flowchart source, one row per level. */
export function sourceGridDiagram(plan: Plan, options: SourceGridOptions = {}): string {
  const language = languageOf(plan);
  const words = diagramWords(language);
  const behaviorIds = new Set(plan.behaviors.map((behavior) => behavior.id));
  const cells: Cell[] = SOURCES.map(() => ({ strategies: 0, behaviors: new Set(), tactics: new Map() }));
  for (const strategy of plan.strategies) {
    if (strategy.status === 'dropped' || !isSource(strategy.source)) continue;
    const cell = cells[SOURCES.indexOf(strategy.source)]!;
    cell.strategies += 1;
    cell.tactics.set(strategy.tactic, (cell.tactics.get(strategy.tactic) ?? 0) + 1);
    for (const id of strategy.behaviorIds) if (behaviorIds.has(id)) cell.behaviors.add(id);
  }

  const lines = ['flowchart TB'];
  const empty: string[] = [];
  for (let row = 0; row < 3; row++) {
    const level = describeSource(SOURCES[row * 2]!).level;
    lines.push(`  subgraph g${row}[${mermaidLabel(words.levels[level])}]`);
    lines.push('    direction LR');
    for (let column = 0; column < 2; column++) {
      const index = row * 2 + column;
      const source = SOURCES[index]!;
      const cell = cells[index]!;
      const text = [sourceName(language, source)];
      if (cell.strategies === 0) {
        text.push(words.noStrategies);
        empty.push(`c${index}`);
      } else {
        text.push(words.strategies(cell.strategies), words.reaches(cell.behaviors.size, behaviorIds.size));
        if (options.showTactics !== false) {
          const tactics = orderedTactics(source, cell.tactics);
          for (const [tactic, count] of tactics.slice(0, MAX_TACTIC_LINES)) {
            text.push(`${tacticNameIn(language, tactic as Tactic)} (${count})`);
          }
          if (tactics.length > MAX_TACTIC_LINES) text.push('…');
        }
      }
      lines.push(`    c${index}[${mermaidLines(text)}]`);
    }
    lines.push('  end');
  }
  // Invisible links stack the rows in level order.
  lines.push('  g0 ~~~ g1', '  g1 ~~~ g2');
  lines.push(...classDefLines(['empty']), ...classLine(empty, 'empty'));
  return `${lines.join('\n')}\n`;
}
