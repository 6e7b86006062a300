/** Command-line parsing on `node:util` parseArgs, with errors in our own words. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './failure.ts';

/** The options a command accepts, in parseArgs' format. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command received: option values by name and the positional arguments. */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses `args` strictly: an unknown option, a missing value or a flag given a value is a
 * usage error naming the command. `--help`/`-h` is accepted by every command.
 */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (error) {
    throw usageError(describeParseError(error), command);
  }
}

/** Turns parseArgs' long explanations into one short sentence. */
function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option "${quoted ?? message}"`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // parseArgs says "Option '--x <value>' argument missing" or "... does not take an argument".
      return /argument missing/.test(message)
        ? `option "${(quoted ?? '').split(' ')[0]}" needs a value`
        : `option "${(quoted ?? '').split(' ')[0]}" does not take a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted ?? message}"`;
    default:
      return message;
  }
}

/** Reads a string option that must be one of `choices`; `undefined` when it was not given. */
export function choiceOption<T extends string>(
  command: string,
  name: string,
  value: string | boolean | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw usageError(`--${name} must be one of ${choices.join(', ')}, not "${String(value)}"`, command);
}

/** The positional arguments, which must number exactly `names.length`; names are for messages. */
export function expectPositionals(command: string, positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) {
    throw usageError(`${command} needs ${names.map((name) => `<${name}>`).join(' ')}`, command);
  }
  if (positionals.length > names.length) {
    throw usageError(`unexpected argument "${positionals[names.length] as string}"`, command);
  }
  return [...positionals];
}
