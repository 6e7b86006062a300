import { useMemo, useRef } from 'react';
import { planMapGraph, planMapMermaid, type Plan } from '@sixsources/core';
import { DiagramFrame } from './DiagramFrame.tsx';
import { layoutPlanMap } from './planMapLayout.ts';
import { PlanMapSvg } from './PlanMapSvg.tsx';
import { standaloneSvg } from './standaloneSvg.ts';

/** Props of the plan map panel. */
export interface PlanMapPanelProps {
  /** The open plan. */
  plan: Plan;
  /** What the picture shows, read by screen readers and used as the caption. */
  label: string;
  /** Optional sentence under the picture. */
  caption?: string;
  /** File name without extension for downloads, e.g. `socorro-plan`. */
  fileName: string;
}

/**
 * The plan map, drawn by the studio at once from the core's plan map graph — no mermaid to
 * fetch and no text to measure — with the tools every diagram has. "Copy mermaid source"
 * copies the core's mermaid text of the same graph.
 */
export function PlanMapPanel({ plan, label, caption, fileName }: PlanMapPanelProps) {
  const graph = useMemo(() => planMapGraph(plan), [plan]);
  const source = useMemo(() => planMapMermaid(graph), [graph]);
  const layout = useMemo(() => layoutPlanMap(graph), [graph]);
  const svg = useRef<SVGSVGElement>(null);
  return (
    <DiagramFrame
      source={source}
      label={label}
      caption={caption}
      fileName={fileName}
      picture={{ element: <PlanMapSvg layout={layout} ref={svg} /> }}
      svgMarkup={() => (svg.current === null ? null : standaloneSvg(svg.current))}
      naturalWidth={layout.width}
      pending={false}
      error={null}
    />
  );
}
