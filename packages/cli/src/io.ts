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

/** Streams (such as `process.stdout`) that report write errors as events. */
interface EventSink extends TextSink {
  on(event: 'error', listener: (error: unknown) => void): unknown;
}

const guarded = new WeakSet<object>();

/**
 * Keeps a closed pipe (`sixsources report plan.json | head`) from crashing with a stack
 * trace: the reader has gone, so the rest of the output is dropped quietly. Any other write
 * error is one line on `stderr`. Sinks without events (test buffers) are left alone.
 */
export function guardWriteErrors(sink: TextSink, stderr: TextSink): void {
  const events = sink as Partial<EventSink>;
  if (typeof events.on !== 'function' || guarded.has(sink)) return;
  guarded.add(sink);
  events.on.call(sink, 'error', (error: unknown) => {
    if ((error as { code?: unknown } | null)?.code === 'EPIPE') return;
    try {
      stderr.write(`sixsources: cannot write output: ${error instanceof Error ? error.message : String(error)}\n`);
    } catch {
      // Nowhere left to say it.
    }
  });
}
