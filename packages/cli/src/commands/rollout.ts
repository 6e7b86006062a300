/**
 * `sixsources rollout …`: start a district rollout, show where it stands, and send it events.
 * A thin layer over the core's rollout machines: the gate explanations, refusals and saved
 * format all come from `@sixsources/core`. Never throws and never prints a stack trace.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  DISTRICT_EVENT_TYPES,
  DistrictEventSchema,
  MAX_ROLLOUT_FILE_BYTES,
  ROLLOUT_STAGE_INFO,
  campusFacts,
  cohortDiagram,
  createDistrictRollout,
  districtRisks,
  districtStatus,
  isDistrictEventType,
  nextGate,
  persistDistrict,
  restoreCohort,
  restoreDistrict,
  rolloutFileKind,
  rolloutStateDiagram,
  sendDistrictEvent,
  serializeRolloutFile,
  shareAtFidelity,
  summarizeCohort,
  type CohortActor,
  type DistrictActor,
  type GateExplanation,
  type RolloutFileIssue,
} from '@sixsources/core';
import { parseCommandArgs } from '../args.ts';
import { EXIT } from '../exit-codes.ts';
import { CliFailure, usageError } from '../failure.ts';
import { readTextFile } from '../read-file.ts';
import { terminalSafe } from '../terminal-text.ts';

/** Where the command writes: the same shape as the CLI's `CliIo`. */
export interface RolloutIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Directory that relative file names are resolved against. */
  cwd: string;
}

const USAGE = `Usage: sixsources rollout <command> [options]

Drive a district rollout through explore → prepare → pilot → scale → sustain.

Commands:
  new [--name <district>] [--id <id>]       print a new district rollout (save it: > rollout.json)
  show <file>                               the stage, the next gate's criteria with their evidence, risks
  send <file> <event> [payload-json]        apply one event and save the file; a refused event changes nothing
  diagram <file>                            a mermaid diagram of the rollout (or of a cohort)

Options for send:
  --who <name>                              who did it, for the audit trail

Events: ${DISTRICT_EVENT_TYPES.join(', ')}

Examples:
  sixsources rollout new --name "Socorro ISD" > rollout.json
  sixsources rollout send rollout.json evidence.record \\
    '{"evidence":{"kind":"team","members":[{"name":"A"},{"name":"B"},{"name":"C"}]}}'
  sixsources rollout send rollout.json rollout.advance
  sixsources rollout send rollout.json rollout.back '{"reason":"new principal at the pilot campus"}'

Exit status: 0 done; 1 a refused event or an invalid rollout file; 2 a usage or file error.`;

/** Runs `sixsources rollout <args>`; resolves to the exit status. */
export async function runRolloutCommand(args: string[], io: RolloutIo): Promise<number> {
  try {
    const [command, ...rest] = args;
    switch (command) {
      case undefined:
        io.stderr.write(`${USAGE}\n`);
        return EXIT.usage;
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return EXIT.ok;
      case 'new':
        return runNew(rest, io);
      case 'show':
        return await runShow(rest, io);
      case 'send':
        return await runSend(rest, io);
      case 'diagram':
        return await runDiagram(rest, io);
      default:
        throw usageError(`unknown rollout command "${command}"`, 'rollout');
    }
  } catch (error) {
    return fail(error, io);
  }
}

function runNew(args: readonly string[], io: RolloutIo): number {
  const { values, positionals } = parseCommandArgs('rollout', args, { name: { type: 'string' }, id: { type: 'string' } });
  if (values['help'] === true) return help(io);
  if (positionals.length > 0) throw usageError(`unexpected argument "${positionals[0]}"`, 'rollout');
  const name = typeof values['name'] === 'string' ? values['name'] : 'New district';
  const id = typeof values['id'] === 'string' ? values['id'] : undefined;
  const created = createDistrictRollout(id === undefined ? { name } : { name, id });
  if (!created.ok) throw usageError(`cannot start a rollout: ${created.errors.join('; ')}`, 'rollout');
  io.stdout.write(serializeRolloutFile(persistDistrict(created.actor)));
  created.actor.stop();
  return EXIT.ok;
}

async function runShow(args: readonly string[], io: RolloutIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('rollout', args, {});
  if (values['help'] === true) return help(io);
  const file = onePositional(positionals, 'show <file>');
  const loaded = await load(file, io.cwd);
  if (loaded.kind === 'cohort') {
    io.stdout.write(describeCohort(loaded.actor));
    loaded.actor.stop();
    return EXIT.ok;
  }
  io.stdout.write(describeDistrict(loaded.actor));
  loaded.actor.stop();
  return EXIT.ok;
}

