/** `--help` on any command prints that command's usage. */
import type { ParsedArgs } from '../args.ts';
import { writeLines, type CliIo } from '../io.ts';

/** Prints `usage` to stdout and returns true when `--help` or `-h` was given. */
export function helpRequested(values: ParsedArgs['values'], io: CliIo, usage: string): boolean {
  if (values['help'] !== true) return false;
  writeLines(io.stdout, [usage]);
  return true;
}
