import { describe, expect, it } from 'vitest';
import type { Plan } from '@sixsources/core';
import { memoryBackend } from '../src/storage/backend.ts';
import { loadLibrary } from '../src/storage/repository.ts';
import type { PlanSource } from '../src/session/plan-source.ts';
import { Studio } from '../src/session/studio.ts';
import { createHub, openTab, settle } from './support/fake-tabs.ts';

/** A stand-in for an open plan's actor: holds a plan and tells watchers when it changes. */
function liveSource(plan: Plan) {
  let current = plan;
  const watchers = new Set<() => void>();
  const source: PlanSource & { edit(change: Partial<Plan>): void } = {
    getPlan: () => current,
    subscribe: (onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    edit(change) {
      current = { ...current, ...change };
      for (const watcher of watchers) watcher();
    },
  };
  return source;
}

describe('the studio and its storage', () => {
  it('creates and saves the Socorro plan on a first visit, in the chosen language', async () => {
    const backend = memoryBackend();
    const studio = openTab(backend, createHub(), 'a');
    const { firstPlanId } = await studio.start({ language: 'es', seed: true });
    expect(firstPlanId).not.toBeNull();
    await settle();
    const library = await loadLibrary(backend);
    expect(library.plans).toHaveLength(1);
    expect(library.plans[0]?.plan.language).toBe('es');
    expect(studio.getState().plans[0]?.unsaved).toBe(false);
  });

  it('does not seed when something is stored, even if it could not be read', async () => {
    const backend = memoryBackend([['junk', { kind: 'nope' }]]);
    const studio = openTab(backend, createHub(), 'a');
    expect(await studio.start({ language: 'en', seed: true })).toEqual({ firstPlanId: null });
    expect(studio.getState().setAside).toHaveLength(1);
    expect(backend.data.has('junk')).toBe(true);
  });

  it('keeps working in memory when IndexedDB cannot be opened', async () => {
    const studio = new Studio({
      openBackend: () => {
        throw new Error('IndexedDB is not available');
      },
      autosaveDelayMs: 20,
    });
    const { firstPlanId } = await studio.start({ language: 'en', seed: true });
    expect(studio.getState().persistence).toBe('memory');
    expect(firstPlanId).not.toBeNull();
    await settle();
    expect(studio.getState().plans[0]?.unsaved).toBe(false);
  });

  it('autosaves an open plan after edits and marks it saved', async () => {
    const backend = memoryBackend();
    const studio = openTab(backend, createHub(), 'a');
    const { firstPlanId } = await studio.start({ language: 'en', seed: true });
    await settle();
    const id = firstPlanId as string;
    const source = liveSource(studio.latestPlan(id) as Plan);
    studio.track(id, source);
    source.edit({ title: 'Edited once' });
    source.edit({ title: 'Edited twice' });
    expect(studio.summary(id)?.unsaved).toBe(true);
    await settle();
    expect(studio.summary(id)?.unsaved).toBe(false);
    expect((await loadLibrary(backend)).plans[0]?.plan.title).toBe('Edited twice');
  });

  it('deletes with undo', async () => {
    const backend = memoryBackend();
    const studio = openTab(backend, createHub(), 'a');
    const { firstPlanId } = await studio.start({ language: 'en', seed: true });
    await settle();
    await studio.remove(firstPlanId as string);
    expect(studio.getState().plans).toHaveLength(0);
    expect(backend.data.size).toBe(0);
    studio.undoDelete();
    await settle();
    expect(studio.getState().plans.map((p) => p.id)).toEqual([firstPlanId]);
    expect(backend.data.has(firstPlanId as string)).toBe(true);
  });

  it('reloads a plan another tab saved when nothing here is unsaved', async () => {
    const backend = memoryBackend();
    const hub = createHub();
    const first = openTab(backend, hub, 'a');
    const { firstPlanId } = await first.start({ language: 'en', seed: true });
    await settle();
    const id = firstPlanId as string;
    const second = openTab(backend, hub, 'b');
    await second.start({ language: 'en', seed: true });
    const source = liveSource(first.latestPlan(id) as Plan);
    first.track(id, source);
    source.edit({ title: 'From tab A' });
    await settle();
    expect(second.summary(id)?.plan?.title).toBe('From tab A');
    expect(second.summary(id)?.reloads).toBe(1);
  });

  it('warns instead of overwriting when two tabs edit the same plan, and keeps both versions on request', async () => {
    const backend = memoryBackend();
    const hub = createHub();
    const a = openTab(backend, hub, 'a');
    const { firstPlanId } = await a.start({ language: 'en', seed: true });
    await settle();
    const id = firstPlanId as string;
    const b = openTab(backend, hub, 'b');
    await b.start({ language: 'en', seed: false });
    const inA = liveSource(a.latestPlan(id) as Plan);
    const inB = liveSource((await b.ensurePlan(id)) as Plan);
    a.track(id, inA);
    b.track(id, inB);
    inA.edit({ title: 'Edit in A' });
    inB.edit({ title: 'Edit in B' });
    await settle(150);
    const titles = (await loadLibrary(backend)).plans.map((p) => p.plan.title);
    // Exactly one tab's save won; the other holds its edit and says so.
    expect(titles).toHaveLength(1);
    const loser = titles[0] === 'Edit in A' ? b : a;
    expect(loser.summary(id)?.hold).toBe('conflict');
    const copyId = await loser.resolveConflict(id, 'keep-mine', 'My copy');
    await settle();
    const stored = (await loadLibrary(backend)).plans;
    expect(stored.map((p) => p.plan.title).sort()).toEqual([titles[0], 'My copy'].sort());
    expect(stored.some((p) => p.id === copyId)).toBe(true);
    expect(loser.summary(id)?.hold).toBeNull();
  });

  it('imports a plan whose id is taken as a new plan', async () => {
    const studio = openTab(memoryBackend(), createHub(), 'a');
    const { firstPlanId } = await studio.start({ language: 'en', seed: true });
    const copy = studio.latestPlan(firstPlanId as string) as Plan;
    const importedId = studio.addPlan(copy);
    expect(importedId).not.toBe(firstPlanId);
    expect(studio.getState().plans).toHaveLength(2);
  });
});
