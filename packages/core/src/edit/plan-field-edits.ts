/** Edits of the plan's own fields (title, organization, …) and of the result statement. */
import { z } from 'zod';
import { OrganizationSchema, PlanSchema, ResultSchema, type Plan } from '../plan/schema.ts';
import type { UpdatePlanCommand, UpdateResultCommand } from './commands.ts';
import { parseValue, sameValue, withChanges } from './checks.ts';
import { NO_CHANGE, edit, setFields, type DraftNode, type PlannedEdit } from './recipe.ts';

const PlanFieldsSchema = z.object({
  title: PlanSchema.shape.title,
  language: PlanSchema.shape.language,
  problemOfPractice: PlanSchema.shape.problemOfPractice,
  beliefStatement: PlanSchema.shape.beliefStatement,
  organization: OrganizationSchema,
});
type PlanFields = z.infer<typeof PlanFieldsSchema>;
const PLAN_FIELDS = Object.keys(PlanFieldsSchema.shape) as (keyof PlanFields)[];

/** Checks a `plan.update` command and plans its change; organization fields merge. */
export function planPlanUpdate(plan: Plan, command: UpdatePlanCommand): PlannedEdit {
  const current: PlanFields = {
    title: plan.title,
    language: plan.language,
    problemOfPractice: plan.problemOfPractice,
    beliefStatement: plan.beliefStatement,
    organization: plan.organization,
  };
  const { organization, ...rest } = command.changes;
  const merged = withChanges(current, rest);
  if (organization !== undefined) merged['organization'] = withChanges(plan.organization, organization);
  const parsed = parseValue(PlanFieldsSchema, merged);
  if (!parsed.ok) return parsed;
  const next = parsed.value;
  const changed = PLAN_FIELDS.filter((key) => key !== 'organization' && next[key] !== current[key]);
  type OrganizationKey = keyof PlanFields['organization'];
  const orgKeys = [...new Set([...Object.keys(plan.organization), ...Object.keys(next.organization)])] as OrganizationKey[];
  const orgChanged = orgKeys.filter((key) => !sameValue(plan.organization[key], next.organization[key]));
  if (changed.length === 0 && orgChanged.length === 0) return NO_CHANGE;
  return edit([], (draft) => {
    for (const key of changed) draft[key] = next[key];
    const organization = draft['organization'] as DraftNode;
    for (const key of orgChanged) {
      const value = next.organization[key];
      if (value === undefined) delete organization[key];
      else organization[key] = value;
    }
  });
}

const ResultFieldsSchema = z.object({ statement: ResultSchema.shape.statement });

/** Checks a `result.update` command and plans its change. */
export function planResultUpdate(plan: Plan, command: UpdateResultCommand): PlannedEdit {
  const parsed = parseValue(ResultFieldsSchema, withChanges({ statement: plan.result.statement }, command.changes));
  if (!parsed.ok) return parsed;
  const { statement } = parsed.value;
  if (statement === plan.result.statement) return NO_CHANGE;
  return setFields(['result'], { statement });
}
