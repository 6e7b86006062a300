// @vitest-environment happy-dom
// Mermaid must be parsed in a DOM-like environment; see mermaid-check.ts for what works in Node.
/**
 * The triggers of mermaid's published advisories (`support/mermaid-advisories.ts`) in every
 * text field, through every generator: plan map, six sources, timeline, progress, the district
 * and campus stage charts, and the cohort map. Each output parses with mermaid's own grammar,
 * and the hostile text changes nothing but the labels it sits in: no extra lines, nodes,
 * classes, styles or clicks. (The end-to-end test renders the same payloads in Chromium.)
 */
import { describe, expect, test } from 'vitest';
import { planDiagram, type PlanDiagramKind } from '../../src/diagrams/index.ts';
import {
  campusStateDiagram,
  cohortDiagram,
  createCohort,
  createDistrictRollout,
  rolloutStateDiagram,
  summarizeCohort,
  type CampusSnapshot,
} from '../../src/rollout/index.ts';
import { ADVISORY_PAYLOADS, ADVISORY_TEXTS } from '../support/mermaid-advisories.ts';
import { richPlan, withText } from './hostile-plan.ts';
import { parseDiagram, parseFlowchart, strayLines } from './mermaid-check.ts';

const GRAMMAR = { plan: 'flowchart', sources: 'flowchart', timeline: 'gantt', progress: 'xychart' } as const;
const TYPE = { plan: 'flowchart-v2', sources: 'flowchart-v2', timeline: 'gantt', progress: 'xychart' } as const;
const KINDS = Object.keys(GRAMMAR) as PlanDiagramKind[];
const OPTIONS = { today: '2026-02-01', measureId: 'linkStyle' };

/** Indexes of the first payload of each trigger. */
const FIRST_OF_EACH_TRIGGER = new Set(
  ADVISORY_PAYLOADS.map((payload, index) => (ADVISORY_PAYLOADS.findIndex((other) => other.trigger === payload.trigger) === index ? index : -1)),
);

/** The payloads rotated so that the `shift`-th leads: fields take them in turn. */
function rotated(shift: number): string[] {
  return [...ADVISORY_TEXTS.slice(shift), ...ADVISORY_TEXTS.slice(0, shift)];
}

/** Source with every quoted label emptied: what must not change when only text changes. */
function shape(src: string): string[] {
  return src.split('\n').map((line) => line.replace(/"[^"]*"/g, '""'));
}

describe('plan diagrams with advisory triggers in every text field', () => {
  for (const kind of KINDS) {
    test(`${kind}: parses, and every line is one the generator writes`, async () => {
      // Each payload leads some field once over the rotations; the last plan holds all of them everywhere.
      const plans = [0, 7, 14, 21, 28].map((shift) => withText(richPlan(), rotated(shift)));
      plans.push(withText(richPlan(), [ADVISORY_TEXTS.join(' ')]));
      for (const plan of plans) {
        const src = planDiagram(plan, kind, OPTIONS);
        expect(await parseDiagram(src)).toBe(TYPE[kind]);
        expect(strayLines(src, GRAMMAR[kind])).toEqual([]);
        // No payload reaches the source as written: its syntax characters are entity codes.
        expect(src).not.toMatch(/%%|<(?!br>)|javascript:|`|\$\$|&/i);
      }
    }, 60_000);
  }

  test('plan map: the same nodes, edges, classes and no clicks as with plain text', async () => {
    const plain = await parseFlowchart(planDiagram(richPlan(), 'plan'));
    for (const shift of [0, 11, 22]) {
      const parsed = await parseFlowchart(planDiagram(withText(richPlan(), rotated(shift)), 'plan'));
      expect(parsed.nodeIds.sort()).toEqual(plain.nodeIds.sort());
      expect(parsed.edges).toEqual(plain.edges);
      expect(parsed.classNames.sort()).toEqual(plain.classNames.sort());
      expect([...parsed.nodeClasses].sort()).toEqual([...plain.nodeClasses].sort());
      expect(parsed.links).toBe(0);
      expect(parsed.boundFunctions).toBe(plain.boundFunctions);
    }
  }, 60_000);
});

describe('rollout diagrams with advisory triggers in district, campus and cohort names', () => {
  test('a district stage chart parses, and only its title label differs from a plainly named one', async () => {
    const chart = (name: string) => {
      const made = createDistrictRollout({ name, id: 'd', campuses: [{ id: 'c', name, wave: 1, teachers: 5 }] });
      if (!made.ok) throw new Error(made.errors.join('; '));
      made.actor.send({ type: 'leadership.changed', at: '2024-01-15', leader: name });
      const snapshot = made.actor.getSnapshot();
      const campus = snapshot.children['c']?.getSnapshot() as CampusSnapshot;
      const charts = { district: rolloutStateDiagram(snapshot), campus: campusStateDiagram(campus) };
      made.actor.stop();
      return charts;
    };
    const plain = chart('Plain district');
    for (const [index, name] of ADVISORY_TEXTS.entries()) {
      const hostile = chart(name);
      for (const which of ['district', 'campus'] as const) {
        expect(shape(hostile[which]), `${which} chart named ${JSON.stringify(name)}`).toEqual(shape(plain[which]));
        // Parsing a state diagram is slow here: the first payload of each trigger is parsed.
        if (FIRST_OF_EACH_TRIGGER.has(index)) expect(await parseDiagram(hostile[which])).toBe('stateDiagram');
      }
    }
  }, 60_000);

  test('a cohort map parses, with the same nodes, classes and no clicks as with plain names', async () => {
    const map = (names: readonly string[]) => {
      const made = createCohort({ name: names[0] ?? 'x', districts: names.slice(0, 12).map((name, index) => ({ id: `d${index}`, name })) });
      if (!made.ok) throw new Error(made.errors.join('; '));
      made.actor.send({ type: 'district.send', districtId: 'd1', event: { type: 'leadership.changed', at: '2024-02-01' } });
      made.actor.send({ type: 'district.send', districtId: 'd2', event: { type: 'rollout.decline', at: '2024-02-01', reason: 'merged' } });
      const src = cohortDiagram(summarizeCohort(made.actor.getSnapshot()));
      made.actor.stop();
      return src;
    };
    const plainSrc = map(ADVISORY_TEXTS.map((_, index) => `District ${index}`));
    const plain = await parseFlowchart(plainSrc);
    for (const shift of [0, 12, 24]) {
      const src = map(rotated(shift));
      expect(shape(src)).toEqual(shape(plainSrc));
      const parsed = await parseFlowchart(src);
      expect(parsed.nodeIds.sort()).toEqual(plain.nodeIds.sort());
      expect(parsed.classNames.sort()).toEqual(plain.classNames.sort());
      expect(parsed.links).toBe(0);
      expect(parsed.boundFunctions).toBe(plain.boundFunctions);
    }
  }, 60_000);
});
