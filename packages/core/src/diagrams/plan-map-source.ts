/**
 * The plan map graph written as mermaid flowchart source: header, result, behaviors, source
 * groups, edges, note and classes, in that order. Node ids are the graph's own; every line of
 * text goes through `mermaidLines`, and only fixed class names reach class lines.
 */
import { SourceLines } from './budget.ts';
import { mermaidLabel, mermaidLines } from './mermaid-text.ts';
import type { PlanMapEdge, PlanMapGraph, PlanMapNode } from './plan-map-graph.ts';
import { classDefLines, classLine, type FlowchartClass } from './styles.ts';

/** A box as a line of source, indented by `indent` spaces. */
export function nodeLine(node: PlanMapNode, indent: number): string {
  return `${' '.repeat(indent)}${node.id}[${mermaidLines(node.lines)}]`;
}

/** An arrow as a line of source. */
export function edgeLine(edge: PlanMapEdge): string {
  return `  ${edge.from} --> ${edge.to}`;
}

// A graph is written once: `planMapGraph` writes it to check its size, the app then asks for the text.
const written = new WeakMap<PlanMapGraph, SourceLines>();

/** The graph's mermaid source, with its size (see `SourceLines`). Graphs are never changed after they are made. */
export function planMapSource(graph: PlanMapGraph): SourceLines {
  let out = written.get(graph);
  if (out === undefined) {
    out = write(graph);
    written.set(graph, out);
  }
  return out;
}

function write(graph: PlanMapGraph): SourceLines {
  const out = new SourceLines();
  out.push('flowchart LR');
  out.push(nodeLine(graph.result, 2));
  for (const behavior of graph.behaviors) out.push(nodeLine(behavior, 2));
  for (const group of graph.groups) {
    out.push(`  subgraph ${group.id}[${mermaidLabel(group.label)}]`);
    for (const box of group.nodes) out.push(nodeLine(box, 4));
    out.push('  end');
  }
  for (const edge of graph.edges) out.push(edgeLine(edge));
  if (graph.note !== null) out.push(nodeLine(graph.note, 2));
  const gaps = graph.behaviors.filter((behavior) => behavior.gap).map((behavior) => behavior.id);
  // Counts aimed at no behavior first, then the others in the order of their edges.
  const unlinked = graph.groups.flatMap((group) => group.nodes.filter((box) => box.kind === 'count' && box.id.startsWith('u')).map((box) => box.id));
  const countIds = [...unlinked, ...graph.edges.filter((edge) => edge.from.startsWith('c')).map((edge) => edge.from)];
  const used: FlowchartClass[] = ['result'];
  if (gaps.length > 0) used.push('gap');
  if (countIds.length > 0) used.push('count');
  if (graph.note !== null) used.push('note');
  for (const line of classDefLines(used)) out.push(line);
  out.push('  class r result');
  for (const line of classLine(gaps, 'gap')) out.push(line);
  for (const line of classLine(countIds, 'count')) out.push(line);
  if (graph.note !== null) out.push('  class n0 note');
  return out;
}
