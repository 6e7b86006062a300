/**
 * Measuring the work an import does without a clock: a proxy around the input counts
 * every property read, key listing and `in` test. Reading a value is the unit of work of
 * every walk the import makes, so the count is a deterministic stand-in for time.
 */

/** Thrown from inside the import when it reads more than its budget; stops endless walks early. */
export class WorkBudgetExceeded extends Error {
  constructor(readonly budget: number) {
    super(`read more than ${budget} properties`);
    this.name = 'WorkBudgetExceeded';
  }
}

/** Reads made by `run(value)`, where `value` is wrapped so every read is counted. */
export function countReads(value: unknown, run: (wrapped: unknown) => unknown, budget = Number.POSITIVE_INFINITY): number {
  const counter = { reads: 0 };
  const charge = (n: number) => {
    counter.reads += n;
    if (counter.reads > budget) throw new WorkBudgetExceeded(budget);
  };
  const proxies = new WeakMap<object, object>();
  const wrap = (target: unknown): unknown => {
    if (typeof target !== 'object' || target === null) return target;
    const known = proxies.get(target);
    if (known !== undefined) return known;
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        charge(1);
        return wrap(Reflect.get(t, key, receiver));
      },
      has(t, key) {
        charge(1);
        return Reflect.has(t, key);
      },
      ownKeys(t) {
        const keys = Reflect.ownKeys(t);
        charge(keys.length + 1);
        return keys;
      },
      getOwnPropertyDescriptor(t, key) {
        charge(1);
        return Reflect.getOwnPropertyDescriptor(t, key);
      },
    });
    proxies.set(target, proxy);
    return proxy;
  };
  run(wrap(value));
  return counter.reads;
}

/** Values in `root`: itself and everything under it, counting only what is really there (not a sparse list's holes). */
export function countValues(root: unknown): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    count++;
    if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
  return count;
}

/** Median time of `run` in milliseconds, over `times` runs. */
export function medianMs(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(times / 2)] as number;
}
