/** `sixsources validate <file>`: is this a valid plan file? */
import { expectPositionals, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLines } from '../io.ts';
import { loadPlan } from '../load-plan.ts';
import { terminalSafe } from '../terminal-text.ts';
import { helpRequested } from './help-flag.ts';

const usage = `Usage: sixsources validate <file>

Checks that <file> is a valid plan file: JSON, the format and version, every field, and
that every id a part links to exists. Older files are upgraded in memory (the file is not
changed). Each problem is printed as "file: path: problem".

Exit status: 0 valid, 1 invalid, 2 the file could not be read or the command line is wrong.`;

/** Validates one plan file. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check that a plan file is valid',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('validate', args, {});
    if (helpRequested(values, io, usage)) return EXIT.ok;
    const [file] = expectPositionals('validate', positionals, ['file']) as [string];
    const { plan, migratedFrom } = await loadPlan(file, io.cwd);
    const upgraded = migratedFrom === null ? '' : ` (upgraded in memory from schema version ${migratedFrom})`;
    writeLines(io.stdout, [`${file}: valid plan "${terminalSafe(plan.title)}"${upgraded}`]);
    return EXIT.ok;
  },
};
