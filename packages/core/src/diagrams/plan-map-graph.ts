/**
 * The plan map as a graph, before any drawing: which boxes exist, what they say, which group
 * holds them and which arrows join them. Strategies, grouped by source, point at the vital
 * behaviors they aim at; every behavior points at the result. A behavior no strategy reaches
 * is a gap. Dropped strategies are left out: the map shows the plan being carried out.
 *
 * The mermaid source (`plan-map.ts`) and the studio's own drawing are both made from this
 * graph, so they always show the same boxes and arrows. Its limits are mermaid's (`budget.ts`):
 * past them strategies are counted per source and behavior, then only the first behaviors shown.
 */
import type { Language, Plan, VitalBehavior } from '../plan/schema.ts';
import { SOURCES, type Source } from '../plan/sources.ts';
import { DIAGRAM_MAX_EDGES, DIAGRAM_MAX_TEXT } from './budget.ts';
import { labelText } from './mermaid-text.ts';
import { edgeLine, nodeLine, planMapSource } from './plan-map-source.ts';
import { diagramWords, isSource, languageOf, sourceName, tacticNameIn, type DiagramWords } from './words.ts';

/** Limits for the plan map; the defaults keep it under mermaid's `maxEdges` and `maxTextSize`. */
export interface PlanMapOptions {
  /** Most edges drawn. Default `DIAGRAM_MAX_EDGES` (450). */
  maxEdges?: number;
  /** Most characters of mermaid source. Default `DIAGRAM_MAX_TEXT` (45,000). */
  maxTextSize?: number;
  /** Most strategies drawn one by one; beyond, strategies are counted per source and behavior. Default 120. */
  maxStrategyNodes?: number;
}

/** What a box of the plan map stands for. */
export type PlanMapNodeKind = 'result' | 'behavior' | 'strategy' | 'count' | 'note';

/** One box of the plan map. */
export interface PlanMapNode {
  /** Its id, the same as in the mermaid source: `r`, `b3`, `s12`, `c3_2`, `u4` or `n0`. */
  id: string;
  kind: PlanMapNodeKind;
  /**
   * Its lines of text, plain and never blank: user text with whitespace collapsed and long
   * lines cut (`labelText`), fixed words in the plan's language. Draw it as text, never as markup.
   */
  lines: readonly string[];
  /** A behavior no active strategy reaches (drawn as a gap). */
  gap: boolean;
}

/** The boxes of one source: its strategies, or its counts in a large plan. */
export interface PlanMapGroup {
  /** Its id in the mermaid source, `g<source index>`. */
  id: string;
  source: Source;
  /** The source's name in the plan's language. */
  label: string;
  /** In plan order (strategies) or behavior order (counts); never empty. */
  nodes: readonly PlanMapNode[];
}

/** An arrow from one box to another, by id. */
export interface PlanMapEdge {
  from: string;
  to: string;
}

