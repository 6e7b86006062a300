/** `sixsources coach <file>`: what is weak in the plan, and what to do about it. */
import { coachPlan, type Severity } from '@sixsources/core';
import { choiceOption, expectPositionals, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { writeLines } from '../io.ts';
import { loadPlan } from '../load-plan.ts';
import { todayOption } from '../today.ts';
import { formatCoachReport, SEVERITY_RANK } from './coach-format.ts';
import { helpRequested } from './help-flag.ts';

/** Values of `--fail-on`: a severity, or `none` to always exit 0 on a valid plan. */
const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
type FailOn = (typeof FAIL_ON)[number];

const usage = `Usage: sixsources coach <file> [--json] [--fail-on error|warning|info|none] [--today YYYY-MM-DD]

Reads the plan in <file> and prints what the coach finds: errors (which block approval),
warnings and notes, each with where it is in the plan and a suggestion.

Options:
  --json              print the coach's report as JSON (findings and coverage) instead
  --fail-on <level>   exit with status 1 when a finding is at this level or above
                      (default: error; "none" never fails on findings)
  --today <date>      the date to judge overdue work and stale measures by (default: today)

Exit status: 0 no finding at --fail-on or above, 1 such findings or an invalid plan,
2 the file could not be read or the command line is wrong.`;

/** Coaches one plan file. */
export const coachCommand: Command = {
  name: 'coach',
  summary: 'say what is weak in a plan and how to fix it',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('coach', args, {
      json: { type: 'boolean' },
      'fail-on': { type: 'string' },
      today: { type: 'string' },
    });
    if (helpRequested(values, io, usage)) return EXIT.ok;
    const [file] = expectPositionals('coach', positionals, ['file']) as [string];
    const failOn: FailOn = choiceOption('coach', 'fail-on', values['fail-on'], FAIL_ON) ?? 'error';
    const today = todayOption('coach', values['today']);

    const { plan } = await loadPlan(file, io.cwd);
    const report = coachPlan(plan, { today });

    if (values['json'] === true) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      writeLines(io.stdout, formatCoachReport(file, plan, report));
    }

    const failing = failOn === 'none' ? [] : report.findings.filter((f) => atOrAbove(f.severity, failOn));
    if (failing.length === 0) return EXIT.ok;
    const what = failing.length === 1 ? '1 finding is' : `${failing.length} findings are`;
    writeLines(io.stderr, [`sixsources: ${file}: ${what} at --fail-on ${failOn} or above`]);
    return EXIT.planProblem;
  },
};

function atOrAbove(severity: Severity, level: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[level];
}
