/**
 * One command on a 500-behavior, 3,000-strategy plan must cost at most 5% of parsing the
 * plan's file text (median against median, measured in the same run, interleaved, because
 * the machines are shared and noisy).
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, createHistory, record, undo, type PlanCommand } from '../../src/edit/index.ts';
import { serializePlan } from '../../src/plan/document.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { largePlan } from '../support/large-plan.ts';

const ROUNDS = 21;
const BUDGET = 0.05;

const COMMANDS: PlanCommand[] = [
  { type: 'behavior.update', id: 'beh-250', changes: { action: 'Run the routine at every rotation.' } },
  { type: 'strategy.update', id: 'str-1500', changes: { description: 'A clearer description.' } },
  { type: 'strategy.add', fields: { source: 'social-ability', tactic: 'coaching', behaviorIds: ['beh-1', 'beh-2'] } },
  { type: 'behavior.add', at: 0, fields: { who: 'Coaches' } },
  { type: 'behavior.remove', id: 'beh-7' },
  { type: 'strategy.remove', id: 'str-10' },
  { type: 'strategy.move', from: 0, to: 2_999 },
  { type: 'link', kind: 'strategy', id: 'str-2000', behaviorId: 'beh-9' },
  { type: 'observation.record', measureId: 'mea-reading', observation: { date: '2026-01-01', value: 52 } },
  { type: 'plan.update', changes: { title: 'A new title' } },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('speed on a large plan', () => {
  it('every command, and undoing it, costs at most 5% of JSON.parse of the plan file', () => {
    const text = serializePlan(largePlan({ behaviors: 500, strategies: 3_000 }));
    const plan = (JSON.parse(text) as { plan: Plan }).plan;
    // The first command freezes the parsed plan once, as an editor's first edit would.
    applyCommand(plan, { type: 'plan.update', changes: { title: 'Warm-up' } });

    const parseTimes: number[] = [];
    const commandTimes = COMMANDS.map(() => [] as number[]);
    const undoTimes = COMMANDS.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++) {
      parseTimes.push(time(() => JSON.parse(text)));
      COMMANDS.forEach((command, i) => {
        let result = applyCommand(plan, command);
        commandTimes[i]?.push(time(() => (result = applyCommand(plan, command))));
        if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
        const history = record(createHistory(), result);
        const after = result.plan;
        undoTimes[i]?.push(time(() => undo(after, history)));
      });
    }

    const parse = median(parseTimes);
    const ratios = COMMANDS.map((command, i) => ({
      command: command.type,
      apply: median(commandTimes[i] ?? []) / parse,
      undo: median(undoTimes[i] ?? []) / parse,
    }));
    const overBudget = ratios.filter((r) => r.apply > BUDGET || r.undo > BUDGET);
    expect(overBudget, `JSON.parse median ${parse.toFixed(2)} ms; ratios ${JSON.stringify(ratios)}`).toEqual([]);
  });
});
