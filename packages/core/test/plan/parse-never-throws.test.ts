import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PLAN_FORMAT,
  PLAN_SCHEMA_VERSION,
  parsePlanDocument,
  parsePlanValue,
  serializePlan,
  validatePlan,
  type ParsePlanResult,
  PLAN_ISSUE_CODES,
} from '../../src/plan/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';


/** A refusal must carry at least one issue, each with a known code and a message. */
function expectWellFormed(result: ParsePlanResult): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of result.errors) {
    expect(PLAN_ISSUE_CODES).toContain(issue.code);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('parsePlanDocument never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectWellFormed(parsePlanDocument(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expectWellFormed(parsePlanDocument(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary envelopes around arbitrary plans', () => {
    const envelope = fc.record({
      format: fc.oneof(fc.constant(PLAN_FORMAT), fc.jsonValue()),
      schemaVersion: fc.oneof(fc.integer({ min: -2, max: PLAN_SCHEMA_VERSION + 2 }), fc.jsonValue()),
      plan: fc.jsonValue(),
    });
    fc.assert(
      fc.property(envelope, (doc) => {
        expectWellFormed(parsePlanDocument(JSON.stringify(doc)));
        expectWellFormed(parsePlanValue(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('on valid plans with one value replaced by arbitrary JSON', () => {
    const text = serializePlan(minimalPlan());
    // Replace the n-th JSON scalar of a valid file, which reaches every field of the plan.
    const scalars = [...text.matchAll(/(?<=: )("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)/g)];
    fc.assert(
      fc.property(fc.nat({ max: scalars.length - 1 }), fc.jsonValue(), (n, replacement) => {
        const match = scalars[n] as RegExpExecArray;
        const mutated = text.slice(0, match.index) + JSON.stringify(replacement) + text.slice(match.index + match[0].length);
        expectWellFormed(parsePlanDocument(mutated));
      }),
      { numRuns: 300 },
    );
  });
});

describe('validatePlan', () => {
  it('accepts a valid plan and reports paths relative to the plan', () => {
    expect(validatePlan(minimalPlan())).toEqual({ ok: true, plan: minimalPlan() });
    expect(validatePlan({ ...minimalPlan(), title: null })).toEqual({
      ok: false,
      errors: [{ path: 'title', code: 'invalid', message: 'must be a string, not null' }],
    });
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validatePlan(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
