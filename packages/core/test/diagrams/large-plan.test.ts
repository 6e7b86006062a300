// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
import { expect, test } from 'vitest';
import { PLAN_DIAGRAM_KINDS, planDiagram } from '../../src/diagrams/index.ts';
import { largePlan } from './large-plan.ts';
import { edgeLines, parseDiagram } from './mermaid-check.ts';

test('every diagram of a 500-behavior, 3,000-strategy plan fits mermaid maxTextSize and maxEdges', async () => {
  const plan = largePlan({ behaviors: 500, strategies: 3_000, observations: 10_000 });
  for (const kind of PLAN_DIAGRAM_KINDS) {
    const src = planDiagram(plan, kind);
    expect(src.length, kind).toBeLessThan(50_000);
    expect(edgeLines(src.replace(/^ {2}y-axis .*$/m, '')).length, kind).toBeLessThan(500);
    await parseDiagram(src);
  }
}, 30_000);
