// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planDiagram, type PlanDiagramKind } from '../../src/diagrams/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { ALL_HOSTILE, HOSTILE_FRAGMENTS, hostileText, richPlan, withText } from './hostile-plan.ts';
import { mermaidText } from '../../src/diagrams/mermaid-text.ts';
import { decodeLabel, decodeParsed, parseDiagram, parseFlowchart, parseGantt, strayLines } from './mermaid-check.ts';

const GRAMMAR = { plan: 'flowchart', sources: 'flowchart', timeline: 'gantt', progress: 'xychart' } as const;
const TYPE = { plan: 'flowchart-v2', sources: 'flowchart-v2', timeline: 'gantt', progress: 'xychart' } as const;
const KINDS = Object.keys(GRAMMAR) as PlanDiagramKind[];
const OPTIONS = { today: '2026-02-01', measureId: 'linkStyle' };

/** Parses with mermaid and checks that every line has a shape we generate. */
async function expectSafe(plan: Plan, kind: PlanDiagramKind): Promise<string> {
  const src = planDiagram(plan, kind, OPTIONS);
  expect(await parseDiagram(src)).toBe(TYPE[kind]);
  expect(strayLines(src, GRAMMAR[kind])).toEqual([]);
  expect(src).not.toMatch(/%%|<img|<script|javascript:|`/i);
  return src;
}

/** The node ids a flowchart declares in its own lines (`id[...]`). */
function declaredIds(src: string): string[] {
  return [...src.matchAll(/^ +(?!subgraph)([a-z][a-z0-9_]*)\[/gm)].map((m) => m[1]!);
}

describe('every diagram stays inert with hostile text in every field', () => {
  for (const kind of KINDS) {
    test(`${kind}: every fragment in several fields, and all of them in every field`, async () => {
      // Fields take fragments in turn; rotating the list puts each fragment in other fields.
      for (let shift = 0; shift < 4; shift++) {
        const rotated = [...HOSTILE_FRAGMENTS.slice(shift * 7), ...HOSTILE_FRAGMENTS.slice(0, shift * 7)];
        await expectSafe(withText(richPlan(), rotated), kind);
      }
      await expectSafe(withText(richPlan(), [ALL_HOSTILE]), kind);
    }, 60_000);

    test(`${kind}: random combinations of fragments (property)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 12 }), async (texts) => {
          await expectSafe(withText(richPlan(), texts), kind);
        }),
        { numRuns: 15 },
      );
    }, 60_000);
  }
});

describe('hostile text adds no nodes, edges, classes or clicks', () => {
  test('plan map: mermaid sees exactly the nodes and classes we wrote', async () => {
    const expected = await parseFlowchart(planDiagram(richPlan(), 'plan'));
    expect(expected.boundFunctions).toBe(1);
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 12 }), async (texts) => {
        const src = planDiagram(withText(richPlan(), texts), 'plan');
        const parsed = await parseFlowchart(src);
        expect(parsed.nodeIds.sort()).toEqual(declaredIds(src).sort());
        expect(parsed.nodeIds.sort()).toEqual(expected.nodeIds.sort());
        expect(parsed.edges).toEqual(expected.edges);
        expect(parsed.classNames.sort()).toEqual(expected.classNames.sort());
        expect(parsed.subgraphs).toEqual(expected.subgraphs);
        expect(parsed.links).toBe(0);
        expect(parsed.boundFunctions).toBe(expected.boundFunctions);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  test('source grid: still six cells in three rows, no clicks', async () => {
    const parsed = await parseFlowchart(planDiagram(withText(richPlan(), [ALL_HOSTILE]), 'sources'));
    // Rows are subgraphs g0-g2, stacked by invisible links, so mermaid lists them as nodes too.
    expect(parsed.nodeIds.sort()).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'g0', 'g1', 'g2']);
    expect(parsed.subgraphs.map((s) => [s.id, [...s.nodes].sort()])).toEqual([
      ['g0', ['c0', 'c1']],
      ['g1', ['c2', 'c3']],
      ['g2', ['c4', 'c5']],
    ]);
    expect(parsed.links).toBe(0);
    expect(parsed.boundFunctions).toBe(1);
  });

  test('timeline: one task per dated strategy, with our ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 12 }), async (texts) => {
        const plan = withText(richPlan(), texts);
        const tasks = await parseGantt(planDiagram(plan, 'timeline', OPTIONS));
        expect(tasks.map((task) => task.id).sort()).toEqual(['s0', 's3']);
        // The whole description stayed in the task's name: nothing leaked into its data.
        const shown = decodeLabel(mermaidText(plan.strategies[0]!.description, { max: 80 }));
        if (shown !== '') expect(decodeParsed(tasks.find((task) => task.id === 's0')!.task)).toBe(shown);
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
