/**
 * The plan map: strategies, grouped by source, point at the vital behaviors they aim at;
 * every behavior points at the result. A behavior no strategy reaches is drawn with the fixed
 * class `gap`. Dropped strategies are left out: the map shows the plan being carried out.
 */
import type { Language, Plan, VitalBehavior } from '../plan/schema.ts';
import { SOURCES } from '../plan/sources.ts';
import { DIAGRAM_MAX_EDGES, DIAGRAM_MAX_TEXT, SourceLines } from './budget.ts';
import { mermaidLabel, mermaidLines } from './mermaid-text.ts';
import { classDefLines, classLine, type FlowchartClass } from './styles.ts';
import { diagramWords, isSource, languageOf, sourceName, tacticNameIn, type DiagramWords } from './words.ts';

/** Limits for the plan map; the defaults keep it under mermaid's `maxEdges` and `maxTextSize`. */
export interface PlanMapOptions {
  /** Most edges drawn. Default `DIAGRAM_MAX_EDGES` (450). */
  maxEdges?: number;
  /** Most characters of source. Default `DIAGRAM_MAX_TEXT` (45,000). */
  maxTextSize?: number;
  /** Most strategies drawn one by one; beyond, strategies are counted per source and behavior. Default 120. */
  maxStrategyNodes?: number;
}

const DEFAULT_MAX_STRATEGY_NODES = 120;
const SOURCE_COUNT = SOURCES.length;
// Room kept for subgraph lines, the note, class definitions and fixed class lines.
const FIXED_RESERVE = 2_000;

/** What one pass over the strategies learned, shared by both drawing modes. */
interface Links {
  /** Strategies still in play (not dropped, with a known source), in plan order. */
  active: { index: number; source: number; behaviors: number[] }[];
  /** Active strategies per behavior and source: `cells[behavior * 6 + source]`. */
  cells: Uint32Array;
  /** Active strategies aimed at no known behavior, per source. */
  unlinked: Uint32Array;
  /** Whether any active strategy reaches each behavior. */
  covered: Uint8Array;
  /** Strategy → behavior edges the full drawing needs. */
  edgeCount: number;
}

function collectLinks(plan: Plan): Links {
  const behaviorCount = plan.behaviors.length;
  const indexById = new Map<string, number>();
  plan.behaviors.forEach((behavior, i) => {
    if (!indexById.has(behavior.id)) indexById.set(behavior.id, i);
  });
  const cells = new Uint32Array(behaviorCount * SOURCE_COUNT);
  const unlinked = new Uint32Array(SOURCE_COUNT);
  const covered = new Uint8Array(behaviorCount);
  // Which strategy last linked each behavior, to count a repeated id once.
  const lastLinkedBy = new Int32Array(behaviorCount).fill(-1);
  const active: Links['active'] = [];
  let edgeCount = 0;
  plan.strategies.forEach((strategy, index) => {
    if (strategy.status === 'dropped' || !isSource(strategy.source)) return;
    const source = SOURCES.indexOf(strategy.source);
    const behaviors: number[] = [];
    for (const id of strategy.behaviorIds) {
      const b = indexById.get(id);
      if (b === undefined || lastLinkedBy[b] === index) continue;
      lastLinkedBy[b] = index;
      behaviors.push(b);
      cells[b * SOURCE_COUNT + source]! += 1;
      covered[b] = 1;
    }
    if (behaviors.length === 0) unlinked[source]! += 1;
    edgeCount += behaviors.length;
    active.push({ index, source, behaviors });
  });
  return { active, cells, unlinked, covered, edgeCount };
}

function resultLine(plan: Plan, words: DiagramWords): string {
  const statement = plan.result.statement;
  const label = statement.trim() === '' ? mermaidLabel(words.noResult) : mermaidLines([words.result, statement]);
  return `  r[${label}]`;
}

function behaviorLabel(behavior: VitalBehavior, covered: boolean, words: DiagramWords): string {
  const lines = [behavior.who, behavior.action];
  if (!covered) lines.push(words.noStrategyYet);
  return mermaidLines(lines);
}

/** The behaviors drawn, as node lines, with the ids of those no active strategy reaches. */
interface BehaviorNodes {
  lines: string[];
  gaps: string[];
}

function behaviorLine(plan: Plan, links: Links, b: number, words: DiagramWords): string {
  return `  b${b}[${behaviorLabel(plan.behaviors[b] as VitalBehavior, links.covered[b] === 1, words)}]`;
}

/** Header, result, behaviors, source groups, edges, note and classes, in that order. */
function assemble(
  plan: Plan,
  language: Language,
  behaviors: BehaviorNodes,
  sourceBlocks: SourceLines[],
  edges: SourceLines,
  countIds: string[],
): SourceLines {
  const words = diagramWords(language);
  const out = new SourceLines();
  out.push('flowchart LR');
  out.push(resultLine(plan, words));
  for (const line of behaviors.lines) out.push(line);
  sourceBlocks.forEach((block, source) => {
    if (block.lines.length === 0) return;
    out.push(`  subgraph g${source}[${mermaidLabel(sourceName(language, SOURCES[source]!))}]`);
    out.pushAll(block);
    out.push('  end');
  });
  out.pushAll(edges);
  const shown = behaviors.lines.length;
  const total = plan.behaviors.length;
  const notes: string[] = [];
  if (countIds.length > 0) notes.push(words.countedNote);
  if (shown < total) notes.push(words.shownBehaviors(shown, total));
  if (notes.length > 0) out.push(`  n0[${mermaidLines(notes)}]`);
  const used: FlowchartClass[] = ['result'];
  if (behaviors.gaps.length > 0) used.push('gap');
  if (countIds.length > 0) used.push('count');
  if (notes.length > 0) used.push('note');
  for (const line of classDefLines(used)) out.push(line);
  out.push('  class r result');
  for (const line of classLine(behaviors.gaps, 'gap')) out.push(line);
  for (const line of classLine(countIds, 'count')) out.push(line);
  if (notes.length > 0) out.push('  class n0 note');
  return out;
}