async function runDiagram(args: readonly string[], io: RolloutIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('rollout', args, {});
  if (values['help'] === true) return help(io);
  const loaded = await load(onePositional(positionals, 'diagram <file>'), io.cwd);
  io.stdout.write(loaded.kind === 'cohort' ? cohortDiagram(summarizeCohort(loaded.actor.getSnapshot())) : rolloutStateDiagram(loaded.actor.getSnapshot()));
  loaded.actor.stop();
  return EXIT.ok;
}

async function runSend(args: readonly string[], io: RolloutIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('rollout', args, { who: { type: 'string' } });
  if (values['help'] === true) return help(io);
  const [file, type, payloadText, extra] = positionals;
  if (file === undefined || type === undefined) throw usageError('send needs a file and an event: send <file> <event> [payload-json]', 'rollout');
  if (extra !== undefined) throw usageError(`unexpected argument "${extra}" (quote the payload as one argument)`, 'rollout');
  const event = parseEvent(type, payloadText, typeof values['who'] === 'string' ? values['who'] : undefined);

  const loaded = await load(file, io.cwd);
  if (loaded.kind !== 'district') {
    loaded.actor.stop();
    throw new CliFailure(EXIT.usage, [`sixsources: ${file}: send works on a district rollout file; this is a cohort`]);
  }
  const actor = loaded.actor;
  try {
    const result = sendDistrictEvent(actor, event);
    if (!result.accepted) {
      // An advance is refused by its gate's unmet criteria; anything else by the reason given.
      const mark = type === 'rollout.advance' ? 'unmet  ' : '';
      const lines = [`sixsources: ${file}: ${type} refused; the file is unchanged`, ...result.reasons.map((reason) => `  ${mark}${reason}`)];
      io.stderr.write(`${lines.map(terminalSafe).join('\n')}\n`);
      return EXIT.planProblem;
    }
    const text = serializeRolloutFile(persistDistrict(actor));
    await writeAtomically(resolve(io.cwd, file), text, file);
    const last = result.snapshot.context.log.at(-1);
    const status = districtStatus(result.snapshot);
    io.stdout.write(`${terminalSafe(`${file}: ${last?.what ?? type} — now ${status}`)}\n`);
    return EXIT.ok;
  } finally {
    actor.stop();
  }
}

