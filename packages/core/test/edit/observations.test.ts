import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/schema.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { accept, refusal } from './helpers.ts';

const observationsOf = (plan: Plan) => plan.result.measures[0]?.observations ?? [];
const dates = (plan: Plan) => observationsOf(plan).map((o) => `${o.date}=${o.value}`);

describe('observations', () => {
  it('are recorded in date order, same-day ones in the order recorded', () => {
    let plan = minimalPlan(); // holds 2025-10-06 = 50
    plan = accept(plan, { type: 'observation.record', measureId: 'mea-reading', observation: { date: '2025-11-01', value: 55 } });
    plan = accept(plan, { type: 'observation.record', measureId: 'mea-reading', observation: { date: '2025-09-20', value: 47 } });
    plan = accept(plan, { type: 'observation.record', measureId: 'mea-reading', observation: { date: '2025-10-06', value: 51, note: 'Retest' } });
    expect(dates(plan)).toEqual(['2025-09-20=47', '2025-10-06=50', '2025-10-06=51', '2025-11-01=55']);
    expect(observationsOf(plan)[2]?.note).toBe('Retest');
  });

  it('take a given id or get a fresh one', () => {
    let plan = accept(minimalPlan(), { type: 'observation.record', measureId: 'mea-reading', observation: { id: 'obs-x', date: '2025-12-01', value: 60 } });
    plan = accept(plan, { type: 'observation.record', measureId: 'mea-reading', observation: { date: '2025-12-02', value: 61 } });
    expect(observationsOf(plan).map((o) => o.id)).toEqual(['obs-1', 'obs-x', expect.stringMatching(/^obs-[a-z0-9]{10}$/)]);
  });

  it('are corrected in place, and move when their date changes', () => {
    let plan = accept(minimalPlan(), { type: 'observation.record', measureId: 'mea-reading', observation: { id: 'obs-2', date: '2025-11-01', value: 55 } });
    plan = accept(plan, { type: 'observation.update', measureId: 'mea-reading', id: 'obs-1', changes: { value: 49, note: 'Corrected' } });
    expect(dates(plan)).toEqual(['2025-10-06=49', '2025-11-01=55']);
    plan = accept(plan, { type: 'observation.update', measureId: 'mea-reading', id: 'obs-1', changes: { date: '2025-12-01' } });
    expect(observationsOf(plan).map((o) => o.id)).toEqual(['obs-2', 'obs-1']);
    plan = accept(plan, { type: 'observation.update', measureId: 'mea-reading', id: 'obs-1', changes: { note: undefined } });
    expect(observationsOf(plan)[1]).toStrictEqual({ id: 'obs-1', date: '2025-12-01', value: 49 });
  });

  it('are removed by id', () => {
    const plan = accept(minimalPlan(), { type: 'observation.remove', measureId: 'mea-reading', id: 'obs-1' });
    expect(observationsOf(plan)).toEqual([]);
  });

  it('refuse an unknown measure or observation, a taken id, a bad date or value', () => {
    const plan = minimalPlan();
    expect(refusal(plan, { type: 'observation.record', measureId: 'mea-x', observation: { date: '2025-12-01', value: 1 } })).toMatchObject({
      code: 'not-found',
      kind: 'measure',
    });
    expect(refusal(plan, { type: 'observation.remove', measureId: 'mea-reading', id: 'obs-x' })).toMatchObject({
      code: 'not-found',
      kind: 'observation',
    });
    expect(refusal(plan, { type: 'observation.record', measureId: 'mea-reading', observation: { id: 'beh-reteach', date: '2025-12-01', value: 1 } }).code).toBe('duplicate-id');
    expect(refusal(plan, { type: 'observation.record', measureId: 'mea-reading', observation: { date: '12/01/2025', value: 1 } }).code).toBe('invalid-value');
    expect(refusal(plan, { type: 'observation.update', measureId: 'mea-reading', id: 'obs-1', changes: { value: Number.POSITIVE_INFINITY } }).code).toBe('invalid-value');
  });
});
