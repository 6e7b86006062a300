/** The shapes shared by every benchmark of `pnpm bench`. */

/** What a figure is counted in: a ratio to a baseline of the same run, milliseconds or kilobytes. */
export type BenchUnit = 'ratio' | 'ms' | 'KB';

/** How a benchmark is asked to run. */
export interface BenchContext {
  /** The smoke run of CI: fewer repetitions and smaller workloads, so it only proves the suite still works. */
  readonly quick: boolean;
  /** Progress for the person waiting (one line at a time). */
  log(line: string): void;
  /** An already served production build of the studio; without it the studio benchmarks build and serve their own. */
  readonly studioUrl?: string;
  /** Registers clean-up (a browser, a server, a temporary folder) run once the whole suite is done. */
  defer(cleanup: () => Promise<void>): void;
}

/** One measured figure and how it was reached. */
export interface BenchMeasurement {
  value: number;
  /** A short line on the workload and repetitions, shown under the table. */
  detail: string;
}

/** One named figure of the suite with its budget (the largest acceptable value). */
export interface Benchmark {
  readonly name: string;
  readonly unit: BenchUnit;
  readonly budget: number;
  /** What is measured, in one line. */
  readonly figure: string;
  run(context: BenchContext): Promise<BenchMeasurement>;
}

/** One row of `.bench/results.json`. */
export interface BenchResult {
  name: string;
  value: number;
  unit: BenchUnit;
  budget: number;
  pass: boolean;
  detail: string;
}
