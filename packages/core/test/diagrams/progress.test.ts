// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
import { describe, expect, test } from 'vitest';
import { progressDiagram } from '../../src/diagrams/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { richPlan } from './hostile-plan.ts';
import { largePlan } from './large-plan.ts';
import { decodeLabel, parseDiagram } from './mermaid-check.ts';

/** The chart's parts, read back from the source. */
function read(src: string) {
  const list = (text: string | undefined) => (text === undefined ? [] : text.split(', '));
  const lines = new Map<string, number[]>();
  for (const match of src.matchAll(/^ {2}line "([^"]*)" \[(.*)\]$/gm)) lines.set(decodeLabel(match[1]!), list(match[2]).map(Number));
  return {
    title: decodeLabel(/^ {2}title "(.*)"$/m.exec(src)?.[1] ?? ''),
    xAxis: list(/^ {2}x-axis \[(.*)\]$/m.exec(src)?.[1]).map((label) => decodeLabel(label.slice(1, -1))),
    yRange: /^ {2}y-axis "[^"]*" (\S+) --> (\S+)$/m.exec(src)?.slice(1).map(Number),
    lines,
  };
}

describe('progress chart', () => {
  test('draws the first measure by default: observations from the baseline, with flat baseline and target', async () => {
    const src = progressDiagram(minimalPlan());
    expect(await parseDiagram(src)).toBe('xychart');
    const chart = read(src);
    expect(chart.title).toBe('Third graders at grade level');
    expect(chart.xAxis).toEqual(['2025-09-15', '2025-10-06']);
    expect(chart.lines).toEqual(
      new Map([
        ['Baseline', [48, 48]],
        ['Target', [70, 70]],
        ['Observed', [48, 50]],
      ]),
    );
    const [low, high] = chart.yRange!;
    expect(low).toBeLessThan(48);
    expect(high).toBeGreaterThan(70);
  });

  test('options.measureId picks a measure; observations are put in date order', () => {
    const chart = read(progressDiagram(richPlan({ language: 'es' }), { measureId: 'linkStyle' }));
    expect(chart.title).toBe('Chronic absence');
    expect(chart.xAxis).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
    expect(chart.lines.get('Observado')).toEqual([18, 17, 16]);
    expect(chart.lines.get('Meta')).toEqual([10, 10, 10]);
  });

  test('many observations are sampled evenly, first and last kept, and the title says so', async () => {
    const plan = largePlan({ behaviors: 1, strategies: 0, observations: 10_000 });
    const src = progressDiagram(plan, { maxPoints: 50 });
    expect(await parseDiagram(src)).toBe('xychart');
    const chart = read(src);
    const dates = plan.result.measures[0]!.observations.map((o) => o.date);
    expect(chart.xAxis).toHaveLength(51); // the baseline and 50 observations
    expect(chart.xAxis[1]).toBe(dates[0]);
    expect(chart.xAxis.at(-1)).toBe(dates.at(-1));
    expect(chart.title).toContain('50 of 10000 observations shown');
  });

  test('observations on the same date stay apart on the axis', () => {
    const plan = minimalPlan();
    plan.result.measures[0]!.observations.push({ id: 'obs-2', date: '2025-10-06', value: 52 });
    expect(read(progressDiagram(plan)).xAxis).toEqual(['2025-09-15', '2025-10-06', '2025-10-06 (2)']);
  });

  test('says so in a drawable one-box chart when there is nothing to plot', async () => {
    // mermaid 12 parses an xychart without a line but fails to draw it.
    const message = (src: string) => decodeLabel(/^ {2}message\["(.*)"\]$/m.exec(src)?.[1] ?? '');
    const none = progressDiagram(minimalPlan({ result: { statement: 'x', measures: [] } }));
    expect(await parseDiagram(none)).toBe('flowchart-v2');
    expect(message(none)).toBe('No measures yet');
    expect(message(progressDiagram(minimalPlan(), { measureId: 'nope' }))).toBe('This measure is not in the plan');
    const plan = minimalPlan();
    const measure = plan.result.measures[0]!;
    plan.result.measures[0] = { ...measure, baseline: {}, target: {}, observations: [] };
    const empty = progressDiagram(plan);
    expect(await parseDiagram(empty)).toBe('flowchart-v2');
    expect(message(empty)).toBe('Third graders at grade level · no baseline, target or observations to draw yet');
    expect(empty).not.toContain('xychart');
  });

  test('a target alone is a chart with its one line', async () => {
    const plan = minimalPlan();
    const measure = plan.result.measures[0]!;
    plan.result.measures[0] = { ...measure, baseline: {}, observations: [] };
    const bare = progressDiagram(plan);
    expect(await parseDiagram(bare)).toBe('xychart');
    expect(read(bare)).toMatchObject({ title: 'Third graders at grade level · no observations yet', xAxis: ['2027-05-28'] });
    expect([...read(bare).lines.keys()]).toEqual(['Target']);
  });
});
