/**
 * The benchmark suite's smoke run: every benchmark of `pnpm bench` still runs end to end, on
 * small workloads, against the studio this e2e run serves. Budgets are not enforced here (a
 * shared CI machine measures noise); `pnpm bench` enforces them.
 */
import { inject, describe, expect, it } from 'vitest';
import { BENCHMARKS, runSuite } from '../bench/suite.ts';
import { resultsTable } from '../bench/table.ts';

describe('pnpm bench --quick', () => {
  it('measures every figure of the budget table with a plausible value', { timeout: 600_000 }, async () => {
    const lines: string[] = [];
    const run = await runSuite({ quick: true, studioUrl: inject('baseUrl'), log: (line) => lines.push(line) });
    expect(run.errors).toEqual([]);
    expect(run.results.map((row) => row.name)).toEqual(BENCHMARKS.map((bench) => bench.name));
    for (const row of run.results) {
      expect(row.value, row.name).toBeGreaterThan(0);
      expect(row.pass, row.name).toBe(row.value <= row.budget);
    }
    // The table a person reads names every figure with its budget.
    const table = resultsTable(run.results);
    for (const row of run.results) expect(table).toContain(row.name);
    console.log(table);
  });
});
