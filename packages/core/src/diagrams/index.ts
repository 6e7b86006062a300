/** Mermaid diagrams of a plan. User text enters mermaid source only through `mermaid-text.ts`. */
export { MERMAID_LABEL_MAX, mermaidLabel, mermaidLines, mermaidNumber, mermaidText, type MermaidTextOptions } from './mermaid-text.ts';
export { DIAGRAM_MAX_EDGES, DIAGRAM_MAX_TEXT } from './budget.ts';
export { planMapDiagram, type PlanMapOptions } from './plan-map.ts';
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
