/**
 * Plans are read through zod's compiled parsers (`compiled.ts`), which hand anything they would
 * refuse back to zod's interpreter. These tests hold the compiled read to the interpreter's:
 * the same plan out of the same file, and never a plan accepted that the schema refuses.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlanDocumentSchema, PlanSchema, parsePlanDocument, serializePlan, validatePlan, type ParsePlanResult } from '../../src/plan/index.ts';
import { planArbitrary } from '../support/arbitraries.ts';
import { largePlan } from '../support/large-plan.ts';

/** Codes of the checks that run after the schema: a file refused only for these passed the schema. */
const AFTER_SCHEMA = new Set(['broken-reference', 'duplicate-id', 'wrong-tactic', 'dates-out-of-order']);

function passedSchema(result: ParsePlanResult): boolean {
  return result.ok || result.errors.every((issue) => AFTER_SCHEMA.has(issue.code));
}

/** Where each scalar of a JSON value sits: its container and key, depth first. */
function scalarSlots(value: unknown, slots: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (typeof value !== 'object' || value === null) return slots;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object' && child !== null) scalarSlots(child, slots);
    else slots.push([value as Record<string, unknown>, key]);
  }
  return slots;
}

describe('reading through compiled schemas', () => {
  it('gives the plan zod’s interpreter gives, key order included, unknown keys stripped', () => {
    fc.assert(
      fc.property(planArbitrary(), fc.nat(), (plan, seed) => {
        const document = JSON.parse(serializePlan(plan)) as { plan: Record<string, unknown> & { strategies: object[] } };
        // An unknown key somewhere in the plan, which both must drop.
        const strategies = document.plan.strategies;
        Object.assign(strategies.length > 0 ? (strategies[seed % strategies.length] as object) : document.plan, { extra: seed });
        const text = JSON.stringify(document);
        const read = parsePlanDocument(text);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(JSON.stringify(read.document)).toBe(JSON.stringify(PlanDocumentSchema.parse(JSON.parse(text))));
        const validated = validatePlan(document.plan);
        expect(validated.ok && JSON.stringify(validated.plan)).toBe(JSON.stringify(PlanSchema.parse(document.plan)));
      }),
      { numRuns: 150 },
    );
  });

  it('accepts a value exactly when the schema does, in small plans and in large ones', () => {
    for (const [plan, runs] of [
      [planArbitrary({ maxBehaviors: 3, maxStrategies: 4, maxItems: 2, maxMeasures: 1, maxObservations: 2 }), 200],
      [fc.constant(largePlan({ behaviors: 300, strategies: 600 })), 40],
    ] as const) {
      fc.assert(
        fc.property(plan, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (valid, n, replacement) => {
          // Any field of the plan replaced by any JSON value (the envelope's decide the version, checked before any schema).
          const document = JSON.parse(serializePlan(valid)) as { plan: unknown };
          const slots = scalarSlots(document.plan);
          const [container, key] = slots[n % slots.length] as [Record<string, unknown>, string];
          container[key] = replacement;
          const mutated = JSON.stringify(document);
          expect(passedSchema(parsePlanDocument(mutated))).toBe(PlanDocumentSchema.safeParse(JSON.parse(mutated)).success);
        }),
        { numRuns: runs },
      );
    }
  });
});
