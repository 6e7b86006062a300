/** `sixsources new --template <name>`: a new plan file, printed to stdout. */
import { LANGUAGES, TEMPLATES, TEMPLATE_NAMES, createPlanFromTemplate, serializePlan } from '@sixsources/core';
import { choiceOption, expectPositionals, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { usageError } from '../failure.ts';
import { helpRequested } from './help-flag.ts';

const width = Math.max(...TEMPLATE_NAMES.map((name) => name.length));
const templateList = TEMPLATE_NAMES.map((name) => `  ${name.padEnd(width)}  ${TEMPLATES[name].description.en}`).join('\n');

const usage = `Usage: sixsources new --template <name> [--language en|es] > plan.json

Prints a new plan file made from a template. Templates:
${templateList}

Options:
  --template <name>   which template to start from
  --language en|es    the language of the plan's text (default: en)`;

/** Prints a new plan file from a template. */
export const newCommand: Command = {
  name: 'new',
  summary: 'print a new plan file from a template',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('new', args, {
      template: { type: 'string', short: 't' },
      language: { type: 'string', short: 'l' },
    });
    if (helpRequested(values, io, usage)) return EXIT.ok;
    expectPositionals('new', positionals, []);
    const template = choiceOption('new', 'template', values['template'], TEMPLATE_NAMES);
    if (template === undefined) throw usageError(`new needs --template ${TEMPLATE_NAMES.join('|')}`, 'new');
    const language = choiceOption('new', 'language', values['language'], LANGUAGES) ?? 'en';

    io.stdout.write(serializePlan(createPlanFromTemplate(template, { language })));
    return EXIT.ok;
  },
};