/** The whole plan map, ready to be drawn by mermaid or by hand. */
export interface PlanMapGraph {
  language: Language;
  result: PlanMapNode;
  /** The behaviors shown, in plan order (all of them unless the plan is very large). */
  behaviors: readonly PlanMapNode[];
  /** Non-empty source groups, in the order of the six sources. */
  groups: readonly PlanMapGroup[];
  /** Strategy (or count) → behavior arrows first, then behavior → result, in source order. */
  edges: readonly PlanMapEdge[];
  /** A note saying that strategies are counted or behaviors left out, when they are. */
  note: PlanMapNode | null;
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

/** Lines of a box: each cleaned as a label, blank ones left out. */
function textLines(lines: readonly string[]): string[] {
  return lines.map((line) => labelText(line)).filter((line) => line !== '');
}

function node(id: string, kind: PlanMapNodeKind, lines: readonly string[], gap = false): PlanMapNode {
  return { id, kind, lines: textLines(lines), gap };
}

function resultNode(plan: Plan, words: DiagramWords): PlanMapNode {
  const statement = plan.result.statement;
  return node('r', 'result', statement.trim() === '' ? [words.noResult] : [words.result, statement]);
}

function behaviorNode(plan: Plan, links: Links, b: number, words: DiagramWords): PlanMapNode {
  const behavior = plan.behaviors[b] as VitalBehavior;
  const covered = links.covered[b] === 1;
  const lines = [behavior.who, behavior.action];
  if (!covered) lines.push(words.noStrategyYet);
  return node(`b${b}`, 'behavior', lines, !covered);
}

/** The graph from its parts: empty groups dropped, the note added when something is counted or left out. */
function graphOf(plan: Plan, language: Language, behaviors: PlanMapNode[], blocks: PlanMapNode[][], edges: PlanMapEdge[], counted: boolean): PlanMapGraph {
  const words = diagramWords(language);
  const groups: PlanMapGroup[] = [];
  blocks.forEach((nodes, source) => {
    if (nodes.length === 0) return;
    const id = SOURCES[source]!;
    groups.push({ id: `g${source}`, source: id, label: labelText(sourceName(language, id)), nodes });
  });
  const notes: string[] = [];
  if (counted) notes.push(words.countedNote);
  if (behaviors.length < plan.behaviors.length) notes.push(words.shownBehaviors(behaviors.length, plan.behaviors.length));
  const note = notes.length > 0 ? node('n0', 'note', notes) : null;
  return { language, result: resultNode(plan, words), behaviors, groups, edges, note };
}

/** Every active strategy as its own box. */
function eachStrategy(plan: Plan, links: Links, language: Language): PlanMapGraph {
  const words = diagramWords(language);
  const blocks: PlanMapNode[][] = SOURCES.map(() => []);
  const edges: PlanMapEdge[] = [];
  for (const { index, source, behaviors } of links.active) {
    const strategy = plan.strategies[index]!;
    blocks[source]!.push(node(`s${index}`, 'strategy', [tacticNameIn(language, strategy.tactic), strategy.description]));
    for (const b of behaviors) edges.push({ from: `s${index}`, to: `b${b}` });
  }
  const behaviors: PlanMapNode[] = [];
  for (let b = 0; b < plan.behaviors.length; b++) {
    behaviors.push(behaviorNode(plan, links, b, words));
    edges.push({ from: `b${b}`, to: 'r' });
  }
  return graphOf(plan, language, behaviors, blocks, edges, false);
}

/** Strategies counted per behavior and source, behaviors in plan order until a budget is reached. */
function counts(plan: Plan, links: Links, language: Language, maxEdges: number, maxText: number): PlanMapGraph {
  const words = diagramWords(language);
  const blocks: PlanMapNode[][] = SOURCES.map(() => []);
  const edges: PlanMapEdge[] = [];
  const behaviors: PlanMapNode[] = [];
  // Strategies aimed at no behavior: one box per source, no edge.
  links.unlinked.forEach((count, source) => {
    if (count > 0) blocks[source]!.push(node(`u${source}`, 'count', [words.strategies(count), words.noBehavior]));
  });
  let size = FIXED_RESERVE + nodeLine(resultNode(plan, words), 2).length;
  for (const block of blocks) size += block.reduce((sum, box) => sum + nodeLine(box, 4).length + 1, 4);
  let edgeCount = 0;
  for (let b = 0; b < plan.behaviors.length; b++) {
    const chunk: { source: number; box: PlanMapNode; edge: PlanMapEdge }[] = [];
    let chunkSize = 0;
    for (let source = 0; source < SOURCE_COUNT; source++) {
      const count = links.cells[b * SOURCE_COUNT + source]!;
      if (count === 0) continue;
      const box = node(`c${b}_${source}`, 'count', [words.strategies(count)]);
      const edge = { from: box.id, to: `b${b}` };
      chunk.push({ source, box, edge });
      // The box, its edge, and its id in the `class … count` line.
      chunkSize += nodeLine(box, 4).length + 1 + edgeLine(edge).length + 1 + box.id.length + 1;
    }
    const behavior = behaviorNode(plan, links, b, words);
    const toResult = { from: behavior.id, to: 'r' };
    // The behavior, its edge to the result, and its id in the `class … gap` line.
    chunkSize += nodeLine(behavior, 2).length + 1 + edgeLine(toResult).length + 1 + behavior.id.length + 1;
    if (edgeCount + chunk.length + 1 > maxEdges || size + chunkSize > maxText) break;
    for (const { source, box, edge } of chunk) {
      blocks[source]!.push(box);
      edges.push(edge);
    }
    behaviors.push(behavior);
    edges.push(toResult);
    edgeCount += chunk.length + 1;
    size += chunkSize;
  }
  return graphOf(plan, language, behaviors, blocks, edges, true);
}

/**
 * The plan map of `plan` as a graph. Small plans show every strategy; larger ones count
 * strategies per source and behavior, and very large ones show the first behaviors only — a
 * note box says which. Its mermaid source stays within `options.maxEdges` and `options.maxTextSize`.
 */
export function planMapGraph(plan: Plan, options: PlanMapOptions = {}): PlanMapGraph {
  const language = languageOf(plan);
  const maxEdges = options.maxEdges ?? DIAGRAM_MAX_EDGES;
  const maxText = options.maxTextSize ?? DIAGRAM_MAX_TEXT;
  const maxNodes = options.maxStrategyNodes ?? DEFAULT_MAX_STRATEGY_NODES;
  const links = collectLinks(plan);
  const fitsEdges = links.edgeCount + plan.behaviors.length <= maxEdges;
  if (fitsEdges && links.active.length <= maxNodes) {
    const full = eachStrategy(plan, links, language);
    if (planMapSource(full).size <= maxText) return full;
  }
  return counts(plan, links, language, maxEdges, maxText);
}
