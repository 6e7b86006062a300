import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from '@sixsources/core';
import { memoryBackend, StoreUnavailableError, type StoreBackend } from '../src/storage/backend.ts';
import { createRecord } from '../src/storage/record.ts';
import { loadLibrary, readRaw, savePlan } from '../src/storage/repository.ts';
import { samplePlan } from './support/plans.ts';

const at = (minute: number) => `2024-06-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('loading the library', () => {
  it('loads good records, lists newer ones, and sets aside a corrupted one without deleting it', async () => {
    const good = samplePlan('plan-good', 'Good');
    const older = samplePlan('plan-older', 'Older');
    const future = createRecord(samplePlan('plan-future', 'Future'), 2, at(3));
    const backend = memoryBackend([
      ['plan-good', createRecord(good, 4, at(5))],
      ['plan-older', createRecord(older, 1, at(1))],
      ['plan-future', { ...future, document: { ...future.document, schemaVersion: PLAN_SCHEMA_VERSION + 3 } }],
      ['plan-broken', { kind: 'sixsources.plan-record', revision: 2, document: '{{{' }],
    ]);
    const library = await loadLibrary(backend);
    expect(library.plans.map((p) => p.plan.title)).toEqual(['Good', 'Older']);
    expect(library.newer).toEqual([expect.objectContaining({ id: 'plan-future', title: 'Future' })]);
    expect(library.setAside.map((r) => r.key)).toEqual(['plan-broken']);
    expect(backend.data.has('plan-broken')).toBe(true);
  });

  /** A store where one value cannot be read back, so reading them all at once fails too (as in Chromium). */
  function withUnreadable(backend: ReturnType<typeof memoryBackend>, unreadableKey: string): StoreBackend {
    const unreadable = () => new DOMException('Failed to read large IndexedDB value', 'UnknownError');
    return {
      ...backend,
      entries: async () => {
        if (backend.data.has(unreadableKey)) throw unreadable();
        return backend.entries();
      },
      get: async (key) => {
        if (key === unreadableKey) throw unreadable();
        return backend.get(key);
      },
    };
  }

  it('sets aside a record the browser cannot read back and still loads every other one', async () => {
    const backend = memoryBackend([
      ['plan-good', createRecord(samplePlan('plan-good', 'Good'), 1, at(5))],
      ['plan-lost', createRecord(samplePlan('plan-lost', 'Lost'), 1, at(4))],
      ['plan-older', createRecord(samplePlan('plan-older', 'Older'), 2, at(1))],
    ]);
    const library = await loadLibrary(withUnreadable(backend, 'plan-lost'));
    expect(library.plans.map((p) => p.plan.title)).toEqual(['Good', 'Older']);
    expect(library.setAside).toEqual([{ key: 'plan-lost', reason: expect.stringContaining('Failed to read large IndexedDB value') }]);
    expect(backend.data.has('plan-lost')).toBe(true);
  });

  it('gives up at once when the store cannot be opened, rather than trying each record', async () => {
    let keysRead = false;
    const backend: StoreBackend = {
      ...memoryBackend(),
      entries: async () => {
        throw new StoreUnavailableError('IndexedDB did not open within 10 seconds');
      },
      keys: async () => {
        keysRead = true;
        return [];
      },
    };
    await expect(loadLibrary(backend)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(keysRead).toBe(false);
  });

  it('fails when not even the keys can be read, with the error of the first read', async () => {
    const failure = new DOMException('Internal error', 'UnknownError');
    const backend: StoreBackend = {
      ...memoryBackend(),
      entries: async () => {
        throw failure;
      },
      keys: async () => {
        throw new Error('keys failed too');
      },
    };
    await expect(loadLibrary(backend)).rejects.toBe(failure);
  });

  it('offers an unreadable record for download as a note, without throwing', async () => {
    const backend = memoryBackend([['plan-lost', createRecord(samplePlan('plan-lost'), 1, at(1))]]);
    const raw = await readRaw(withUnreadable(backend, 'plan-lost'), 'plan-lost');
    expect(raw).toEqual({ key: 'plan-lost', unreadable: expect.stringContaining('Failed to read large IndexedDB value') });
  });
});

describe('saving a plan', () => {
  it('writes the next revision over the one this tab read', async () => {
    const backend = memoryBackend();
    const plan = samplePlan('plan-a');
    const first = await savePlan(backend, { plan, baseRevision: null, savedAt: at(1) });
    expect(first).toEqual({ status: 'saved', revision: 1, savedAt: at(1) });
    const edited = { ...plan, title: 'Edited' };
    const second = await savePlan(backend, { plan: edited, baseRevision: 1, savedAt: at(2) });
    expect(second).toMatchObject({ status: 'saved', revision: 2 });
    expect((await loadLibrary(backend)).plans[0]?.plan.title).toBe('Edited');
  });

  it('never overwrites a newer revision saved by another tab', async () => {
    const backend = memoryBackend();
    const plan = samplePlan('plan-a');
    await savePlan(backend, { plan, baseRevision: null, savedAt: at(1) });
    // The other tab saves revision 2 from revision 1.
    await savePlan(backend, { plan: { ...plan, title: 'Other tab' }, baseRevision: 1, savedAt: at(2) });
    // This tab still thinks it holds revision 1.
    const outcome = await savePlan(backend, { plan: { ...plan, title: 'This tab' }, baseRevision: 1, savedAt: at(3) });
    expect(outcome).toEqual({ status: 'conflict', storedRevision: 2 });
    expect((await loadLibrary(backend)).plans[0]?.plan.title).toBe('Other tab');
  });

  it('leaves a record written by a newer version untouched', async () => {
    const plan = samplePlan('plan-a');
    const record = createRecord(plan, 1, at(1));
    const future = { ...record, document: { ...record.document, schemaVersion: PLAN_SCHEMA_VERSION + 1 } };
    const backend = memoryBackend([['plan-a', future]]);
    const outcome = await savePlan(backend, { plan, baseRevision: 1, savedAt: at(2) });
    expect(outcome).toEqual({ status: 'newer-schema', schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(backend.data.get('plan-a')).toBe(future);
  });

  it('reports a full storage as a quota failure and keeps the old record', async () => {
    const plan = samplePlan('plan-a');
    const backend = memoryBackend();
    await savePlan(backend, { plan, baseRevision: null, savedAt: at(1) });
    const full: StoreBackend = {
      ...backend,
      update: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const outcome = await savePlan(full, { plan: { ...plan, title: 'Too big' }, baseRevision: 1, savedAt: at(2) });
    expect(outcome).toMatchObject({ status: 'failed', quota: true });
    expect((await loadLibrary(backend)).plans[0]?.plan.title).toBe(plan.title);
  });
});
