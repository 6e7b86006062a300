/** One entry point for every plan diagram, for apps and the CLI that let people pick a kind. */
import type { Plan } from '../plan/schema.ts';
import { planMapDiagram, type PlanMapOptions } from './plan-map.ts';
import { progressDiagram, type ProgressOptions } from './progress.ts';
import { sourceGridDiagram, type SourceGridOptions } from './source-grid.ts';
import { timelineDiagram, type TimelineOptions } from './timeline.ts';

/** The diagrams a plan can be drawn as. */
export const PLAN_DIAGRAM_KINDS = ['plan', 'sources', 'timeline', 'progress'] as const;

/** A diagram kind: plan map, six-source grid, strategy timeline, or measure progress. */
export type PlanDiagramKind = (typeof PLAN_DIAGRAM_KINDS)[number];

/** Options of every diagram kind; each kind reads only its own. */
export type PlanDiagramOptions = PlanMapOptions & SourceGridOptions & TimelineOptions & ProgressOptions;

/** True when `value` names a diagram kind (for command-line and URL input). */
export function isPlanDiagramKind(value: string): value is PlanDiagramKind {
  return (PLAN_DIAGRAM_KINDS as readonly string[]).includes(value);
}

/** Mermaid source for one kind of diagram of a plan. */
export function planDiagram(plan: Plan, kind: PlanDiagramKind, options: PlanDiagramOptions = {}): string {
  switch (kind) {
    case 'plan':
      return planMapDiagram(plan, options);
    case 'sources':
      return sourceGridDiagram(plan, options);
    case 'timeline':
      return timelineDiagram(plan, options);
    case 'progress':
      return progressDiagram(plan, options);
  }
}
