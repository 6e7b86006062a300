import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/plan/parse.ts';
import { planArbitrary } from '../support/arbitraries.ts';

describe('planArbitrary', { timeout: 30_000 }, () => {
  it('generates plans that pass the schema and every reference check', () => {
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        const result = validatePlan(plan);
        expect(result.ok ? [] : result.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('generates plans that survive a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('covers empty and full lists, links, optional fields and non-Latin text', () => {
    const plans = fc.sample(planArbitrary(), { numRuns: 400, seed: 7 });
    const share = (test: (plan: (typeof plans)[number]) => boolean) => plans.filter(test).length / plans.length;
    expect(share((p) => p.behaviors.length === 0)).toBeGreaterThan(0.02);
    expect(share((p) => p.behaviors.length >= 4)).toBeGreaterThan(0.1);
    expect(share((p) => p.strategies.some((s) => s.behaviorIds.length >= 2))).toBeGreaterThan(0.1);
    expect(share((p) => p.crucialMoments.some((m) => m.behaviorIds.length > 0))).toBeGreaterThan(0.1);
    expect(share((p) => p.result.measures.some((m) => m.observations.length > 1))).toBeGreaterThan(0.1);
    expect(share((p) => p.strategies.some((s) => s.owner === undefined) && p.strategies.some((s) => s.owner !== undefined))).toBeGreaterThan(0.05);
    expect(share((p) => JSON.stringify(p).match(/[^\u0000-\u007f]/) !== null)).toBeGreaterThan(0.5);
  });

  it('respects the size options', () => {
    const plans = fc.sample(planArbitrary({ maxBehaviors: 40, maxStrategies: 80 }), { numRuns: 100, seed: 3 });
    expect(Math.max(...plans.map((p) => p.behaviors.length))).toBeGreaterThan(6);
    expect(Math.max(...plans.map((p) => p.strategies.length))).toBeLessThanOrEqual(80);
    for (const plan of fc.sample(planArbitrary({ maxBehaviors: 0, maxStrategies: 0 }), { numRuns: 20, seed: 1 })) {
      expect(plan.behaviors).toEqual([]);
      expect(plan.strategies).toEqual([]);
    }
  });
});
