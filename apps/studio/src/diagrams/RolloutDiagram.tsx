import { useRolloutDiagramSource } from '../rollout/useRolloutDiagramSource.ts';
import { DiagramPanel, type DiagramPanelProps } from './DiagramPanel.tsx';

/** Props of the rollout stage chart: the plan whose rollout it shows, and the panel's words. */
export interface RolloutDiagramProps extends Omit<DiagramPanelProps, 'source'> {
  planId: string;
}

/**
 * The plan's rollout stage chart on the diagrams screen. Loaded only when chosen: reading a
 * saved rollout brings in the rollout machine, which no other diagram of the screen needs.
 */
export function RolloutDiagram({ planId, ...panel }: RolloutDiagramProps) {
  const source = useRolloutDiagramSource(planId, true);
  return <DiagramPanel source={source} {...panel} />;
}