/** Every active strategy as its own node, or `undefined` when that breaks the text budget. */
function drawEachStrategy(plan: Plan, links: Links, language: Language, maxText: number): SourceLines | undefined {
  const words = diagramWords(language);
  const blocks = SOURCES.map(() => new SourceLines());
  const edges = new SourceLines();
  for (const { index, source, behaviors } of links.active) {
    const strategy = plan.strategies[index]!;
    blocks[source]!.push(`    s${index}[${mermaidLines([tacticNameIn(language, strategy.tactic), strategy.description])}]`);
    for (const b of behaviors) edges.push(`  s${index} --> b${b}`);
  }
  const nodes: BehaviorNodes = { lines: [], gaps: [] };
  for (let b = 0; b < plan.behaviors.length; b++) {
    nodes.lines.push(behaviorLine(plan, links, b, words));
    if (links.covered[b] !== 1) nodes.gaps.push(`b${b}`);
    edges.push(`  b${b} --> r`);
  }
  const out = assemble(plan, language, nodes, blocks, edges, []);
  return out.size <= maxText ? out : undefined;
}

/** Strategies counted per behavior and source, behaviors in plan order until a budget is reached. */
function drawCounts(plan: Plan, links: Links, language: Language, maxEdges: number, maxText: number): SourceLines {
  const words = diagramWords(language);
  const blocks = SOURCES.map(() => new SourceLines());
  const edges = new SourceLines();
  const countIds: string[] = [];
  const nodes: BehaviorNodes = { lines: [], gaps: [] };
  // Strategies aimed at no behavior: one node per source, no edge.
  links.unlinked.forEach((count, source) => {
    if (count === 0) return;
    blocks[source]!.push(`    u${source}[${mermaidLines([words.strategies(count), words.noBehavior])}]`);
    countIds.push(`u${source}`);
  });
  let size = FIXED_RESERVE + resultLine(plan, words).length;
  for (const block of blocks) size += block.size + 4;
  let edgeCount = 0;
  for (let b = 0; b < plan.behaviors.length; b++) {
    const chunk: { source: number; line: string }[] = [];
    let chunkSize = 0;
    for (let source = 0; source < SOURCE_COUNT; source++) {
      const count = links.cells[b * SOURCE_COUNT + source]!;
      if (count === 0) continue;
      const line = `    c${b}_${source}[${mermaidLabel(words.strategies(count))}]`;
      chunk.push({ source, line });
      // The node, its edge, and its id in the `class … count` line.
      chunkSize += line.length + 1 + `  c${b}_${source} --> b${b}`.length + 1 + `c${b}_${source},`.length;
    }
    const line = behaviorLine(plan, links, b, words);
    // The behavior, its edge to the result, and its id in the `class … gap` line.
    chunkSize += line.length + 1 + `  b${b} --> r`.length + 1 + `b${b},`.length;
    if (edgeCount + chunk.length + 1 > maxEdges || size + chunkSize > maxText) break;
    for (const { source, line: countLine } of chunk) {
      blocks[source]!.push(countLine);
      edges.push(`  c${b}_${source} --> b${b}`);
      countIds.push(`c${b}_${source}`);
    }
    nodes.lines.push(line);
    if (links.covered[b] !== 1) nodes.gaps.push(`b${b}`);
    edges.push(`  b${b} --> r`);
    edgeCount += chunk.length + 1;
    size += chunkSize;
  }
  return assemble(plan, language, nodes, blocks, edges, countIds);
}

/**
 * The plan map as mermaid flowchart source. Small plans show every strategy; larger ones count
 * strategies per source and behavior, and very large ones show the first behaviors only — a note
 * node says which. The output stays within `options.maxEdges` and `options.maxTextSize`.
 */
export function planMapDiagram(plan: Plan, options: PlanMapOptions = {}): string {
  const language = languageOf(plan);
  const maxEdges = options.maxEdges ?? DIAGRAM_MAX_EDGES;
  const maxText = options.maxTextSize ?? DIAGRAM_MAX_TEXT;
  const maxNodes = options.maxStrategyNodes ?? DEFAULT_MAX_STRATEGY_NODES;
  const links = collectLinks(plan);
  const fitsEdges = links.edgeCount + plan.behaviors.length <= maxEdges;
  if (fitsEdges && links.active.length <= maxNodes) {
    const full = drawEachStrategy(plan, links, language, maxText);
    if (full !== undefined) return full.toString();
  }
  return drawCounts(plan, links, language, maxEdges, maxText).toString();
}
