/**
 * core.edit.large: one editing command on a large plan, with its patches (for undo), against
 * `JSON.parse` of the plan's file text. Each kind of command is measured on the same frozen
 * plan an editor holds after its first edit; the figure is the slowest kind's median.
 */
import { applyCommand, type Plan, type PlanCommand } from '@sixsources/core';
import type { Benchmark } from '../types.ts';
import { medianRatio } from '../stats.ts';
import { largeWorkload } from './large-text.ts';

/** The edits a person makes most, spread over the plan (middle and end of long lists). */
const COMMANDS: readonly PlanCommand[] = [
  { type: 'behavior.update', id: 'beh-250', changes: { action: 'Run the routine at every rotation.' } },
  { type: 'strategy.update', id: 'str-1500', changes: { description: 'A clearer description.' } },
  { type: 'strategy.add', fields: { source: 'social-ability', tactic: 'coaching', behaviorIds: ['beh-1', 'beh-2'] } },
  { type: 'behavior.add', at: 0, fields: { who: 'Coaches' } },
  { type: 'behavior.remove', id: 'beh-7' },
  { type: 'strategy.remove', id: 'str-10' },
  { type: 'strategy.move', from: 0, to: 2_999 },
  { type: 'link', kind: 'strategy', id: 'str-2000', behaviorId: 'beh-9' },
  { type: 'observation.record', measureId: 'mea-3', observation: { date: '2027-01-04', value: 52 } },
  { type: 'plan.update', changes: { title: 'A new title' } },
];

export const editLarge: Benchmark = {
  name: 'core.edit.large',
  unit: 'ratio',
  budget: 0.05,
  figure: 'one command with patches (median, slowest kind) ÷ JSON.parse of the plan file',
  async run({ quick }) {
    const { text } = largeWorkload();
    // The editor's plan: parsed, then frozen by its first edit.
    const first = applyCommand((JSON.parse(text) as { plan: Plan }).plan, { type: 'plan.update', changes: { title: 'Warm-up' } });
    if (!first.ok) throw new Error(first.error.message);
    const plan = first.plan;
    const runs = quick ? 5 : 31;
    const perCommand = COMMANDS.map((command) => {
      const check = applyCommand(plan, command);
      if (!check.ok) throw new Error(`${command.type} was refused: ${check.error.message}`);
      return { type: command.type, ratio: medianRatio(() => applyCommand(plan, command), () => JSON.parse(text), { runs, warmups: 3, repeats: 7 }) };
    });
    const slowest = perCommand.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    return {
      value: slowest.ratio,
      detail: `${COMMANDS.length} kinds of command on 500 behaviors/3,000 strategies, median of ${runs} paired runs each; slowest ${slowest.type}, fastest ${Math.min(...perCommand.map((c) => c.ratio)).toFixed(4)}×`,
    };
  },
};
