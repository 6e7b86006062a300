/** The shape every `sixsources` command module exports. */
import type { CliIo } from './io.ts';

/** One command: its name, a one-line summary, its usage text, and how to run it. */
export interface Command {
  name: string;
  /** One line for the command list in `sixsources --help`. */
  summary: string;
  /** Full usage, printed by `sixsources <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
