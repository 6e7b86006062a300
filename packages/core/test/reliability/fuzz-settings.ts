/**
 * How hard the reliability suite tries. `SIXSOURCES_FUZZ_RUNS` sets the number of random
 * cases each property tries: small by default so `pnpm test` stays quick, ≥ 10,000 in
 * `pnpm test:soak`.
 */

/** Cases per property when `SIXSOURCES_FUZZ_RUNS` is not set. */
const DEFAULT_RUNS = 25;

/** Cases each property tries: `SIXSOURCES_FUZZ_RUNS`, or a small default. */
export const FUZZ_RUNS: number = readRuns(process.env['SIXSOURCES_FUZZ_RUNS']);

/** True in a soak run (1,000 cases per property or more): time is no object, and figures are printed. */
export const SOAK: boolean = FUZZ_RUNS >= 1_000;

/**
 * A share of `FUZZ_RUNS` for properties whose cases are expensive (megabyte inputs),
 * never fewer than `min`.
 */
export function runsFor(share: number, min = 5): number {
  return Math.max(min, Math.round(FUZZ_RUNS * share));
}

/** Per-test time limit in milliseconds: generous in a soak, vitest's usual budget otherwise. */
export function timeLimit(defaultMs: number): number {
  return SOAK ? 0 : defaultMs;
}

function readRuns(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_RUNS;
  const runs = Number(raw);
  // A typo must not silently turn the soak into the quick run.
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`SIXSOURCES_FUZZ_RUNS must be a whole number ≥ 1, not "${raw}"`);
  return runs;
}

/** Documents each test file tried, by what made them; printed at the end of a soak run. */
const tried = new Map<string, number>();

/** Counts one document tried. */
export function countTried(kind: string): void {
  tried.set(kind, (tried.get(kind) ?? 0) + 1);
}

/** Prints the documents tried in a soak run (call from `afterAll`). */
export function reportTried(suite: string): void {
  if (!SOAK) return;
  const total = [...tried.values()].reduce((sum, n) => sum + n, 0);
  console.log(`${suite}: ${total} documents tried ${JSON.stringify(Object.fromEntries(tried))}`);
}
