/** The plan file format as JSON Schema, for editors, CI and other languages. */
import { z } from 'zod';
import { PLAN_SCHEMA_VERSION, PlanDocumentSchema } from './document.ts';

/** The `$id` of the published schema; it names the schema version it describes. */
export const PLAN_DOCUMENT_SCHEMA_ID = `urn:sixsources:plan-document:${PLAN_SCHEMA_VERSION}`;

/**
 * JSON Schema (draft 2020-12) of a current-version plan file, generated from
 * `PlanDocumentSchema`. Cross-references (ids that must resolve) are not expressible here;
 * `parsePlanDocument` checks them.
 */
export function planDocumentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PlanDocumentSchema) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: PLAN_DOCUMENT_SCHEMA_ID,
    title: 'Six Sources plan file',
    description: `An influence plan in a versioned envelope (schema version ${PLAN_SCHEMA_VERSION}).`,
    ...rest,
  };
}

/** The schema file's text as committed in `packages/core/schema/`: two-space JSON and a newline. */
export function planDocumentJsonSchemaText(): string {
  return `${JSON.stringify(planDocumentJsonSchema(), null, 2)}\n`;
}
