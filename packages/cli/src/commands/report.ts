/** `sixsources report <file>`: the plan as a document to print or share. */
import { renderPlanReport } from '@sixsources/core';
import { expectPositionals, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { loadPlan } from '../load-plan.ts';
import { todayOption } from '../today.ts';
import { helpRequested } from './help-flag.ts';

const usage = `Usage: sixsources report <file> [--today YYYY-MM-DD]

Prints the plan in <file> as a Markdown report to print or share: the result and its measures,
the vital behaviors, the strategies by source, and what the coach says.

Options:
  --today <date>   the date the report is written for (default: today)

Exit status: 0 printed, 1 invalid plan, 2 the file could not be read or the command line is wrong.`;

/** Prints the report of one plan file. */
export const reportCommand: Command = {
  name: 'report',
  summary: 'print a plan as a report to share',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('report', args, { today: { type: 'string' } });
    if (helpRequested(values, io, usage)) return EXIT.ok;
    const [file] = expectPositionals('report', positionals, ['file']) as [string];
    const today = todayOption('report', values['today']);

    const { plan } = await loadPlan(file, io.cwd);
    const text = renderPlanReport(plan, { today });
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return EXIT.ok;
  },
};
