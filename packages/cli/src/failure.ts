/** A run that stops early with a message for the person at the terminal, never a stack trace. */
import { EXIT, type ExitCode } from './exit-codes.ts';

/** Thrown by commands and helpers; `main` prints `lines` to stderr and exits with `exitCode`. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly lines: readonly string[],
  ) {
    super(lines.join('\n'));
    this.name = 'CliFailure';
  }
}

/** A mistake on the command line: says what is wrong and where to read the usage. */
export function usageError(message: string, command?: string): CliFailure {
  const help = command === undefined ? 'sixsources --help' : `sixsources ${command} --help`;
  return new CliFailure(EXIT.usage, [`sixsources: ${message}`, `Run "${help}" for usage.`]);
}
