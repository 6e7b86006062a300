import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createCohort, persistCohort, restoreDistrict, serializeRolloutFile } from '@sixsources/core';
import { runRolloutCommand } from '../src/commands/rollout.ts';
import { main } from '../src/main.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sixsources-rollout-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function rollout(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runRolloutCommand(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

/** `rollout new` saved as `name` in the scratch directory. */
async function newRollout(name = 'r.json', ...args: string[]): Promise<string> {
  const made = await rollout('new', ...args);
  expect(made.code).toBe(0);
  writeFileSync(join(dir, name), made.stdout);
  return name;
}

const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const STACK = /^\s+at .+[(:]\d+|\.ts:\d+:\d+/m;

const EXPLORE_EVIDENCE: [string, string][] = [
  [
    'evidence.record',
    JSON.stringify({
      evidence: {
        kind: 'problemOfPractice',
        statement: 'Only 49% of third graders passed the reading assessment.',
        measure: { name: 'Third graders passing reading', unit: '%', baseline: { value: 49, date: '2019-06-01' }, target: { value: 79, date: '2024-06-01' } },
      },
    }),
  ],
  ['evidence.record', JSON.stringify({ evidence: { kind: 'fitAssessment', scores: { need: 5, fit: 5, capacity: 3, evidence: 4, usability: 4, supports: 4 } } })],
  ['evidence.record', JSON.stringify({ evidence: { kind: 'team', members: [{ name: 'Ana' }, { name: 'Ben' }, { name: 'Cy' }] } })],
  ['evidence.record', JSON.stringify({ evidence: { kind: 'adoptionDecision', decidedBy: 'Board', decidedAt: '2019-05-01' } })],
];

describe('sixsources rollout, as a new user would try it', () => {
  test('new prints a rollout that restores in explore', async () => {
    const made = await rollout('new', '--name', 'Socorro ISD');
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const restored = restoreDistrict(made.stdout);
    expect(restored.ok && restored.actor.getSnapshot()).toMatchObject({ value: 'explore', context: { id: 'socorro-isd', name: 'Socorro ISD' } });
  });

  test('show gives the stage, the next gate with each criterion and its evidence, and risks', async () => {
    const file = await newRollout('r.json', '--name', 'Socorro ISD');
    const shown = await rollout('show', file);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Socorro ISD (socorro-isd): explore\n');
    expect(shown.stdout).toContain('Next gate: explore → prepare (Prepare): not met, 0 of 4 required criteria met\n');
    expect(shown.stdout).toContain('  unmet  team: An implementation team of at least the minimum size\n         no team recorded (needs 3)\n');
    expect(shown.stdout).toContain('Risks: none recorded\n');
  });

  test('a refused advance exits 1, names the unmet criteria and leaves the file byte for byte as it was', async () => {
    const file = await newRollout();
    const before = read(file);
    const refused = await rollout('send', file, 'rollout.advance');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      [
        'sixsources: r.json: rollout.advance refused; the file is unchanged',
        '  unmet  problem-of-practice: no problem of practice recorded',
        '  unmet  fit-assessment: no fit assessment recorded',
        '  unmet  team: no team recorded (needs 3)',
        '  unmet  adoption-decision: no decision to adopt recorded',
        '',
      ].join('\n'),
    );
    expect(read(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  test('recording the evidence, then advancing, is accepted and saved', async () => {
    const file = await newRollout();
    for (const [type, payload] of EXPLORE_EVIDENCE) {
      const sent = await rollout('send', file, type, payload, '--who', 'School Improvement Officer');
      expect(sent).toMatchObject({ code: 0, stderr: '' });
    }
    const advanced = await rollout('send', file, 'rollout.advance');
    expect(advanced).toMatchObject({ code: 0, stdout: 'r.json: advanced from explore to prepare — now prepare\n', stderr: '' });
    expect(readdirSync(dir)).toEqual(['r.json']);
    const restored = restoreDistrict(read(file));
    if (!restored.ok) throw new Error('not restored');
    expect(restored.actor.getSnapshot().value).toBe('prepare');
    expect(restored.actor.getSnapshot().context.log.map((entry) => entry.who)).toEqual(['unknown', ...Array(4).fill('School Improvement Officer'), 'unknown']);
    const shown = await rollout('show', file);
    expect(shown.stdout).toContain('Next gate: prepare → pilot (Pilot): not met, 0 of 4 required criteria met\n');
    expect(shown.stdout).toContain('  warn   pilot-campus-pair:');
  });

  test('going back without a reason is refused; with one it is saved', async () => {
    const file = await newRollout();
    for (const [type, payload] of EXPLORE_EVIDENCE) await rollout('send', file, type, payload);
    await rollout('send', file, 'rollout.advance');
    expect(await rollout('send', file, 'rollout.back', '{"reason":""}')).toMatchObject({ code: 1, stderr: expect.stringContaining('going back a stage needs a reason') });
    expect(await rollout('send', file, 'rollout.back', '{"reason":"new superintendent"}')).toMatchObject({ code: 0, stdout: 'r.json: went back from prepare to explore — now explore\n' });
  });

  test('diagram prints a mermaid state diagram with the stage marked', async () => {
    const file = await newRollout();
    const drawn = await rollout('diagram', file);
    expect(drawn.code).toBe(0);
    expect(drawn.stdout).toMatch(/^stateDiagram-v2\n/);
    expect(drawn.stdout).toContain('\n  class st_explore current\n');
  });

  test('show reads a cohort file too', async () => {
    const made = createCohort({ name: 'Cohort 2', districts: [{ name: 'Riverside' }, { name: 'Lakeside' }] });
    if (!made.ok) throw new Error('no cohort');
    made.actor.send({ type: 'district.send', districtId: 'lakeside', event: { type: 'leadership.changed' } });
    writeFileSync(join(dir, 'c.json'), serializeRolloutFile(persistCohort(made.actor)));
    const shown = await rollout('show', 'c.json');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Cohort 2 (cohort-2): 2 districts, 0 sessions\nBy stage: explore 1, paused 1\n');
    expect(shown.stdout).toContain('  Riverside (explore → prepare): problem-of-practice, fit-assessment, team, adoption-decision\n');
    expect(shown.stdout).toContain('Paused:\n  Lakeside (resumes explore)\n');
    expect((await rollout('send', 'c.json', 'rollout.advance')).code).toBe(2);
  });
});

describe('mistakes, each with a message and an exit status, never a stack trace', () => {
  test.each([
    [['send', 'r.json', 'rollout.teleport'], 2, /unknown event "rollout.teleport"; events are: rollout.advance, /],
    [['send', 'r.json', 'rollout.back', '{not json'], 2, /the payload is not valid JSON/],
    [['send', 'r.json', 'rollout.back', '[1]'], 2, /the payload must be a JSON object/],
    [['send', 'r.json', 'evidence.record', '{"evidence":{"kind":"team"}}'], 2, /the evidence.record payload is not valid:\n  evidence.members: /],
    [['send', 'r.json', 'rollout.advance', '{"type":"rollout.back"}'], 2, /the payload says "type": "rollout.back" but the event is rollout.advance/],
    [['send', 'r.json'], 2, /send needs a file and an event/],
    [['show'], 2, /show needs a file/],
    [['show', 'missing.json'], 2, /cannot read missing.json: no such file/],
    [['frobnicate'], 2, /unknown rollout command "frobnicate"/],
    [['new', '--name', ' '], 2, /cannot start a rollout: name: must not be blank/],
  ])('rollout %j', async (args, code, message) => {
    await newRollout();
    const before = read('r.json');
    const result = await rollout(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK);
    expect(read('r.json')).toBe(before);
  });

  test.each([
    ['not JSON', '{"format": "sixsources.rollout",', /^sixsources: bad.json: not valid JSON/],
    ['a newer version', JSON.stringify({ format: 'sixsources.rollout', version: 9, snapshot: {} }), /^sixsources: bad.json: version: saved by a newer version of Six Sources \(version 9\)/],
    ['a plan file', JSON.stringify({ format: 'sixsources.plan', schemaVersion: 2, plan: {} }), /^sixsources: bad.json: format: this is not a saved district rollout/],
    ['a renamed state', null, /^sixsources: bad.json: snapshot.value: /],
  ])('an invalid rollout file (%s) exits 1 naming the file and the problem', async (_, text, message) => {
    let content = text;
    if (content === null) {
      const file = JSON.parse((await rollout('new')).stdout);
      file.snapshot.value = 'installation';
      content = JSON.stringify(file);
    }
    writeFileSync(join(dir, 'bad.json'), content);
    for (const args of [['show', 'bad.json'], ['send', 'bad.json', 'rollout.advance']]) {
      const result = await rollout(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK);
    }
    expect(read('bad.json')).toBe(content);
  });

  test('help lists the commands and events, on stdout with --help and on stderr without a command', async () => {
    const help = await rollout('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('send <file> <event> [payload-json]');
    expect(help.stdout).toContain('evidence.record');
    const bare = await rollout();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: sixsources rollout');
  });
});

test('the sixsources command line reaches these commands', async () => {
  let stdout = '';
  const code = await main(['rollout', 'new', '--name', 'Via main'], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => undefined },
    cwd: dir,
  });
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ format: 'sixsources.rollout', snapshot: { context: { name: 'Via main' } } });
});
