/**
 * Writes the plan file's JSON Schema to packages/core/schema/plan-document.schema.json.
 * Run after changing the plan schema:  node_modules/.bin/tsx packages/core/scripts/write-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planDocumentJsonSchemaText } from '../src/plan/json-schema.ts';

const target = fileURLToPath(new URL('../schema/plan-document.schema.json', import.meta.url));
writeFileSync(target, planDocumentJsonSchemaText());
console.log(`wrote ${target}`);