/** The event from its type and optional JSON payload, checked against the event schemas. */
function parseEvent(type: string, payloadText: string | undefined, who: string | undefined) {
  if (!isDistrictEventType(type)) {
    throw usageError(`unknown event "${type}"; events are: ${DISTRICT_EVENT_TYPES.join(', ')}`, 'rollout');
  }
  let payload: unknown = {};
  if (payloadText !== undefined) {
    try {
      payload = JSON.parse(payloadText);
    } catch (error) {
      throw usageError(`the payload is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, 'rollout');
    }
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw usageError('the payload must be a JSON object, e.g. \'{"reason":"…"}\'', 'rollout');
  }
  const fields = payload as Record<string, unknown>;
  if (fields['type'] !== undefined && fields['type'] !== type) {
    throw usageError(`the payload says "type": ${JSON.stringify(fields['type'])} but the event is ${type}`, 'rollout');
  }
  const candidate = { ...fields, type, ...(who === undefined || fields['who'] !== undefined ? {} : { who }) };
  const parsed = DistrictEventSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 8).map((issue) => {
      const path = issue.path.map(String).join('.');
      return `  ${path === '' ? 'payload' : path}: ${issue.message}`;
    });
    throw new CliFailure(EXIT.usage, [`sixsources: the ${type} payload is not valid:`, ...problems, 'Run "sixsources rollout --help" for examples.']);
  }
  return parsed.data;
}

type Loaded = { kind: 'district'; actor: DistrictActor } | { kind: 'cohort'; actor: CohortActor };

/** Reads and restores a rollout or cohort file; an invalid file is exit status 1, an unreadable one 2. */
async function load(file: string, cwd: string): Promise<Loaded> {
  const read = await readTextFile(file, cwd, MAX_ROLLOUT_FILE_BYTES);
  if (read.tooLarge) {
    throw new CliFailure(EXIT.planProblem, [`sixsources: ${file}: larger than ${MAX_ROLLOUT_FILE_BYTES / (1024 * 1024)} MiB; not read`]);
  }
  let value: unknown;
  try {
    value = JSON.parse(read.text.replace(/^\uFEFF/, ''));
  } catch {
    // Not JSON: restoring the text says so, with the parser's words.
    value = read.text;
  }
  if (rolloutFileKind(value) === 'cohort') {
    const restored = restoreCohort(value);
    if (!restored.ok) throw invalidFile(file, restored.errors);
    return { kind: 'cohort', actor: restored.actor };
  }
  const restored = restoreDistrict(value);
  if (!restored.ok) throw invalidFile(file, restored.errors);
  return { kind: 'district', actor: restored.actor };
}

function invalidFile(file: string, errors: readonly RolloutFileIssue[]): CliFailure {
  const lines = errors.map((issue) => `sixsources: ${file}: ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`);
  return new CliFailure(EXIT.planProblem, lines);
}

/** Writes next to the target, then renames over it: a reader never sees half a file. */
async function writeAtomically(path: string, text: string, shown: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    throw new CliFailure(EXIT.usage, [`sixsources: cannot write ${shown}: ${why}; the file is unchanged`]);
  }
}

/** What `show` prints for a district. */
function describeDistrict(actor: DistrictActor): string {
  const snapshot = actor.getSnapshot();
  const { context } = snapshot;
  const status = districtStatus(snapshot);
  const lines: string[] = [];
  const where = status === 'paused' ? `paused (resumes ${context.pausedFrom ?? '?'})` : status;
  lines.push(`${context.name} (${context.id}): ${where}`);
  const gate = nextGate(snapshot);
  if (gate === null) lines.push(status === 'declined' ? 'Declined: no further gates.' : 'Sustain is the last stage: no further gate.');
  else lines.push(...describeGate(gate));

  const campuses = campusFacts(context.campuses);
  const fidelity = shareAtFidelity(campuses);
  const share = fidelity.share === null ? 'no teachers yet' : `${Math.round(fidelity.share * 1000) / 10}% of ${fidelity.teachers} teachers at fidelity`;
  lines.push('', `Campuses: ${campuses.length}${campuses.length === 0 ? '' : ` (${share})`}`);
  for (const campus of campuses) {
    lines.push(`  ${campus.name} — wave ${campus.wave}, ${campus.status}, ${campus.atFidelity} of ${campus.teachers} teachers at fidelity, ${campus.cycles} cycles`);
  }
  const risks = districtRisks(snapshot);
  lines.push('', risks.length === 0 ? 'Risks: none recorded' : 'Risks:');
  for (const risk of risks) lines.push(`  ${risk.id}: ${risk.message}`);
  const last = context.log.at(-1);
  if (last !== undefined) lines.push('', `Last entry (#${last.seq}, ${last.when}, ${last.who}): ${last.what}${last.why === undefined ? '' : ` — ${last.why}`}`);
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function describeGate(gate: GateExplanation): string[] {
  const required = gate.criteria.filter((item) => item.severity === 'required');
  const met = required.filter((item) => item.met).length;
  const lines = [
    `Next gate: ${gate.from ?? '?'} → ${gate.stage} (${ROLLOUT_STAGE_INFO[gate.stage].label}): ${gate.met ? 'met' : 'not met'}, ${met} of ${required.length} required criteria met`,
  ];
  for (const item of gate.criteria) {
    const mark = item.met ? 'met  ' : item.severity === 'warning' ? 'warn ' : 'unmet';
    lines.push(`  ${mark}  ${item.id}: ${item.label}`, `         ${item.evidence}`);
  }
  return lines;
}

/** What `show` prints for a cohort. */
function describeCohort(actor: CohortActor): string {
  const summary = summarizeCohort(actor.getSnapshot());
  const counts = Object.entries(summary.byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${status} ${count}`)
    .join(', ');
  const lines = [`${summary.name} (${summary.id}): ${summary.total} districts, ${summary.sessions} sessions`, `By stage: ${counts}`];
  if (summary.blocked.length > 0) lines.push('Blocked:');
  for (const district of summary.blocked) {
    lines.push(`  ${district.name} (${district.status} → ${district.nextStage ?? '?'}): ${district.blockedBy.map((item) => item.id).join(', ')}`);
  }
  if (summary.paused.length > 0) lines.push('Paused:');
  for (const district of summary.paused) lines.push(`  ${district.name} (resumes ${district.pausedFrom ?? '?'})`);
  return `${lines.map(terminalSafe).join('\n')}\n`;
}

function onePositional(positionals: readonly string[], shape: string): string {
  const [file, extra] = positionals;
  if (file === undefined) throw usageError(`${shape.split(' ')[0]} needs a file: rollout ${shape}`, 'rollout');
  if (extra !== undefined) throw usageError(`unexpected argument "${extra}"`, 'rollout');
  return file;
}

function help(io: RolloutIo): number {
  io.stdout.write(`${USAGE}\n`);
  return EXIT.ok;
}

/** Prints a failure on stderr; unexpected errors become one line, never a stack trace. */
function fail(error: unknown, io: RolloutIo): number {
  try {
    if (error instanceof CliFailure) {
      io.stderr.write(`${error.lines.map(terminalSafe).join('\n')}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`sixsources: rollout: internal error: ${terminalSafe(message.split('\n')[0] ?? '')}\n`);
  } catch {
    // stderr itself failed; the exit status is all that is left.
  }
  return EXIT.usage;
}
