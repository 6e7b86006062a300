/** What the exit status of `sixsources` means, for scripts and CI. */
export const EXIT = {
  /** Done; the plan is valid and no finding reached `--fail-on`. */
  ok: 0,
  /** The plan is invalid, or the coach found something at or above `--fail-on`. */
  planProblem: 1,
  /** The command line was wrong, a file could not be read, or something unexpected broke. */
  usage: 2,
} as const;

/** One of the exit statuses in `EXIT`. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
