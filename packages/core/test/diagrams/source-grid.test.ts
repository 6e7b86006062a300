// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
import { describe, expect, test } from 'vitest';
import { sourceGridDiagram } from '../../src/diagrams/index.ts';
import { richPlan } from './hostile-plan.ts';
import { labelOf, parseFlowchart } from './mermaid-check.ts';

describe('source grid', () => {
  test('one cell per source: its strategies, the behaviors they reach, and the tactics used', () => {
    const src = sourceGridDiagram(richPlan());
    expect(labelOf(src, 'c5')).toBe('Structural ability\n1 strategy\nreaches 2 of 3 behaviors\nMake the invisible visible (1)');
    expect(labelOf(src, 'c0')).toBe('Personal motivation\n1 strategy\nreaches 1 of 3 behaviors\nTell meaningful stories (1)');
    // The only structural-motivation strategy was dropped.
    expect(labelOf(src, 'c4')).toBe('Structural motivation\nNo strategies');
  });

  test('rows are levels and empty cells carry the empty class', async () => {
    const parsed = await parseFlowchart(sourceGridDiagram(richPlan()));
    expect(parsed.subgraphs.map((s) => s.id)).toEqual(['g0', 'g1', 'g2']);
    const empty = [...parsed.nodeClasses].filter(([, classes]) => classes.includes('empty')).map(([id]) => id);
    expect(empty.sort()).toEqual(['c3', 'c4']);
  });

  test('counts each tactic, in catalogue order, and can leave tactics out', () => {
    const plan = richPlan();
    plan.strategies.push(
      { ...plan.strategies[0]!, id: 'a', tactic: 'public-recognition' },
      { ...plan.strategies[0]!, id: 'b', tactic: 'leaders-model' },
    );
    const src = sourceGridDiagram(plan);
    expect(labelOf(src, 'c2')?.split('\n').slice(1)).toEqual(['3 strategies', 'reaches 1 of 3 behaviors', 'Leaders model it (2)', 'Public recognition (1)']);
    expect(labelOf(sourceGridDiagram(plan, { showTactics: false }), 'c2')).toBe('Social motivation\n3 strategies\nreaches 1 of 3 behaviors');
  });

  test('speaks the plan language', () => {
    const src = sourceGridDiagram(richPlan({ language: 'es' }));
    expect(labelOf(src, 'g2')).toBe('Estructural');
    expect(labelOf(src, 'c3')).toBe('Habilidad social\nSin estrategias');
  });
});
