import { describe, expect, it } from 'vitest';
import { memoryBackend, type StoreBackend } from '../src/storage/backend.ts';
import { createRecord } from '../src/storage/record.ts';
import { loadListedLibrary, savePlan } from '../src/storage/repository.ts';
import { Studio } from '../src/session/studio.ts';
import { samplePlan } from './support/plans.ts';

const at = (minute: number) => `2024-06-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** The backend, counting the records read one by one. */
function counting(backend: ReturnType<typeof memoryBackend>): StoreBackend & { reads: string[] } {
  const reads: string[] = [];
  return { ...backend, reads, get: async (key) => (reads.push(key), backend.get(key)) };
}

describe('listing the library from stored listings', () => {
  it('lists plans saved by the studio without reading their records', async () => {
    const backend = memoryBackend();
    await savePlan(backend, { plan: samplePlan('plan-a', 'First'), baseRevision: null, savedAt: at(1) });
    await savePlan(backend, { plan: samplePlan('plan-b', 'Second'), baseRevision: null, savedAt: at(2) });
    const store = counting(backend);
    const library = await loadListedLibrary(store);
    expect(library.plans.map((entry) => [entry.listing.title, entry.plan])).toEqual([
      ['Second', null],
      ['First', null],
    ]);
    expect(store.reads).toEqual([]);
  });

  it('reads a record an older version saved without a listing, lists it, and stores its listing without touching the record', async () => {
    const record = createRecord(samplePlan('plan-old', 'Saved before listings'), 3, at(4));
    const backend = memoryBackend([['plan-old', record]]);
    const first = await loadListedLibrary(backend);
    expect(first.plans.map((entry) => entry.listing.title)).toEqual(['Saved before listings']);
    expect(backend.data.get('plan-old')).toBe(record);
    await Promise.resolve();
    const store = counting(backend);
    expect((await loadListedLibrary(store)).plans.map((entry) => entry.listing.title)).toEqual(['Saved before listings']);
    expect(store.reads).toEqual([]);
  });

  it('never shows a listing older than its record: a save that wrote no listing is read from the record', async () => {
    const backend = memoryBackend();
    const plan = samplePlan('plan-a', 'Before');
    await savePlan(backend, { plan, baseRevision: null, savedAt: at(1) });
    // An older version of the app, in another tab, saves revision 2 and leaves the listing as it was.
    backend.data.set('plan-a', createRecord({ ...plan, title: 'After' }, 2, at(2)));
    const library = await loadListedLibrary(backend);
    expect(library.plans.map((entry) => [entry.listing.title, entry.listing.revision])).toEqual([['After', 2]]);
  });
});

describe('a studio over listed plans', () => {
  async function studioWith(...titles: string[]) {
    const backend = memoryBackend();
    for (const [i, title] of titles.entries()) await savePlan(backend, { plan: samplePlan(`plan-${i}`, title), baseRevision: null, savedAt: at(i) });
    const studio = new Studio({ openBackend: () => backend, autosaveDelayMs: 10 });
    await studio.start({ language: 'en', seed: false });
    return { backend, studio };
  }

  it('reads a plan when it is needed, not before', async () => {
    const { studio } = await studioWith('Listed');
    expect(studio.summary('plan-0')).toMatchObject({ title: 'Listed', plan: null, revision: 1 });
    expect((await studio.ensurePlan('plan-0'))?.title).toBe('Listed');
    expect(studio.summary('plan-0')?.plan?.title).toBe('Listed');
  });

  it('copies and deletes (with undo) a plan it has only listed, losing nothing', async () => {
    const { backend, studio } = await studioWith('Original');
    const copyId = await studio.duplicate('plan-0', 'Copy of Original');
    expect(studio.summary(copyId as string)?.plan?.strategies).toEqual(studio.latestPlan('plan-0')?.strategies);
    await studio.remove('plan-0');
    expect(backend.data.has('plan-0')).toBe(false);
    studio.undoDelete();
    await studio.flush();
    expect(backend.data.has('plan-0')).toBe(true);
    const titles = (await loadListedLibrary(backend)).plans.map((entry) => entry.listing.title).sort();
    expect(titles).toEqual(['Copy of Original', 'Original']);
    studio.dispose();
  });

  it('sets aside a listed plan whose record turns out unreadable when it is opened', async () => {
    const { backend, studio } = await studioWith('Will break');
    const record = backend.data.get('plan-0') as Record<string, unknown>;
    backend.data.set('plan-0', { ...record, document: '{{{' });
    expect(await studio.ensurePlan('plan-0')).toBeNull();
    expect(studio.summary('plan-0')).toBeUndefined();
    expect(studio.getState().setAside.map((entry) => entry.key)).toEqual(['plan-0']);
    expect(backend.data.has('plan-0')).toBe(true);
  });
});
