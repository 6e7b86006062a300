/** What a command may touch: two output streams and the directory file names are relative to. */

/** Anything text can be written to: `process.stdout`, or a buffer in tests. */
export interface TextSink {
  write(text: string): unknown;
}

/** The world of one `sixsources` run, passed to every command instead of using `process`. */
export interface CliIo {
  /** Results: plan files, diagrams, reports, JSON. */
  stdout: TextSink;
  /** Problems and messages for people. */
  stderr: TextSink;
  /** Directory that relative file names are resolved against. */
  cwd: string;
}

/** Writes each line followed by a newline. */
export function writeLines(sink: TextSink, lines: readonly string[]): void {
  if (lines.length > 0) sink.write(`${lines.join('\n')}\n`);
}
