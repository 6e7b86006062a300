import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { appendOnly, appended } from '../../src/rollout/append-only.ts';
import { createActor } from 'xstate';
import { createDistrictRollout, districtMachine } from '../../src/rollout/index.ts';
import { AT, EVIDENCE_SCRIPT, districtInput } from './support/district.ts';

/** Everything a reader does with a list, as plain data, to compare a shared list with a plain array. */
function readings(list: readonly number[]) {
  const keys: string[] = [];
  for (const key in list) keys.push(key);
  return {
    isArray: Array.isArray(list),
    length: list.length,
    items: [...list],
    indexed: Array.from({ length: list.length + 1 }, (_, i) => list[i]),
    at: [list.at(0), list.at(-1)],
    json: JSON.stringify(list),
    keys: Object.keys(list),
    forIn: keys,
    entries: Object.entries(list),
    mapped: list.map((item) => item * 2),
    sliced: list.slice(1, -1),
    concat: list.concat([-1]),
    has: [0 in list, list.length in list, 'length' in list],
    includes: list.includes(list.length > 0 ? (list[0] as number) : -1),
    lastIndex: list.findLastIndex(() => true),
  };
}

/** A history of appends where each step extends any earlier version, not only the newest. */
const historyArbitrary = fc.array(fc.record({ from: fc.nat(), item: fc.integer() }), { maxLength: 60 });

describe('append-only lists', () => {
  test('every version reads like the plain array it stands for, however versions branch', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 5 }), historyArbitrary, (start, steps) => {
        const versions: number[][] = [appendOnly(start)];
        const expected: number[][] = [[...start]];
        for (const { from, item } of steps) {
          const base = from % versions.length;
          versions.push(appended(versions[base] as number[], item));
          expected.push([...(expected[base] as number[]), item]);
        }
        // Checked at the end: a later append never shows through an earlier version.
        versions.forEach((version, i) => {
          expect(readings(version)).toEqual(readings(expected[i] as number[]));
          expect(version).toEqual(expected[i]);
        });
      }),
    );
  });

  test('appending to a plain array copies it once and leaves it as it was', () => {
    const plain = [1, 2, 3];
    const longer = appended(plain, 4);
    expect(plain).toEqual([1, 2, 3]);
    expect(longer).toEqual([1, 2, 3, 4]);
  });

  test('a version cannot be written to: the trail stays append-only from outside', () => {
    const list = appended(appended(appendOnly<number>(), 1), 2);
    const writes: ((target: number[]) => unknown)[] = [
      (target) => target.push(3),
      (target) => (target[0] = 9),
      (target) => (target.length = 0),
      (target) => target.splice(0, 1),
      (target) => target.sort((a, b) => b - a),
      (target) => target.reverse(),
      (target) => delete target[0],
      (target) => Object.defineProperty(target, 5, { value: 1 }),
    ];
    for (const write of writes) expect(() => write(list)).toThrow(TypeError);
    expect(list).toEqual([1, 2]);
  });

  test('a district’s audit trail keeps earlier snapshots exactly as they were', () => {
    const made = createDistrictRollout({ name: 'Riverside Unified', at: AT });
    if (!made.ok) throw new Error(made.errors.join('; '));
    const snapshots = [made.actor.getSnapshot()];
    for (let i = 0; i < 30; i++) {
      made.actor.send({ type: 'showcase.record', at: AT, showcase: { date: AT, visitors: i } });
      snapshots.push(made.actor.getSnapshot());
    }
    snapshots.forEach((snapshot, i) => {
      expect(snapshot.context.log).toHaveLength(i + 1);
      expect(snapshot.context.evidence.showcases.map((showcase) => showcase.visitors)).toEqual(Array.from({ length: i }, (_, n) => n));
    });
    expect(JSON.parse(JSON.stringify(snapshots[10]?.context.log))).toHaveLength(11);
  });

  test('a saved district is the same JSON whether its lists are saved shared or as plain arrays', () => {
    // `provide` gives the machine as defined, which saves through xstate's own walk of the context.
    const asDefined = districtMachine.provide({});
    const actors = [createActor(districtMachine, { input: districtInput() }).start(), createActor(asDefined, { input: districtInput() }).start()];
    for (const actor of actors) {
      for (const event of EVIDENCE_SCRIPT) actor.send(event);
      actor.send({ type: 'leadership.changed', at: AT, leader: 'New superintendent' });
    }
    const [shared, plain] = actors.map((actor) => JSON.stringify(actor.getPersistedSnapshot()));
    expect(shared).toBe(plain);
    expect(JSON.parse(shared as string).context.log).toHaveLength(EVIDENCE_SCRIPT.length + 2);
  });
});
