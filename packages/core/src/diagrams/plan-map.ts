/**
 * The plan map as mermaid flowchart source: the graph of `plan-map-graph.ts`, written out by
 * `plan-map-source.ts`. A behavior no strategy reaches is drawn with the fixed class `gap`.
 */
import type { Plan } from '../plan/schema.ts';
import { planMapGraph, type PlanMapGraph, type PlanMapOptions } from './plan-map-graph.ts';
import { planMapSource } from './plan-map-source.ts';

export type { PlanMapOptions } from './plan-map-graph.ts';

/** The mermaid source of a plan map graph (what "copy mermaid source" gives for that picture). */
export function planMapMermaid(graph: PlanMapGraph): string {
  return planMapSource(graph).toString();
}

/**
 * The plan map as mermaid flowchart source. Small plans show every strategy; larger ones count
 * strategies per source and behavior, and very large ones show the first behaviors only — a note
 * node says which. The output stays within `options.maxEdges` and `options.maxTextSize`.
 */
export function planMapDiagram(plan: Plan, options: PlanMapOptions = {}): string {
  return planMapMermaid(planMapGraph(plan, options));
}
