// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createActor, setup } from 'xstate';
import {
  campusMachine,
  campusStateDiagram,
  cohortDiagram,
  createCohort,
  districtMachine,
  machineEdges,
  rolloutStateDiagram,
  summarizeCohort,
  type DistrictSnapshot,
} from '../../src/rollout/index.ts';
import { AT, districtInput, districtWithEvidence } from './support/district.ts';

const HOSTILE = [
  'Evil"] --> x\nclassDef current fill:red\nclick explore call alert(1)',
  '%%{init: {"securityLevel":"loose"}}%%',
  '<img src=x onerror=alert(1)> end; style pilot fill:#f00',
  'Distrito Escolar de Año 🌵 #35; & ;',
];

async function parse(source: string): Promise<unknown> {
  const mermaid = (await import('mermaid')).default;
  return mermaid.parse(source);
}

function styleLines(source: string): string[] {
  return source.split('\n').filter((line) => /^\s*(classDef|class|style|click|linkStyle)\b/.test(line) || line.includes('%%'));
}

describe('the rollout state diagram', () => {
  test('parses, and mermaid’s parser does reject broken source', async () => {
    await expect(parse(rolloutStateDiagram())).resolves.toMatchObject({ diagramType: 'stateDiagram' });
    await expect(parse(campusStateDiagram())).resolves.toMatchObject({ diagramType: 'stateDiagram' });
    await expect(parse('stateDiagram-v2\n  a --> : "')).rejects.toThrow();
  });

  test('is generated from the machine definition: every state, every transition with a target', () => {
    const source = rolloutStateDiagram(districtMachine);
    for (const key of Object.keys(districtMachine.root.states)) expect(source).toContain(` as st_${key}\n`);
    for (const [key, node] of Object.entries(districtMachine.root.states)) {
      for (const [eventType, transitions] of node.transitions) {
        for (const transition of transitions) {
          for (const target of transition.target ?? []) {
            if (target.key === key) continue;
            expect(source).toMatch(new RegExp(`\\n  st_${key} --> st_${target.key} : [^\\n]*${eventType.replace('.', '\\.')}`));
          }
        }
      }
    }
    const edgeLines = source.split('\n').filter((line) => / --> (?!\[\*\])/.test(line) && !line.includes('[*] -->'));
    expect(edgeLines).toHaveLength(machineEdges(districtMachine).length);
    expect(source).toContain('\n  [*] --> st_explore\n');
    expect(source).toContain('\n  st_declined --> [*]\n');
    expect(source).toContain('st_explore --> st_prepare : rollout.advance #91;gate into prepare met#93;');
  });

  test('follows the machine it is given, not a hand-written copy', () => {
    const toy = setup({}).createMachine({ id: 'toy', initial: 'draft', states: { draft: { on: { 'plan.approve': 'approved' } }, approved: { type: 'final' } } });
    expect(rolloutStateDiagram(toy)).toBe(
      [
        'stateDiagram-v2',
        '  direction LR',
        '  state "draft" as st_draft',
        '  state "approved" as st_approved',
        '  [*] --> st_draft',
        '  st_draft --> st_approved : plan.approve',
        '  st_approved --> [*]',
        '  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px',
        '  classDef resumes stroke:#b45309,stroke-width:2px,stroke-dasharray:5 3',
        '',
      ].join('\n'),
    );
  });

  test('marks the current stage, and a pause’s stage to resume, with fixed class names only', async () => {
    const actor = districtWithEvidence();
    actor.send({ type: 'rollout.advance', at: AT });
    actor.send({ type: 'rollout.advance', at: AT });
    const inPilot = rolloutStateDiagram(actor.getSnapshot());
    expect(styleLines(inPilot)).toEqual([
      '  classDef current fill:#fde68a,stroke:#b45309,stroke-width:3px',
      '  classDef resumes stroke:#b45309,stroke-width:2px,stroke-dasharray:5 3',
      '  class st_pilot current',
    ]);
    actor.send({ type: 'leadership.changed', at: AT });
    const paused = rolloutStateDiagram(actor.getSnapshot());
    expect(styleLines(paused).slice(2)).toEqual(['  class st_paused current', '  class st_pilot resumes']);
    await expect(parse(paused)).resolves.toMatchObject({ diagramType: 'stateDiagram' });
  });

  test.each(HOSTILE)('a district named %j stays inside its encoded label', async (name) => {
    const actor = createActor(districtMachine, { input: districtInput({ name }) }).start();
    const source = rolloutStateDiagram(actor.getSnapshot() as DistrictSnapshot);
    const plain = rolloutStateDiagram(districtWithEvidence(0).getSnapshot());
    // Same lines as for a harmless name; only the title line differs, and it holds no raw user text.
    expect(source.split('\n')).toHaveLength(plain.split('\n').length);
    const title = source.split('\n')[1]!;
    expect(title).toMatch(/^  state "[A-Za-z0-9 .,\-_/()?!#;…]*" as diagram_box \{$/);
    expect(styleLines(source)).toEqual(styleLines(plain));
    await expect(parse(source)).resolves.toMatchObject({ diagramType: 'stateDiagram' });
  });

  test('a campus snapshot is marked the same way', () => {
    const actor = createActor(campusMachine, { input: { id: 'north', name: 'North "Elementary"', wave: 1, teachers: 3 } }).start();
    actor.send({ type: 'campus.advance' });
    const source = campusStateDiagram(actor.getSnapshot());
    expect(source).toContain('state "North #34;Elementary#34;" as diagram_box {');
    expect(source).toContain('\n  class st_preparing current\n');
  });
});

describe('the cohort diagram', () => {
  test('shows each district in its stage, blocked and paused ones marked, and parses', async () => {
    const made = createCohort({
      name: 'Cohort',
      districts: [districtInput({ id: 'riverside' }), ...HOSTILE.map((name, i) => ({ name, id: `h${i}` }))],
    });
    if (!made.ok) throw new Error(made.errors.join());
    made.actor.send({ type: 'district.send', at: AT, districtId: 'h1', event: { type: 'leadership.changed', at: AT } });
    made.actor.send({ type: 'district.send', at: AT, districtId: 'h2', event: { type: 'rollout.decline', at: AT, reason: 'no' } });
    const summary = summarizeCohort(made.actor.getSnapshot());
    const source = cohortDiagram(summary);
    await expect(parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });

    expect(source).toContain('subgraph stage_explore["Explore (3)"]');
    expect(source).toContain('subgraph stage_paused["Paused (1)"]');
    expect(source).toContain('subgraph stage_declined["Declined (1)"]');
    expect(source).toContain('district_0["Riverside Unified<br>blocked#58; problem-of-practice, fit-assessment and 2 more"]');
    expect(source).toContain('  stage_explore --> stage_prepare --> stage_pilot --> stage_scale --> stage_sustain\n');
    const marks = styleLines(source).filter((line) => line.startsWith('  class '));
    expect(marks).toEqual(['  class district_0 blocked', '  class district_1 blocked', '  class district_4 blocked', '  class district_2 paused', '  class district_3 declined']);
    // No user text outside quoted labels: every line that is not structure is a quoted node or group label.
    for (const line of source.split('\n')) {
      if (/^\s*(flowchart LR|direction TB|end|classDef \w+ [^"]+|class district_\d+ \w+|stage_[a-z_ >-]+|)$/.test(line)) continue;
      expect(line).toMatch(/^\s+(subgraph stage_\w+|district_\d+)\["[^"\n]*"\]?\]?$/);
    }
  });

  test('fifty districts stay well within mermaid’s text limit', async () => {
    const made = createCohort({ name: 'Large', districts: Array.from({ length: 50 }, (_, i) => ({ name: `District number ${i} with a long name`, id: `d${i}` })) });
    if (!made.ok) throw new Error(made.errors.join());
    const source = cohortDiagram(summarizeCohort(made.actor.getSnapshot()));
    expect(source.length).toBeLessThan(50_000);
    await expect(parse(source)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });
});
