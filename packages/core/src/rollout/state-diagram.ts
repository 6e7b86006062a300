/**
 * Mermaid state diagrams generated from a machine's own definition: every top-level state and
 * every transition with a target, read from `machine.root`, so the picture cannot drift from
 * the code. The current state is marked with fixed class names only; user text appears only
 * inside quoted, entity-encoded labels.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { mermaidLabel, mermaidText } from '../diagrams/mermaid-text.ts';
import { ROLLOUT_STAGE_INFO, type RolloutStage } from './stages.ts';

/** Class names the diagrams use; fixed strings, styled by `classDef` lines written here. */
export const STATE_DIAGRAM_CLASSES = {
  /** The state the actor is in. */
  current: 'current',
  /** While paused: the stage a resume returns to. */
  resumes: 'resumes',
} as const;

/** What to mark on a generated state diagram. */
export interface StateDiagramOptions {
  /** Top-level state to mark as current. */
  current?: string | null;
  /** Top-level state to mark as the one a resume returns to. */
  resumes?: string | null;
  /** A title (user text, e.g. a district name), shown as the label of a box around everything. */
  title?: string;
  /** Labels for state keys; keys without one show the key itself. */
  labels?: Readonly<Record<string, string>>;
}

/** One edge of the diagram: a source, a target and the events (with guards) that take it. */
export interface StateDiagramEdge {
  source: string;
  target: string;
  labels: string[];
}

const SAFE_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The top-level transitions of a machine that change state, grouped by source and target,
 * in definition order. Transitions without a target (recording facts) are not edges.
 */
export function machineEdges(machine: AnyStateMachine): StateDiagramEdge[] {
  const edges = new Map<string, StateDiagramEdge>();
  for (const [key, node] of Object.entries(machine.root.states) as [string, AnyStateNode][]) {
    for (const [eventType, transitions] of node.transitions) {
      for (const transition of transitions) {
        for (const target of transition.target ?? []) {
          const targetKey = topLevelKey(target, machine);
          if (targetKey === null || targetKey === key) continue;
          const id = `${key}\u0000${targetKey}`;
          const edge = edges.get(id) ?? { source: key, target: targetKey, labels: [] };
          const label = `${eventType}${describeGuard(transition.guard)}`;
          if (!edge.labels.includes(label)) edge.labels.push(label);
          edges.set(id, edge);
        }
      }
    }
  }
  return [...edges.values()];
}

/** A mermaid `stateDiagram-v2` of a machine's top-level states and transitions. */
export function machineStateDiagram(machine: AnyStateMachine, options: StateDiagramOptions = {}): string {
  const keys = Object.keys(machine.root.states);
  // Prefixed ids: state names such as `scale` or `end` are words of mermaid's own grammar.
  const ids = new Map(keys.map((key, index) => [key, `st_${SAFE_ID.test(key) ? key : index}`]));
  const idOf = (key: string) => ids.get(key) ?? 'unknown';
  const indent = options.title === undefined ? '  ' : '    ';
  const body: string[] = [`${indent}direction LR`];
  for (const key of keys) body.push(`${indent}state ${mermaidLabel(options.labels?.[key] ?? key)} as ${idOf(key)}`);
  const initial = machine.root.config.initial;
  if (typeof initial === 'string' && ids.has(initial)) body.push(`${indent}[*] --> ${idOf(initial)}`);
  for (const edge of machineEdges(machine)) {
    body.push(`${indent}${idOf(edge.source)} --> ${idOf(edge.target)} : ${mermaidText(edge.labels.join(' / '), { max: 400 })}`);
  }
  for (const [key, node] of Object.entries(machine.root.states) as [string, AnyStateNode][]) {
    if (node.type === 'final') body.push(`${indent}${idOf(key)} --> [*]`);
  }

  const lines = ['stateDiagram-v2'];
  if (options.title === undefined) lines.push(...body);
  else lines.push(`  state ${mermaidLabel(options.title)} as diagram_box {`, ...body, '  }');
  lines.push(`  classDef ${STATE_DIAGRAM_CLASSES.current} fill:#fde68a,stroke:#b45309,stroke-width:3px`);
  lines.push(`  classDef ${STATE_DIAGRAM_CLASSES.resumes} stroke:#b45309,stroke-width:2px,stroke-dasharray:5 3`);
  if (options.current != null && ids.has(options.current)) lines.push(`  class ${idOf(options.current)} ${STATE_DIAGRAM_CLASSES.current}`);
  if (options.resumes != null && ids.has(options.resumes)) lines.push(`  class ${idOf(options.resumes)} ${STATE_DIAGRAM_CLASSES.resumes}`);
  return `${lines.join('\n')}\n`;
}

/** The district machine's labels: `Explore`, `Prepare`, … */
export const ROLLOUT_STATE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ROLLOUT_STAGE_INFO).map(([key, info]) => [key, info.label]),
);

/** ` [gate into prepare]`, ` [with a reason]`… for a transition's guard; `''` without one. */
function describeGuard(guard: unknown): string {
  if (guard === undefined || guard === null) return '';
  const type = typeof guard === 'string' ? guard : typeof guard === 'object' && 'type' in guard ? String(guard.type) : 'condition';
  const params = typeof guard === 'object' && 'params' in guard ? (guard.params as { stage?: RolloutStage } | undefined) : undefined;
  switch (type) {
    case 'gateMet':
      return ` [gate into ${params?.stage ?? 'the next stage'} met]`;
    case 'hasReason':
      return ' [with a reason]';
    case 'wasIn':
      return ` [if paused in ${params?.stage ?? 'it'}]`;
    default:
      return ` [${type}]`;
  }
}

function topLevelKey(node: AnyStateNode, machine: AnyStateMachine): string | null {
  let at: AnyStateNode | undefined = node;
  while (at !== undefined && at.parent !== machine.root) at = at.parent;
  return at === undefined ? null : at.key;
}
