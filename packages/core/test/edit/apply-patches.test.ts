import { describe, expect, it } from 'vitest';
import { applyPlanPatches, type Patch } from '../../src/edit/index.ts';

describe('applyPlanPatches', () => {
  const base = () => Object.freeze({ a: Object.freeze({ b: 1, c: Object.freeze([1, 2, 3]) }), d: Object.freeze({ e: 'x' }) });

  it('copies only the containers on the path and shares the rest', () => {
    const original = base();
    const next = applyPlanPatches(original, [{ op: 'replace', path: ['a', 'b'], value: 2 }]);
    expect(next).toEqual({ a: { b: 2, c: [1, 2, 3] }, d: { e: 'x' } });
    expect(next.d).toBe(original.d);
    expect(next.a.c).toBe(original.a.c);
    expect(original.a.b).toBe(1);
  });

  it('adds, removes and replaces in arrays and objects, like JSON Patch', () => {
    const patches: Patch[] = [
      { op: 'add', path: ['a', 'c', 1], value: 9 },
      { op: 'add', path: ['a', 'c', '-'], value: 7 },
      { op: 'remove', path: ['a', 'c', 0] },
      { op: 'remove', path: ['d', 'e'] },
      { op: 'add', path: ['d', 'f'], value: { g: true } },
    ];
    expect(applyPlanPatches(base(), patches)).toEqual({ a: { b: 1, c: [9, 2, 3, 7] }, d: { f: { g: true } } });
  });

  it('freezes everything it creates, including patch values', () => {
    const value = { g: [1] };
    const next = applyPlanPatches(base(), [{ op: 'replace', path: ['d'], value }]);
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.d)).toBe(true);
    expect(Object.isFrozen(value.g)).toBe(true);
  });

  it('returns the same object for no patches, and replaces the whole value for an empty path', () => {
    const original = base();
    expect(applyPlanPatches(original, [])).toBe(original);
    expect(applyPlanPatches(original, [{ op: 'replace', path: [], value: { z: 1 } }])).toEqual({ z: 1 });
  });

  it('refuses paths that reach a prototype or do not exist', () => {
    expect(() => applyPlanPatches(base(), [{ op: 'replace', path: ['__proto__', 'polluted'], value: 1 }])).toThrow();
    expect(() => applyPlanPatches(base(), [{ op: 'add', path: ['a', 'constructor'], value: 1 }])).toThrow();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(() => applyPlanPatches(base(), [{ op: 'replace', path: ['nope', 'x'], value: 1 }])).toThrow(/does not exist/);
  });
});
