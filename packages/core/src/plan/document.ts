/**
 * The saved file: a versioned envelope around a plan.
 * Bump `PLAN_SCHEMA_VERSION` with every change to the plan's shape, and add a migration.
 */
import { z } from 'zod';
import { PlanSchema, type Plan } from './schema.ts';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION } from './version.ts';

export { PLAN_FORMAT, PLAN_SCHEMA_VERSION } from './version.ts';

export const PlanDocumentSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  plan: PlanSchema,
});
/** A plan file of the current version. */
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

/** Wraps a plan in the current envelope, ready for `JSON.stringify`. */
export function toPlanDocument(plan: Plan): PlanDocument {
  return { format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, plan };
}

/** Serializes a plan as a file's text (pretty-printed, newline-terminated). */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(toPlanDocument(plan), null, 2)}\n`;
}
