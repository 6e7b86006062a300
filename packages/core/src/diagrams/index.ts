/** Mermaid diagrams of a plan. User text enters mermaid source only through `mermaid-text.ts`. */
export { MERMAID_LABEL_MAX, labelText, mermaidLabel, mermaidLines, mermaidNumber, mermaidText, type MermaidTextOptions } from './mermaid-text.ts';
export { DIAGRAM_MAX_EDGES, DIAGRAM_MAX_TEXT } from './budget.ts';
export { planMapDiagram, planMapMermaid, type PlanMapOptions } from './plan-map.ts';
export {
  planMapGraph,
  type PlanMapEdge,
  type PlanMapGraph,
  type PlanMapGroup,
  type PlanMapNode,
  type PlanMapNodeKind,
} from './plan-map-graph.ts';
export { sourceGridDiagram, type SourceGridOptions } from './source-grid.ts';
export { timelineDiagram, type TimelineOptions } from './timeline.ts';
export { progressDiagram, type ProgressOptions } from './progress.ts';
export {
  PLAN_DIAGRAM_KINDS,
  isPlanDiagramKind,
  planDiagram,
  type PlanDiagramKind,
  type PlanDiagramOptions,
} from './plan-diagram.ts';
