// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
import { describe, expect, test } from 'vitest';
import { timelineDiagram } from '../../src/diagrams/index.ts';
import type { Strategy } from '../../src/plan/schema.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { richPlan } from './hostile-plan.ts';
import { largePlan } from './large-plan.ts';
import { decodeLabel, decodeParsed, parseGantt } from './mermaid-check.ts';

const titleOf = (src: string) => decodeLabel(/^ {2}title (.*)$/m.exec(src)?.[1] ?? '');

function strategy(overrides: Partial<Strategy>): Strategy {
  return { id: 'x', source: 'social-ability', tactic: 'coaching', description: 'Coach weekly.', behaviorIds: [], status: 'planned', ...overrides };
}

describe('timeline', () => {
  test('a strategy with both dates is a bar, with one date a milestone, in its source section', async () => {
    const plan = richPlan(); // s0 has start and due; s3 only a due date; s1, s2 no dates; s4 dropped
    const tasks = await parseGantt(timelineDiagram(plan));
    const byId = new Map(tasks.map((task) => [task.id, { ...task, task: decodeParsed(task.task), milestone: !!task.milestone }]));
    expect([...byId.keys()].sort()).toEqual(['s0', 's3']);
    expect(byId.get('s0')).toMatchObject({ task: 'Principals join one data dig per month.', section: 'Social motivation', milestone: false });
    expect(byId.get('s3')).toMatchObject({ task: 'Share a student story at each staff meeting.', section: 'Personal motivation', milestone: true });
  });

  test('says in the title how many strategies have no dates and how many were dropped', async () => {
    expect(titleOf(timelineDiagram(richPlan()))).toBe(
      'Third-grade reading at Riverside · 2 strategies without dates not shown · 1 dropped strategy left out',
    );
    const spanish = timelineDiagram(richPlan({ language: 'es' }));
    expect(titleOf(spanish)).toContain('2 estrategias sin fechas no se muestran');
    expect((await parseGantt(spanish)).map((task) => decodeParsed(task.section)).sort()).toEqual(['Motivación social', 'Motivación personal'].sort());
  });

  test('shows status: done and in progress, and overdue work as critical when today is given', async () => {
    const plan = minimalPlan({
      strategies: [
        strategy({ start: '2026-01-01', due: '2026-02-01', status: 'done' }),
        strategy({ start: '2026-01-01', due: '2026-02-01', status: 'in-progress' }),
        strategy({ start: '2026-01-01', due: '2026-02-01', status: 'planned' }),
        strategy({ start: '2026-01-01', due: '2026-09-01', status: 'planned' }),
      ],
    });
    const flags = (await parseGantt(timelineDiagram(plan, { today: '2026-03-01' }))).map(({ id, done, active, crit }) => [id, !!done, !!active, !!crit]);
    expect(flags.sort()).toEqual([
      ['s0', true, false, false],
      ['s1', false, true, true],
      ['s2', false, false, true],
      ['s3', false, false, false],
    ]);
    // Without today nothing is overdue.
    expect((await parseGantt(timelineDiagram(plan))).some((task) => task.crit)).toBe(false);
  });

  test('a due date before the start, or an impossible date, does not break the chart', async () => {
    const plan = minimalPlan({
      strategies: [strategy({ start: '2026-05-01', due: '2026-01-01' }), strategy({ start: '2026-02-30' as string })],
    });
    const tasks = await parseGantt(timelineDiagram(plan));
    expect(tasks.map((task) => [task.id, !!task.milestone])).toEqual([['s0', true]]);
  });

  test('a large plan shows the earliest strategies, up to the limit, and says so', async () => {
    const plan = largePlan({ behaviors: 50, strategies: 3_000 });
    const src = timelineDiagram(plan, { maxTasks: 80 });
    expect(src.length).toBeLessThan(50_000);
    const tasks = await parseGantt(src);
    expect(tasks).toHaveLength(80);
    expect(titleOf(src)).toContain('showing 80 of 3000 dated strategies');
    const latestShown = tasks.reduce((latest, task) => Math.max(latest, task.startTime.getTime()), 0);
    const hidden = plan.strategies.filter((s, i) => !tasks.some((task) => task.id === `s${i}`));
    expect(hidden.every((s) => new Date(`${s.start}T00:00:00`).getTime() >= latestShown)).toBe(true);
  });
});
