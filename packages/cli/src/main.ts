/**
 * `sixsources`: validate, coach, render and report influence plans from a terminal or CI.
 * `main` never throws and never prints a stack trace: every failure becomes a message on
 * stderr and an exit status (see exit-codes.ts).
 */
import type { Command } from './command.ts';
import { coachCommand } from './commands/coach.ts';
import { generalUsage } from './commands/help.ts';
import { newCommand } from './commands/new.ts';
import { renderCommand } from './commands/render.ts';
import { reportCommand } from './commands/report.ts';
import { schemaCommand } from './commands/schema.ts';
import { validateCommand } from './commands/validate.ts';
import { EXIT } from './exit-codes.ts';
import { CliFailure, usageError } from './failure.ts';
import { guardWriteErrors, writeLines, type CliIo } from './io.ts';
import { dispatchRollout } from './rollout-dispatch.ts';
import { terminalSafe } from './terminal-text.ts';
import { cliVersion } from './version.ts';

export type { CliIo, TextSink } from './io.ts';
export { EXIT, type ExitCode } from './exit-codes.ts';

/** Every plan command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  coachCommand,
  renderCommand,
  reportCommand,
  schemaCommand,
  newCommand,
];

/** Runs `sixsources` with `argv` (the arguments after the program name); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    guardWriteErrors(io.stdout, io.stderr);
    guardWriteErrors(io.stderr, { write: () => undefined });
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, io);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    writeLines(io.stderr, [generalUsage(COMMANDS)]);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    writeLines(io.stdout, [generalUsage(COMMANDS)]);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    writeLines(io.stdout, [await cliVersion()]);
    return EXIT.ok;
  }
  if (first === 'help') return help(rest, io);
  if (first === 'rollout') return dispatchRollout(rest, io);
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (command === undefined) {
    const what = first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`;
    writeLines(io.stderr, [`sixsources: ${terminalSafe(what)}`, '', generalUsage(COMMANDS)]);
    return EXIT.usage;
  }
  return command.run(rest, io);
}

async function help(args: readonly string[], io: CliIo): Promise<number> {
  const [name, extra] = args;
  if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'help');
  if (name === undefined) {
    writeLines(io.stdout, [generalUsage(COMMANDS)]);
    return EXIT.ok;
  }
  if (name === 'rollout') return dispatchRollout(['--help'], io);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw usageError(`no help for unknown command "${name}"`);
  writeLines(io.stdout, [command.usage]);
  return EXIT.ok;
}

/** Prints what went wrong on one or a few lines; never a stack trace. */
function report(error: unknown, io: CliIo): number {
  try {
    if (error instanceof CliFailure) {
      writeLines(io.stderr, error.lines.map(terminalSafe));
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLines(io.stderr, [`sixsources: internal error: ${terminalSafe(message.split('\n')[0] ?? '')}`]);
  } catch {
    // Even stderr failed (closed pipe): the exit status is all that is left.
  }
  return EXIT.usage;
}
