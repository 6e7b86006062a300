import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { InspectionEvent } from 'xstate';
import {
  ROLLOUT_FORMAT_VERSION,
  createCohort,
  persistCohort,
  persistDistrict,
  restoreCohort,
  restoreDistrict,
  serializeRolloutFile,
  summarizeCohort,
  type DistrictActor,
} from '../../src/rollout/index.ts';
import { AT, EVIDENCE_SCRIPT, districtInput, districtWithEvidence } from './support/district.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A district mid-pilot with campuses in different states, some evidence and a leadership change. */
function busyDistrict(): DistrictActor {
  const actor = districtWithEvidence(10) as DistrictActor;
  actor.send({ type: 'rollout.advance', at: AT });
  actor.send({ type: 'rollout.advance', at: AT });
  actor.send({ type: 'campus.advance', at: AT, campusId: 'north' });
  actor.send({ type: 'campus.add', at: AT, campuses: [{ id: 'east', name: 'East Middle', wave: 2, teachers: 30, atFidelity: 3 }] });
  actor.send({ type: 'campus.withdraw', at: AT, campusId: 'east', reason: 'new principal' });
  actor.send({ type: 'leadership.changed', at: AT, leader: 'Interim' });
  return actor;
}

function campusStates(actor: DistrictActor): Record<string, unknown> {
  return Object.fromEntries(Object.entries(actor.getSnapshot().children).map(([id, child]) => [id, child?.getSnapshot()]).map(([id, snapshot]) => [id, { value: (snapshot as { value: unknown }).value, context: (snapshot as { context: unknown }).context }]));
}

describe('a district and its campuses through JSON', () => {
  test('restores in the same state with the same campuses, and can be saved again (xstate #5077)', () => {
    const original = busyDistrict();
    const saved = persistDistrict(original);
    const text = serializeRolloutFile(saved);
    const restored = restoreDistrict(text);
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    const actor = restored.actor;
    expect(restored.migratedFrom).toBeNull();
    expect(actor.getSnapshot().value).toBe('paused');
    expect(actor.getSnapshot().context.pausedFrom).toBe('pilot');
    expect(JSON.stringify(actor.getSnapshot().context)).toBe(JSON.stringify(original.getSnapshot().context));
    expect(campusStates(actor)).toEqual(campusStates(original));
    // Saved again, twice over: nothing lost, nothing added.
    expect(persistDistrict(actor)).toEqual(saved);
    const again = restoreDistrict(JSON.stringify(persistDistrict(actor)));
    expect(again.ok && persistDistrict(again.actor)).toEqual(saved);
  });

  test('the restored actor keeps working: campus refs in context are the live children', () => {
    const restored = restoreDistrict(JSON.stringify(persistDistrict(busyDistrict())));
    if (!restored.ok) throw new Error('not restored');
    const { actor } = restored;
    expect(actor.getSnapshot().context.campuses['north']).toBe(actor.getSnapshot().children['north']);
    actor.send({ type: 'rollout.resume', at: AT });
    actor.send({ type: 'campus.advance', at: AT, campusId: 'north' });
    expect(actor.getSnapshot().value).toBe('pilot');
    expect(actor.getSnapshot().children['north']?.getSnapshot().value).toBe('implementing');
    actor.send({ type: 'campus.rejoin', at: AT, campusId: 'east' });
    expect(actor.getSnapshot().children['east']?.getSnapshot().value).toBe('candidate');
  });

  test('restoring replays no actions and sends no events beyond starting the actors', () => {
    const original = busyDistrict();
    const text = JSON.stringify(persistDistrict(original));
    const seen: InspectionEvent[] = [];
    const restored = restoreDistrict(text, { inspect: (event) => seen.push(event) });
    if (!restored.ok) throw new Error('not restored');
    const replayed = (events: InspectionEvent[]) =>
      events.filter((event) => event.type === '@xstate.action' || (event.type === '@xstate.event' && event.event.type !== 'xstate.init'));
    expect(replayed(seen)).toEqual([]);
    expect(seen.filter((event) => event.type === '@xstate.actor')).toHaveLength(1 + 3); // the district and its three campuses
    expect(restored.actor.getSnapshot().context.log).toEqual(original.getSnapshot().context.log);
    expect(campusStates(restored.actor)).toEqual(campusStates(original));

    // The same watch does see work when there is some: an event forwarded to a campus.
    restored.actor.send({ type: 'rollout.resume', at: AT });
    restored.actor.send({ type: 'campus.advance', at: AT, campusId: 'south' });
    expect(replayed(seen).map((event) => (event.type === '@xstate.action' ? event.action.type : event.type))).toContain('xstate.sendTo');
  });

  test('a declined district (final, campuses stopped) survives the round trip too', () => {
    const actor = districtWithEvidence(0) as DistrictActor;
    actor.send({ type: 'rollout.decline', at: AT, reason: 'the board chose another program' });
    const saved = persistDistrict(actor);
    const restored = restoreDistrict(JSON.stringify(saved));
    expect(restored.ok && restored.actor.getSnapshot()).toMatchObject({ status: 'done', value: 'declined' });
    expect(restored.ok && persistDistrict(restored.actor)).toEqual(saved);
  });
});

