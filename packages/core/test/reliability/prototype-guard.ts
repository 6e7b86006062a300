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

const snapshot = GUARDED.map(([name, proto]) => ({ name, proto, before: describe(proto) }));

/** Fails when any guarded prototype gained, lost or changed a property since the module loaded. */
export function expectPrototypesUntouched(): void {
  const polluted = ({} as Record<string, unknown>)['polluted'] ?? ([] as unknown as Record<string, unknown>)['polluted'];
  if (polluted !== undefined) expect.fail(`a new object inherits "polluted": ${String(polluted)}`);
  if (Object.getPrototypeOf({}) !== Object.prototype) expect.fail('{} no longer inherits from Object.prototype');
  for (const { name, proto, before } of snapshot) {
    const now = describe(proto);
    // Compared by hand first: this runs after every fuzzed import.
    if (!sameProperties(before, now)) expect(now, `${name} changed`).toEqual(before);
  }
}

type Properties = Map<PropertyKey, readonly unknown[]>;

/** Each own property of `proto` with its value or accessors, compared by identity. */
function describe(proto: object): Properties {
  const properties: Properties = new Map();
  for (const key of Reflect.ownKeys(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
    properties.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
  }
  return properties;
}

function sameProperties(a: Properties, b: Properties): boolean {
  if (a.size !== b.size) return false;
  for (const [key, parts] of a) {
    const other = b.get(key);
    if (other === undefined || parts.some((part, i) => !Object.is(part, other[i]))) return false;
  }
  return true;
}
