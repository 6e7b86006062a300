/** Small helpers shared by the command tests. */
import { expect } from 'vitest';
import { applyCommand, type CommandError, type PlanCommand } from '../../src/edit/index.ts';
import { validatePlan } from '../../src/plan/parse.ts';
import type { Plan } from '../../src/plan/schema.ts';

/** The time every command test stamps its edits with. */
export const NOW = '2030-01-02T03:04:05.000Z';

/** Applies a command that must be accepted, and checks the result is a valid plan. */
export function accept(plan: Plan, command: PlanCommand): Plan {
  const result = applyCommand(plan, command, NOW);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  const checked = validatePlan(result.plan);
  expect(checked.ok ? [] : checked.errors).toEqual([]);
  return result.plan;
}

/** Applies a command that must be refused, checks the plan is untouched, and returns the error. */
export function refusal(plan: Plan, command: PlanCommand): CommandError {
  const before = structuredClone(plan);
  const result = applyCommand(plan, command, NOW);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(command)}`);
  expect(result.plan).toBe(plan);
  expect(plan).toStrictEqual(before);
  return result.error;
}
