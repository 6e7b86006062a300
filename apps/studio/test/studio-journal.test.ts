import { describe, expect, it } from 'vitest';
import type { Plan } from '@sixsources/core';
import { memoryBackend } from '../src/storage/backend.ts';
import { loadLibrary, savePlan } from '../src/storage/repository.ts';
import { Studio } from '../src/session/studio.ts';
import { writeJournal } from '../src/storage/journal.ts';
import { fakeStorage } from './support/fake-storage.ts';
import { createHub, settle } from './support/fake-tabs.ts';

const hub = createHub();
/** A tab with a journal, and a long autosave delay, so only the journal can save a quick edit. */
const openTab = (backend: ReturnType<typeof memoryBackend>, journal: ReturnType<typeof fakeStorage>, tabId: string) =>
  new Studio({ openBackend: () => backend, openChannel: (onNotice) => hub.open(onNotice), journal, autosaveDelayMs: 60_000, tabId });

/** Opens the plan in `studio` and changes its title, as typing would. */
function editTitle(studio: Studio, id: string, title: string): void {
  let plan = { ...(studio.latestPlan(id) as Plan), title };
  studio.track(id, { getPlan: () => plan, subscribe: () => () => {} });
  plan = { ...plan };
}

async function firstVisit() {
  const backend = memoryBackend();
  const journal = fakeStorage();
  const first = openTab(backend, journal, 'tab-1');
  const { firstPlanId } = await first.start({ language: 'en', seed: true });
  await settle();
  return { backend, journal, first, id: firstPlanId as string };
}

describe('the journal of a tab that closed before saving', () => {
  it('brings back an edit made just before the tab closed', async () => {
    const { backend, journal, first, id } = await firstVisit();
    editTitle(first, id, 'Typed just before closing');
    first.journalUnsaved(); // pagehide: the IndexedDB write never gets to run
    first.dispose();
    expect((await loadLibrary(backend)).plans[0]?.plan.title).not.toBe('Typed just before closing');

    const next = openTab(backend, journal, 'tab-2');
    await next.start({ language: 'en', seed: true });
    await next.flush();
    expect(next.summary(id)?.plan?.title).toBe('Typed just before closing');
    expect((await loadLibrary(backend)).plans.map((p) => p.plan.title)).toEqual(['Typed just before closing']);
    expect(journal.items.size).toBe(0);
  });

  it('keeps the closed tab\'s edit as a separate plan when another tab saved since', async () => {
    const { backend, journal, first, id } = await firstVisit();
    editTitle(first, id, 'Closed tab version');
    first.journalUnsaved();
    first.dispose();
    // Another tab saves a newer revision in the meantime.
    const stored = (await loadLibrary(backend)).plans[0];
    await savePlan(backend, { plan: { ...(stored?.plan as Plan), title: 'Newer from another tab' }, baseRevision: stored?.revision ?? null, savedAt: new Date().toISOString() });

    const next = openTab(backend, journal, 'tab-3');
    await next.start({ language: 'en', seed: true });
    await next.flush();
    const titles = (await loadLibrary(backend)).plans.map((p) => p.plan.title).sort();
    expect(titles).toEqual(['Closed tab version (recovered)', 'Newer from another tab']);
    expect(journal.items.size).toBe(0);
  });

  it('drops an entry whose edit was saved after all', async () => {
    const { backend, journal, first, id } = await firstVisit();
    editTitle(first, id, 'Saved in time');
    const base = first.summary(id)?.revision ?? null;
    await first.flush();
    // The write did finish, but the page closed before it could clear its entry.
    writeJournal(journal, 'tab-1', first.latestPlan(id) as Plan, base, new Date().toISOString());
    journal.setItem('sixsources.journal.leftover', 'not json');
    expect(journal.items.size).toBe(2);
    const next = openTab(backend, journal, 'tab-4');
    await next.start({ language: 'en', seed: true });
    await next.flush();
    expect((await loadLibrary(backend)).plans.map((p) => p.plan.title)).toEqual(['Saved in time']);
    expect(journal.items.size).toBe(0);
  });
});
