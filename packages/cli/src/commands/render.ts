/** `sixsources render <file> --diagram <kind>`: a diagram of the plan as Mermaid source. */
import { PLAN_DIAGRAM_KINDS, planDiagram } from '@sixsources/core';
import { choiceOption, expectPositionals, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { usageError } from '../failure.ts';
import { loadPlan } from '../load-plan.ts';
import { todayOption } from '../today.ts';
import { helpRequested } from './help-flag.ts';

const usage = `Usage: sixsources render <file> --diagram ${PLAN_DIAGRAM_KINDS.join('|')} [--today YYYY-MM-DD]

Prints a diagram of the plan in <file> as Mermaid source, ready for a Markdown file, the
Mermaid live editor or mermaid-cli:
  plan       strategies by source, pointing at the vital behaviors they reach
  sources    the six-source matrix: which behaviors each source reaches
  timeline   strategies on a calendar from start to due date
  progress   each measure's observations against its baseline and target

Options:
  -d, --diagram <kind>   which diagram to print
  --today <date>         the date overdue strategies are marked against (default: today)

Exit status: 0 printed, 1 invalid plan, 2 the file could not be read or the command line is wrong.`;

/** Renders one diagram of a plan file. */
export const renderCommand: Command = {
  name: 'render',
  summary: 'print a diagram of a plan as Mermaid source',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('render', args, {
      diagram: { type: 'string', short: 'd' },
      today: { type: 'string' },
    });
    if (helpRequested(values, io, usage)) return EXIT.ok;
    const [file] = expectPositionals('render', positionals, ['file']) as [string];
    const kind = choiceOption('render', 'diagram', values['diagram'], PLAN_DIAGRAM_KINDS);
    if (kind === undefined) throw usageError(`render needs --diagram ${PLAN_DIAGRAM_KINDS.join('|')}`, 'render');
    const today = todayOption('render', values['today']);

    const { plan } = await loadPlan(file, io.cwd);
    const source = planDiagram(plan, kind, { today });
    io.stdout.write(source.endsWith('\n') ? source : `${source}\n`);
    return EXIT.ok;
  },
};