describe('a cohort through JSON', () => {
  test('restores every district and campus, the same summary, and can be saved again', () => {
    const made = createCohort({
      name: 'Blended learning cohort',
      at: AT,
      districts: [districtInput({ id: 'riverside' }), districtInput({ id: 'lakeside', name: 'Lakeside' }), districtInput({ id: 'hillside', name: 'Hillside', campuses: [] })],
    });
    if (!made.ok) throw new Error(made.errors.join());
    const cohort = made.actor;
    for (const event of EVIDENCE_SCRIPT.slice(0, 4)) cohort.send({ type: 'district.send', districtId: 'riverside', event });
    cohort.send({ type: 'district.send', districtId: 'riverside', event: { type: 'rollout.advance', at: AT } });
    cohort.send({ type: 'district.send', districtId: 'lakeside', event: { type: 'leadership.changed', at: AT } });
    cohort.send({ type: 'district.send', districtId: 'hillside', event: { type: 'rollout.decline', at: AT, reason: 'merged' } });
    cohort.send({ type: 'session.record', at: AT, session: { date: '2024-02-01', title: 'Gates and evidence', attendees: ['riverside', 'lakeside'] } });

    const saved = persistCohort(cohort);
    const restored = restoreCohort(serializeRolloutFile(saved));
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    expect(summarizeCohort(restored.actor.getSnapshot())).toEqual(summarizeCohort(cohort.getSnapshot()));
    expect(persistCohort(restored.actor)).toEqual(saved);
    const again = restoreCohort(JSON.stringify(persistCohort(restored.actor)));
    expect(again.ok && persistCohort(again.actor)).toEqual(saved);

    // Grandchildren are live: an event broadcast after restoring reaches a campus through its district.
    restored.actor.send({ type: 'cohort.broadcast', at: AT, event: { type: 'campus.advance', at: AT, campusId: 'north' } });
    const riverside = restored.actor.getSnapshot().children['riverside']?.getSnapshot() as { children: Record<string, { getSnapshot(): { value: unknown } }> };
    expect(riverside.children['north']?.getSnapshot().value).toBe('preparing');
  });
});

describe('older and newer files', () => {
  test('a version 1 district (NIRN stage names, on hold mid-implementation) is migrated and restored', () => {
    const restored = restoreDistrict(fixture('rollout-v1.json'));
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    const { actor, migratedFrom } = restored;
    expect(migratedFrom).toBe(1);
    const { value, context, children } = actor.getSnapshot();
    expect(value).toBe('paused');
    expect(context.pausedFrom).toBe('pilot');
    expect(context.thresholds.leadershipTurnoverAt).toBe(2);
    expect(context.log.map((entry) => [entry.seq, entry.who, entry.what])).toEqual([
      [1, 'Curriculum director', 'started the rollout for Valle Verde ISD'],
      [2, 'Curriculum director', 'advanced from exploration to installation'],
      [3, 'Curriculum director', 'advanced from installation to initialImplementation'],
      [4, 'Board secretary', 'leadership changed (Interim superintendent); put on hold'],
    ]);
    expect(context.log[2]?.why).toBe('both pilot campuses ready');
    expect(context.log[3]?.why).toBeUndefined();
    expect(children['mesa']?.getSnapshot()).toMatchObject({ value: 'implementing', context: { atFidelity: 9, cycles: 1 } });
    expect(children['rio']?.getSnapshot()).toMatchObject({ value: 'withdrawn' });
    // It resumes the stage it was in, and is saved in the current version.
    actor.send({ type: 'rollout.resume', at: AT });
    expect(actor.getSnapshot().value).toBe('pilot');
    expect(persistDistrict(actor).version).toBe(ROLLOUT_FORMAT_VERSION);
  });

  test('a version 1 cohort migrates every district inside it', () => {
    const restored = restoreCohort(fixture('cohort-v1.json'));
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    const summary = summarizeCohort(restored.actor.getSnapshot());
    expect(summary.byStatus).toMatchObject({ explore: 1, paused: 1 });
    expect(summary.paused.map((district) => [district.id, district.pausedFrom])).toEqual([['valle-verde', 'pilot']]);
    expect(restored.actor.getSnapshot().context.log[0]).toMatchObject({ seq: 1, who: 'Trainer', event: 'cohort.start' });
  });

  test('a newer file is refused with a clear message, never half-read', () => {
    const result = restoreDistrict(fixture('rollout-v3.json'));
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'too-new',
          path: 'version',
          message: 'saved by a newer version of Six Sources (version 3); this one reads versions 1 to 2 — update Six Sources; nothing was changed',
        },
      ],
    });
  });

  test.each([
    ['a version never written', { version: 0 }, 'unknown-version'],
    ['a fractional version', { version: 1.5 }, 'unknown-version'],
    ['a version as text', { version: '2' }, 'unknown-version'],
    ['another format', { format: 'sixsources.plan' }, 'not-a-rollout-file'],
  ])('%s is refused: %s', (_, change, code) => {
    const text = JSON.stringify({ ...persistDistrict(districtWithEvidence(0) as DistrictActor), ...change });
    const result = restoreDistrict(text);
    expect(result.ok === false && result.errors[0]?.code).toBe(code);
  });
});

