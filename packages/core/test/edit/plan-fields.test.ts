import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/edit/index.ts';
import { minimalPlan } from '../support/minimal-plan.ts';
import { NOW, accept, refusal } from './helpers.ts';

describe('plan.update', () => {
  it('changes the title, language, problem of practice and belief statement', () => {
    const plan = accept(minimalPlan(), {
      type: 'plan.update',
      changes: { title: 'Lectura en tercer grado', language: 'es', problemOfPractice: 'Pocos leen.', beliefStatement: 'Todos pueden leer.' },
    });
    expect(plan).toMatchObject({ title: 'Lectura en tercer grado', language: 'es', problemOfPractice: 'Pocos leen.', beliefStatement: 'Todos pueden leer.' });
  });

  it('merges organization fields into the current ones, and clears optional ones', () => {
    const plan = accept(minimalPlan(), { type: 'plan.update', changes: { organization: { teachers: 310, campuses: undefined } } });
    expect(plan.organization).toStrictEqual({ name: 'Riverside Unified', kind: 'district', students: 4200, teachers: 310 });
  });

  it('refuses a language it does not know, a missing title and an organization without a name', () => {
    const plan = minimalPlan();
    expect(refusal(plan, { type: 'plan.update', changes: { language: 'fr' as 'en' } }).code).toBe('invalid-value');
    expect(refusal(plan, { type: 'plan.update', changes: { title: undefined } }).code).toBe('invalid-value');
    expect(refusal(plan, { type: 'plan.update', changes: { organization: { name: undefined } } })).toMatchObject({
      code: 'invalid-value',
      issues: [{ path: 'organization.name' }],
    });
    expect(refusal(plan, { type: 'plan.update', changes: { id: 'other' } as never }).code).toBe('invalid-value');
  });
});

describe('result.update', () => {
  it('rewords the result statement and leaves the measures alone', () => {
    const before = minimalPlan();
    const plan = accept(before, { type: 'result.update', changes: { statement: 'From 48% to 75% by May 2027.' } });
    expect(plan.result.statement).toBe('From 48% to 75% by May 2027.');
    expect(plan.result.measures).toStrictEqual(before.result.measures);
  });

  it('patches only the statement', () => {
    const result = applyCommand(minimalPlan(), { type: 'result.update', changes: { statement: 'New.' } }, NOW);
    expect(result.ok && result.patches[0]).toEqual({ op: 'replace', path: ['result', 'statement'], value: 'New.' });
  });

  it('refuses a statement over the limit', () => {
    expect(refusal(minimalPlan(), { type: 'result.update', changes: { statement: 'x'.repeat(10_001) } }).code).toBe('invalid-value');
  });
});
