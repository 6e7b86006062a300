// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
import { describe, expect, test } from 'vitest';
import { planMapDiagram } from '../../src/diagrams/index.ts';
import { SOURCES } from '../../src/plan/sources.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { richPlan } from './hostile-plan.ts';
import { largePlan } from './large-plan.ts';
import { edgeLines, labelOf, parseFlowchart } from './mermaid-check.ts';

describe('plan map of a small plan', () => {
  test('draws every strategy in its source group, aimed at its behaviors, and every behavior at the result', async () => {
    const plan = richPlan();
    const parsed = await parseFlowchart(planMapDiagram(plan));
    const expectedEdges: string[] = [];
    const groups = new Map<string, string[]>();
    plan.strategies.forEach((strategy, i) => {
      if (strategy.status === 'dropped') return;
      const group = `g${SOURCES.indexOf(strategy.source)}`;
      groups.set(group, [...(groups.get(group) ?? []), `s${i}`]);
      for (const id of strategy.behaviorIds) expectedEdges.push(`s${i}->b${plan.behaviors.findIndex((b) => b.id === id)}`);
    });
    plan.behaviors.forEach((_, b) => expectedEdges.push(`b${b}->r`));
    expect(parsed.edges.map((e) => `${e.start}->${e.end}`).sort()).toEqual(expectedEdges.sort());
    expect(new Map(parsed.subgraphs.map((s) => [s.id, [...s.nodes].sort()]))).toEqual(
      new Map([...groups].map(([id, nodes]) => [id, nodes.sort()])),
    );
  });

  test('leaves dropped strategies out', () => {
    const plan = richPlan();
    const dropped = plan.strategies.findIndex((s) => s.status === 'dropped');
    expect(planMapDiagram(plan)).not.toMatch(new RegExp(`\\bs${dropped}\\b`));
  });

  test('marks a behavior no active strategy reaches with the gap class and says so', async () => {
    const plan = richPlan(); // behavior 2 is reached only by a dropped strategy
    const src = planMapDiagram(plan);
    const parsed = await parseFlowchart(src);
    expect(parsed.nodeClasses.get('b2')).toEqual(['gap']);
    expect(parsed.nodeClasses.get('b0')).toEqual([]);
    expect(labelOf(src, 'b2')).toBe('Principals\nVisit two classrooms a day.\nNo strategy yet');
  });

  test('labels strategies with the tactic and the description, in the plan language', () => {
    const src = planMapDiagram(minimalPlan({ language: 'es' }));
    expect(labelOf(src, 's0')).toBe('Los líderes dan el ejemplo\nPrincipals join one data dig per month.');
    expect(labelOf(src, 'g2')).toBe('Motivación social');
    expect(labelOf(src, 'r')?.split('\n')[0]).toBe('Resultado');
  });

  test('a plan with nothing yet still draws its result', async () => {
    const plan = minimalPlan({ behaviors: [], strategies: [], result: { statement: '', measures: [] } });
    const src = planMapDiagram(plan);
    expect((await parseFlowchart(src)).nodeIds).toEqual(['r']);
    expect(labelOf(src, 'r')).toBe('Result not stated yet');
  });
});

describe('plan map of a large plan', () => {
  test('counts strategies per source and behavior once there are too many to draw', async () => {
    const plan = largePlan({ behaviors: 10, strategies: 200 });
    const src = planMapDiagram(plan);
    const parsed = await parseFlowchart(src);
    // Each count node holds the strategies of one source aimed at one behavior.
    let counted = 0;
    for (const id of parsed.nodeIds.filter((id) => id.startsWith('c'))) {
      counted += Number(/^(\d+) strateg/.exec(labelOf(src, id) ?? '')?.[1]);
    }
    const links = plan.strategies.filter((s) => s.status !== 'dropped').reduce((sum, s) => sum + s.behaviorIds.length, 0);
    expect(counted).toBe(links);
    expect(parsed.nodeIds.filter((id) => id.startsWith('s'))).toEqual([]);
    expect(labelOf(src, 'n0')).toBe('Large plan: strategies are counted per source and behavior.');
  });

  test('500 behaviors and 3,000 strategies stay under mermaid maxEdges and maxTextSize', async () => {
    const plan = largePlan({ behaviors: 500, strategies: 3_000 });
    const src = planMapDiagram(plan);
    expect(src.length).toBeLessThan(50_000);
    expect(edgeLines(src).length).toBeLessThan(500);
    const parsed = await parseFlowchart(src); // mermaid itself rejects more than 500 edges
    const shown = parsed.nodeIds.filter((id) => /^b\d+$/.test(id)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(500);
    expect(labelOf(src, 'n0')).toContain(`Showing ${shown} of 500 behaviors.`);
  });

  test('long labels of emoji (nine characters each in source) still fit', async () => {
    const plan = largePlan({ behaviors: 500, strategies: 3_000, text: () => '👩‍👩‍👧'.repeat(100) });
    const src = planMapDiagram(plan);
    expect(src.length).toBeLessThan(50_000);
    expect(edgeLines(src).length).toBeLessThan(500);
    await parseFlowchart(src);
  });

  test('honors smaller budgets', () => {
    const plan = largePlan({ behaviors: 60, strategies: 300 });
    const src = planMapDiagram(plan, { maxEdges: 50, maxTextSize: 8_000 });
    expect(edgeLines(src).length).toBeLessThanOrEqual(50);
    expect(src.length).toBeLessThanOrEqual(8_000);
  });
});
