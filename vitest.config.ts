import { defineConfig } from 'vitest/config';

// Vitest 5 prints failed tests with `Map.groupBy`, which Node 20 lacks (Node 21+). Without
// this, a failing test crashes the reporter instead of saying what failed.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'tests'],
  },
});
