/** Small statistics for timing: medians and percentiles of repeated runs. */

/** The median of `values` (the upper middle for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The `p`-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no values to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Milliseconds taken by `work`. */
export function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** How a paired ratio is sampled. */
export interface RatioOptions {
  /** Pairs measured. */
  runs: number;
  /** Unmeasured pairs first, so the JIT settles. */
  warmups?: number;
  /**
   * Times `subject` runs back to back within a pair, keeping the median: for sub-millisecond
   * work, so a garbage collection left behind by the baseline is not charged to the subject.
   */
  repeats?: number;
}

/**
 * The median over `runs` of (time of `subject` ÷ time of `baseline`), each pair measured back to
 * back so that a burst of load on a shared machine hits both sides of one ratio.
 */
export function medianRatio(subject: () => unknown, baseline: () => unknown, options: RatioOptions): number {
  const { runs, warmups = 2, repeats = 1 } = options;
  for (let i = 0; i < warmups; i++) {
    baseline();
    subject();
  }
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const base = time(baseline);
    const subjectTimes = Array.from({ length: repeats }, () => time(subject));
    ratios.push(median(subjectTimes) / base);
  }
  return median(ratios);
}
