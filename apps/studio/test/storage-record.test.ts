import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, toPlanDocument } from '@sixsources/core';
import { createRecord, readRecord } from '../src/storage/record.ts';
import { samplePlan } from './support/plans.ts';

describe('reading a stored plan record', () => {
  it('gives back the plan and its revision', () => {
    const plan = samplePlan('plan-a');
    const record = createRecord(plan, 7, '2024-06-01T10:00:00.000Z');
    const reading = readRecord('plan-a', structuredClone(record));
    expect(reading.kind).toBe('plan');
    if (reading.kind !== 'plan') return;
    expect(reading.plan).toEqual(plan);
    expect(reading.revision).toBe(7);
    expect(reading.migratedFrom).toBeNull();
  });

  it('lists a record from a newer schema with its title instead of reading it', () => {
    const plan = samplePlan('plan-new', 'From the future');
    const record = createRecord(plan, 3, '2030-01-01T00:00:00.000Z');
    const future = { ...record, document: { ...record.document, schemaVersion: PLAN_SCHEMA_VERSION + 1, plan: { ...plan, shiny: true } } };
    const reading = readRecord('plan-new', future);
    expect(reading).toMatchObject({ kind: 'newer', schemaVersion: PLAN_SCHEMA_VERSION + 1, title: 'From the future' });
  });

  it.each([
    ['not an object', 'hello'],
    ['someone else\'s data', { kind: 'other-app', revision: 1 }],
    ['a broken revision', { ...createRecord(samplePlan('plan-x'), 1, '2024-01-01T00:00:00.000Z'), revision: -1 }],
    ['a plan that fails validation', { ...createRecord(samplePlan('plan-x'), 1, '2024-01-01T00:00:00.000Z'), document: { ...toPlanDocument(samplePlan('plan-x')), plan: { title: 42 } } }],
  ])('sets aside %s with a reason', (_label, value) => {
    const reading = readRecord('plan-x', value);
    expect(reading.kind).toBe('unreadable');
    if (reading.kind === 'unreadable') expect(reading.reason.length).toBeGreaterThan(5);
  });

  it('refuses a record stored under another plan\'s id', () => {
    const reading = readRecord('plan-elsewhere', createRecord(samplePlan('plan-a'), 1, '2024-01-01T00:00:00.000Z'));
    expect(reading.kind).toBe('unreadable');
  });
});
