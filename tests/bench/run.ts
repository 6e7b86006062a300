/**
 * `pnpm bench`: runs the benchmark suite, prints a table and writes `.bench/results.json`
 * (an array of `{ name, value, unit, budget, pass, detail }`).
 *
 *   pnpm bench                      the full suite; exits 1 when a figure is over its budget
 *   pnpm bench --quick              a smoke run: small workloads, never fails on budgets
 *   pnpm bench --only core.,rollout.   only benchmarks whose names start with these
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runSuite } from './suite.ts';
import { resultsTable } from './table.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, out: { type: 'string' } },
});
const quick = values.quick === true;
const only = values.only?.split(',').filter(Boolean) ?? [];
const outFile = resolve(values.out ?? resolve(import.meta.dirname, '../../.bench/results.json'));

const started = performance.now();
const { results, errors } = await runSuite({ quick, only, log: (line) => console.log(line) });
await mkdir(resolve(outFile, '..'), { recursive: true });
await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);

console.log(`\n${resultsTable(results)}\n`);
for (const error of errors) console.error(`✗ ${error.name} could not be measured:\n${error.message}\n`);
const over = results.filter((r) => !r.pass);
console.log(
  `${results.length} figures in ${((performance.now() - started) / 1000).toFixed(0)} s${quick ? ' (quick smoke: budgets not enforced)' : ''}; ` +
    `${over.length} over budget; written to ${outFile}`,
);
process.exitCode = errors.length > 0 || (!quick && over.length > 0) ? 1 : 0;
