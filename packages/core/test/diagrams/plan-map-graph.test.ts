// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
import { describe, expect, test } from 'vitest';
import { planMapDiagram, planMapGraph, planMapMermaid, type PlanMapGraph } from '../../src/diagrams/index.ts';
import { richPlan, withText } from './hostile-plan.ts';
import { largePlan } from './large-plan.ts';
import { decodeLabel, labelOf, parseFlowchart } from './mermaid-check.ts';

/** Every box of the graph by id, with its lines joined as mermaid's labels are read back. */
function boxes(graph: PlanMapGraph): Map<string, string> {
  const all = [graph.result, ...graph.behaviors, ...graph.groups.flatMap((group) => group.nodes), ...(graph.note === null ? [] : [graph.note])];
  return new Map(all.map((box) => [box.id, box.lines.join('\n')]));
}

/** The studio draws the graph; "copy mermaid source" gives its mermaid text: both must show the same map. */
async function expectSameMap(graph: PlanMapGraph) {
  const src = planMapMermaid(graph);
  const parsed = await parseFlowchart(src);
  const drawn = boxes(graph);
  expect([...parsed.nodeIds].sort()).toEqual([...drawn.keys()].sort());
  expect(parsed.edges.map((e) => `${e.start}->${e.end}`)).toEqual(graph.edges.map((e) => `${e.from}->${e.to}`));
  expect(new Map(parsed.subgraphs.map((s) => [s.id, [...s.nodes].sort()]))).toEqual(
    new Map(graph.groups.map((group) => [group.id, group.nodes.map((box) => box.id).sort()])),
  );
  for (const [id, text] of drawn) expect(decodeLabel(labelOf(src, id) ?? ''), id).toBe(text);
  for (const group of graph.groups) expect(decodeLabel(labelOf(src, group.id) ?? ''), group.id).toBe(group.label);
}

describe('plan map graph', () => {
  test('a small plan: the mermaid source shows exactly the graph’s boxes, groups, arrows and words', async () => {
    const graph = planMapGraph(richPlan());
    expect(graph.note).toBeNull();
    expect(graph.groups.flatMap((group) => group.nodes).every((box) => box.kind === 'strategy')).toBe(true);
    await expectSameMap(graph);
  });

  test('a large plan: counted boxes, the note and the arrows are the same in both', async () => {
    const graph = planMapGraph(largePlan({ behaviors: 60, strategies: 300 }), { maxEdges: 50, maxTextSize: 8_000 });
    expect(graph.note?.lines[0]).toBe('Large plan: strategies are counted per source and behavior.');
    expect(graph.groups.flatMap((group) => group.nodes).every((box) => box.kind === 'count')).toBe(true);
    await expectSameMap(graph);
  });

  test('planMapDiagram is the mermaid text of planMapGraph', () => {
    const plan = largePlan({ behaviors: 12, strategies: 60 });
    expect(planMapDiagram(plan)).toBe(planMapMermaid(planMapGraph(plan)));
  });

  test('a behavior no active strategy reaches is a gap and says so', () => {
    const graph = planMapGraph(richPlan());
    const gap = graph.behaviors.find((box) => box.id === 'b2');
    expect(gap?.gap).toBe(true);
    expect(gap?.lines).toEqual(['Principals', 'Visit two classrooms a day.', 'No strategy yet']);
    expect(graph.behaviors.find((box) => box.id === 'b0')?.gap).toBe(false);
  });

  test('user text is kept as plain text, whitespace collapsed and long lines cut, never encoded', () => {
    const hostile = '<img src=x onerror=alert(1)>\n\t"quoted"  %%{init}%% \u202Eevil';
    const graph = planMapGraph(withText(richPlan(), [hostile, 'x'.repeat(300)]));
    const lines = boxes(graph);
    const all = [...lines.values()].join('\n');
    expect(all).toContain('<img src=x onerror=alert(1)> "quoted" %%{init}%% evil');
    expect(all).not.toMatch(/#\d+;/);
    expect(Math.max(...[...lines.values()].flatMap((text) => text.split('\n')).map((line) => [...line].length))).toBe(120);
  });
});
