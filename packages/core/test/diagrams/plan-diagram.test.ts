import { expect, test } from 'vitest';
import {
  PLAN_DIAGRAM_KINDS,
  isPlanDiagramKind,
  planDiagram,
  planMapDiagram,
  progressDiagram,
  sourceGridDiagram,
  timelineDiagram,
} from '../../src/diagrams/index.ts';
import { richPlan } from './hostile-plan.ts';

test('planDiagram gives each kind of diagram, passing its options on', () => {
  const plan = richPlan();
  const options = { today: '2026-02-01', measureId: 'linkStyle', maxStrategyNodes: 1 };
  expect(PLAN_DIAGRAM_KINDS).toEqual(['plan', 'sources', 'timeline', 'progress']);
  expect(planDiagram(plan, 'plan', options)).toBe(planMapDiagram(plan, options));
  expect(planDiagram(plan, 'sources', options)).toBe(sourceGridDiagram(plan));
  expect(planDiagram(plan, 'timeline', options)).toBe(timelineDiagram(plan, options));
  expect(planDiagram(plan, 'progress', options)).toBe(progressDiagram(plan, options));
  // The options made a difference, so they were passed on.
  expect(planDiagram(plan, 'plan', options)).not.toBe(planMapDiagram(plan));
  expect(planDiagram(plan, 'progress', options)).not.toBe(progressDiagram(plan));
});

test('isPlanDiagramKind accepts exactly the kinds', () => {
  for (const kind of PLAN_DIAGRAM_KINDS) expect(isPlanDiagramKind(kind)).toBe(true);
  for (const other of ['', 'Plan', 'map', 'toString', '__proto__']) expect(isPlanDiagramKind(other)).toBe(false);
});
