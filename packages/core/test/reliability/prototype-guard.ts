/**
 * Has an import rewritten a built-in prototype? A snapshot of the prototypes every plain
 * object and list inherits from, taken when this module loads, and a check against it.
 */
import { expect } from 'vitest';

const GUARDED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

const snapshot = GUARDED.map(([name, proto]) => [name, describe(proto)] as const);

/** Fails when any guarded prototype gained, lost or changed a property since the module loaded. */
export function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  for (const [name, before] of snapshot) {
    const proto = GUARDED.find(([candidate]) => candidate === name)?.[1] as object;
    expect(describe(proto), `${name} changed`).toEqual(before);
  }
}

/** Each own property of `proto` with its value or accessors, compared by identity. */
function describe(proto: object): Map<PropertyKey, unknown[]> {
  const properties = new Map<PropertyKey, unknown[]>();
  for (const key of Reflect.ownKeys(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
    properties.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
  }
  return properties;
}
