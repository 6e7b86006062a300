/** `sixsources help [command]` and `sixsources --help`. */
import type { Command } from '../command.ts';

/** The general usage: every command with its one-line summary. */
export function generalUsage(commands: readonly Command[]): string {
  const rows: [string, string][] = [
    ...commands.map((command) => [command.name, command.summary] as [string, string]),
    ['rollout', 'drive a district rollout through its stages (sixsources rollout --help)'],
    ['help', 'show help for a command (sixsources help coach)'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return `Usage: sixsources <command> [options]

Validate, coach, render and report influence plans; drive district rollouts.

Commands:
${rows.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join('\n')}

Options:
  -h, --help      show help (also after a command: sixsources coach --help)
  -v, --version   show the version

Exit status: 0 ok, 1 invalid plan or findings at --fail-on, 2 usage or file error.

Example:
  sixsources new --template socorro-literacy > plan.json
  sixsources coach plan.json --fail-on warning`;
}
