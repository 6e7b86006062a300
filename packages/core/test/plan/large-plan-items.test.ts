/**
 * A plan of more than 500 items is read item by item first, and when every item passes, the
 * plan's schema does not check them again. These tests hold that shortcut to the full schema:
 * the same plan, the same errors.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlanDocumentSchema, parsePlanDocument, serializePlan, toPlanDocument, type Plan } from '../../src/index.ts';
import { largePlan } from '../support/large-plan.ts';

const large = largePlan({ behaviors: 300, strategies: 600 });

/** The plan file with `edit` applied to its parsed JSON. */
function fileWith(edit: (document: { plan: Record<string, unknown> & Plan }) => void): string {
  const document = JSON.parse(serializePlan(large)) as { plan: Record<string, unknown> & Plan };
  edit(document);
  return JSON.stringify(document);
}

describe('reading a large plan', () => {
  it('gives exactly what the full schema gives, key order included, with unknown keys stripped', () => {
    const text = fileWith(({ plan }) => {
      Object.assign(plan.strategies[5] as object, { extra: 'dropped' });
      Object.assign(plan.behaviors[0] as object, { notes: ['dropped too'] });
      Object.assign(plan.result.measures[0] as object, { chart: { color: 'red' } });
      Object.assign(plan.result, { comment: 'gone' });
    });
    const read = parsePlanDocument(text);
    const full = PlanDocumentSchema.parse(JSON.parse(text));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(JSON.stringify(read.document)).toBe(JSON.stringify(full));
    expect(read.document).toEqual(toPlanDocument(large));
  });

  it('reports the same problems as the full schema when a few items are wrong', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 599 }), { minLength: 1, maxLength: 5 }), (broken) => {
        const text = fileWith(({ plan }) => {
          for (const index of broken) (plan.strategies[index] as Record<string, unknown>)['status'] = 'someday';
        });
        const read = parsePlanDocument(text);
        expect(read.ok).toBe(false);
        if (read.ok) return;
        expect(read.errors.map((issue) => issue.path).sort()).toEqual(broken.map((index) => `plan.strategies.${index}.status`).sort());
      }),
      { numRuns: 10 },
    );
  });

  it('still checks what lies around the items: the title, a list that is not a list, a result without a statement', () => {
    const text = fileWith(({ plan }) => {
      plan.title = 5 as unknown as string;
      (plan as Record<string, unknown>)['influencers'] = 'none';
      delete (plan.result as Partial<Plan['result']>).statement;
    });
    const read = parsePlanDocument(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((issue) => issue.path)).toEqual(['plan.influencers', 'plan.result.statement', 'plan.title']);
  });

  it('checks the links between items after the shortcut', () => {
    const text = fileWith(({ plan }) => {
      (plan.strategies[42] as { behaviorIds: string[] }).behaviorIds = ['beh-missing'];
    });
    const read = parsePlanDocument(text);
    expect(!read.ok && read.errors.map((issue) => `${issue.path} ${issue.code}`)).toEqual(['plan.strategies.42.behaviorIds.0 broken-reference']);
  });
});