describe('damaged files are refused with a reason, never an actor with status "error"', () => {
  const good = () => JSON.parse(JSON.stringify(persistDistrict(busyDistrict()))) as { snapshot: Record<string, any> };

  test.each([
    ['a state renamed without a migration', (file: any) => (file.snapshot.value = 'installation'), /snapshot\.value/],
    ['a campus state renamed', (file: any) => (file.snapshot.children.north.snapshot.value = 'live'), /children\.north\.snapshot\.value/],
    ['a campus in context with no saved actor', (file: any) => delete file.snapshot.children.south, /context\.campuses\.south: no saved campus/],
    ['a saved campus missing from context', (file: any) => delete file.snapshot.context.campuses.south, /the saved campus "south" is missing/],
    ['paused with no stage to resume', (file: any) => (file.snapshot.context.pausedFrom = null), /pausedFrom/],
    ['an audit trail with a gap', (file: any) => file.snapshot.context.log.splice(1, 1), /context\.log\.1: entries must be numbered/],
    ['an error status', (file: any) => (file.snapshot.status = 'error'), /snapshot\.status/],
    ['a negative teacher count', (file: any) => (file.snapshot.children.north.snapshot.context.teachers = -3), /teachers/],
  ])('%s', (_, damage, where) => {
    const file = good();
    damage(file);
    const result = restoreDistrict(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('\n')).toMatch(where);
  });

  test('text that is not JSON, a forbidden key, and nesting too deep are refused before the schema', () => {
    expect(restoreDistrict('{"format": ').ok === false && (restoreDistrict('{"format": ') as { errors: { code: string }[] }).errors[0]?.code).toBe('not-json');
    const polluted = `{"format":"sixsources.rollout","version":2,"snapshot":{"__proto__":{"x":1}}}`;
    expect((restoreDistrict(polluted) as { errors: { code: string }[] }).errors[0]?.code).toBe('forbidden-key');
    const deep = `${'['.repeat(40)}${']'.repeat(40)}`;
    expect((restoreDistrict(deep) as { errors: { code: string }[] }).errors[0]?.code).toBe('too-deep');
    expect(restoreDistrict(`\uFEFF${JSON.stringify(persistDistrict(districtWithEvidence(0) as DistrictActor))}`).ok).toBe(true);
  });

  test('whatever a file holds, restoring returns a result and never a broken actor', () => {
    const base = good();
    const paths = collectPaths(base);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.anything(), fc.constantFrom('explore', 'onHold', 'live', null, -1, 1e400)), (path, value) => {
        const file = JSON.parse(JSON.stringify(base));
        setPath(file, path, value);
        let text: string;
        try {
          text = JSON.stringify(file);
        } catch {
          return; // BigInt and friends: not something a file can hold
        }
        const result = restoreDistrict(text);
        if (result.ok) {
          expect(['active', 'done']).toContain(result.actor.getSnapshot().status);
          result.actor.stop();
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

function collectPaths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, key];
    out.push(path);
    if (out.length < 400) collectPaths((value as Record<string, unknown>)[key], path, out);
  }
  return out;
}

function setPath(target: any, path: readonly string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)!] = value;
}
