/**
 * Append-only lists that share their items between versions, for the audit trails and the
 * evidence lists that grow with every event.
 *
 * The machines keep their context immutable: each event gives a new context and every earlier
 * snapshot still shows what it showed. Copying a trail of n entries to append one made a long
 * rollout quadratic (a district taking 2,000 events copied two million entries and the garbage
 * collector spent half the run freeing them). Here a new version appends to the items the
 * previous version already holds and only remembers its own length, so appending costs the
 * same at the 10,000th entry as at the first.
 *
 * A version is a read-only `Array` to everyone who reads it (`Array.isArray`, `length`,
 * indexing, `at`, `map`, spreading, `JSON.stringify`, `toEqual` all behave as on a plain array):
 * a `Proxy` over the shared items that hides what later versions appended. Writing to it
 * throws, so nothing outside can rewrite the trail. Appending to an older version than the
 * newest (a branch) copies it once; a plain array (from a restored file) is copied once on its
 * first append.
 */

/** The key under which a version answers with its own state; never visible to readers. */
const VERSION = Symbol('append-only version');

/** One version of a list: the shared items and how many of them it holds. */
class Version<T> implements ProxyHandler<T[]> {
  constructor(
    readonly items: T[],
    readonly size: number,
  ) {}

  get(target: T[], key: string | symbol, receiver: unknown): unknown {
    if (typeof key === 'string') {
      if (key === 'length') return this.size;
      const index = arrayIndex(key);
      if (index !== -1) return index < this.size ? target[index] : undefined;
    } else if (key === VERSION) {
      return this;
    }
    // Array methods run against the proxy (`receiver`), so they see this version's length.
    return Reflect.get(target, key, receiver);
  }

  has(target: T[], key: string | symbol): boolean {
    if (typeof key === 'string') {
      const index = arrayIndex(key);
      if (index !== -1) return index < this.size;
    } else if (key === VERSION) {
      return false;
    }
    return Reflect.has(target, key);
  }

  ownKeys(): (string | symbol)[] {
    const keys: string[] = [];
    for (let i = 0; i < this.size; i++) keys.push(String(i));
    keys.push('length');
    return keys;
  }

  getOwnPropertyDescriptor(target: T[], key: string | symbol): PropertyDescriptor | undefined {
    if (key === 'length') return { value: this.size, writable: true, enumerable: false, configurable: false };
    if (typeof key !== 'string') return undefined;
    const index = arrayIndex(key);
    if (index === -1 || index >= this.size) return undefined;
    return { value: target[index], writable: true, enumerable: true, configurable: true };
  }

  // Read-only: a write would change every version sharing the items.
  set(): boolean {
    return false;
  }

  defineProperty(): boolean {
    return false;
  }

  deleteProperty(): boolean {
    return false;
  }

  setPrototypeOf(): boolean {
    return false;
  }

  preventExtensions(): boolean {
    return false;
  }
}

/**
 * `list` with `item` appended: a new read-only array, `list` itself unchanged. O(1) when `list`
 * is the newest version of its items; a plain array or an older version is copied once.
 */
export function appended<T>(list: readonly T[], item: T): T[] {
  const version = versionOf(list);
  let items: T[];
  if (version !== undefined && version.items.length === version.size) {
    items = version.items;
  } else {
    // A plain array, or a branch from an older version: start new shared items.
    items = Array.from(list);
  }
  items.push(item);
  return new Proxy(items, new Version(items, items.length));
}

/** `list` as a read-only shared list that later appends extend without copying (`[]` to start one). */
export function appendOnly<T>(list: readonly T[] = []): T[] {
  if (versionOf(list) !== undefined) return list as T[];
  const items = Array.from(list);
  return new Proxy(items, new Version(items, items.length));
}

/**
 * `list` as a plain array: a copy of a shared list's items, or `list` itself. For code that
 * walks every item by key (xstate's snapshot saving does), which is slow through a `Proxy`.
 */
export function plainArray<T>(list: readonly T[]): T[] {
  const version = versionOf(list);
  return version === undefined ? (list as T[]) : version.items.slice(0, version.size);
}

function versionOf<T>(list: readonly T[]): Version<T> | undefined {
  const version = (list as unknown as { [VERSION]?: unknown })[VERSION];
  return version instanceof Version ? (version as Version<T>) : undefined;
}

/** The array index `key` names, or -1 (`'01'`, `'-1'`, `'1.5'` and `'1e3'` are not indices). */
function arrayIndex(key: string): number {
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  if (key.length === 1) return first - 48;
  if (first === 48 || key.length > 10) return -1;
  let index = 0;
  for (let i = 0; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    index = index * 10 + digit;
  }
  return index < 4_294_967_295 ? index : -1;
}
