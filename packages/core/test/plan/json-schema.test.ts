import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, planDocumentJsonSchema } from '../../src/plan/index.ts';

const committedPath = new URL('../../schema/plan-document.schema.json', import.meta.url);

describe('the published JSON Schema', () => {
  it('matches the schema generated from the code', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(
      committed,
      'packages/core/schema/plan-document.schema.json is out of date; regenerate it with: ' +
        'node_modules/.bin/tsx packages/core/scripts/write-schema.ts',
    ).toEqual(planDocumentJsonSchema());
  });

  it('identifies itself and pins the envelope', () => {
    const schema = planDocumentJsonSchema() as {
      $id: string;
      title: string;
      required: string[];
      properties: { format: { const: string }; schemaVersion: { const: number } };
    };
    expect(schema.$id).toBe(`urn:sixsources:plan-document:${PLAN_SCHEMA_VERSION}`);
    expect(schema.title).toBe('Six Sources plan file');
    expect(schema.required).toEqual(['format', 'schemaVersion', 'plan']);
    expect(schema.properties.format.const).toBe(PLAN_FORMAT);
    expect(schema.properties.schemaVersion.const).toBe(PLAN_SCHEMA_VERSION);
  });
});
