/** `sixsources schema`: the plan file format as JSON Schema. */
import { planDocumentJsonSchemaText } from '@sixsources/core';
import { expectPositionals, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../exit-codes.ts';
import { helpRequested } from './help-flag.ts';

const usage = `Usage: sixsources schema

Prints the JSON Schema (draft 2020-12) of a plan file, for editors, CI checks and other
languages. Links between parts of a plan (ids that must exist) cannot be expressed in JSON
Schema: "sixsources validate" checks those too.`;

/** Prints the JSON Schema of the plan file format. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of a plan file',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('schema', args, {});
    if (helpRequested(values, io, usage)) return EXIT.ok;
    expectPositionals('schema', positionals, []);
    io.stdout.write(planDocumentJsonSchemaText());
    return EXIT.ok;
  },
};
