/** State diagrams of a district rollout and of a campus, from their machines. */
import type { AnyStateMachine } from 'xstate';
import { campusMachine, type CampusSnapshot } from './campus-machine.ts';
import { districtMachine, type DistrictSnapshot } from './district-machine.ts';
import { ROLLOUT_STATE_LABELS, machineStateDiagram } from './state-diagram.ts';

/**
 * The district lifecycle as a mermaid `stateDiagram-v2`, generated from the machine. Given a
 * snapshot, the district's state is marked (class `current`), a paused district's stage to
 * resume is marked (class `resumes`), and the district's name labels a box around it all.
 */
export function rolloutStateDiagram(source: DistrictSnapshot | AnyStateMachine = districtMachine): string {
  if (!isSnapshot(source)) return machineStateDiagram(source, { labels: ROLLOUT_STATE_LABELS });
  return machineStateDiagram(source.machine, {
    labels: ROLLOUT_STATE_LABELS,
    current: typeof source.value === 'string' ? source.value : null,
    resumes: source.context.pausedFrom,
    title: source.context.name,
  });
}

/** The campus lifecycle as a mermaid `stateDiagram-v2`; given a snapshot, its state is marked. */
export function campusStateDiagram(source: CampusSnapshot | AnyStateMachine = campusMachine): string {
  if (!isSnapshot(source)) return machineStateDiagram(source);
  return machineStateDiagram(source.machine, { current: source.value, title: source.context.name });
}

function isSnapshot<T extends DistrictSnapshot | CampusSnapshot>(source: T | AnyStateMachine): source is T {
  return 'machine' in source && 'context' in source;
}
