/**
 * A plan that carries the triggers of mermaid's published advisories (listed, with what each
 * tries, in the core's `test/support/mermaid-advisories.ts`) in every text field, for the
 * end-to-end diagram tests.
 */
import { createPlanFromTemplate, serializePlan, type Plan } from '@sixsources/core';
import { ADVISORY_PAYLOADS } from '../../../packages/core/test/support/mermaid-advisories.ts';
import type { UploadFile } from './app.ts';

export { ADVISORY_PAYLOADS, type AdvisoryPayload, type AdvisoryTrigger } from '../../../packages/core/test/support/mermaid-advisories.ts';

/** The most characters a one-line plan field holds. */
const SHORT_MAX = 300;
/** One-line fields of a plan, by key. */
const SHORT_KEYS = new Set(['title', 'name', 'unit', 'who', 'owner', 'role', 'reach', 'location']);
/** Long text fields of a plan, by key. */
const LONG_KEYS = new Set(['note', 'statement', 'action', 'measuredBy', 'text', 'when', 'practice', 'description', 'problemOfPractice', 'beliefStatement']);

/** Text with whitespace removed: how the payloads are found in a picture whose labels wrap. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The Socorro plan with every text field replaced by advisory payloads. Each field leads with a
 * different payload (a diagram shows a label's first 80–120 characters), then holds as many of
 * the others as fit: all of them in long fields, a few in one-line fields. Strategies are
 * repeated so that every payload leads some strategy's description, which the plan map and
 * the timeline show. The title ends with `Hostile plan`, to find it in the library.
 */
export function advisoryPlan(): Plan {
  const template = createPlanFromTemplate('socorro-literacy', { now: new Date('2024-01-15T12:00:00Z') });
  const strategies = Array.from({ length: Math.ceil(ADVISORY_PAYLOADS.length / template.strategies.length) }, (_, round) =>
    template.strategies.map((strategy) => (round === 0 ? strategy : { ...strategy, id: `${strategy.id}-${round}` })),
  )
    .flat()
    .slice(0, Math.max(template.strategies.length, ADVISORY_PAYLOADS.length));
  const base: Plan = {
    ...template,
    organization: { ...template.organization, location: template.organization.location ?? 'El Paso, Texas' },
    strategies: strategies.map((strategy) => ({ ...strategy, owner: strategy.owner ?? 'Coach' })),
    result: {
      ...template.result,
      // Every measure gets a baseline, a target and a noted observation: its chart has data
      // to draw (mermaid 12.3 cannot draw a chart with none) and its notes carry payloads too.
      measures: template.result.measures.map((measure) => ({
        ...measure,
        baseline: measure.baseline.value === undefined ? { value: 10, date: '2023-09-01' } : measure.baseline,
        target: measure.target.value === undefined ? { value: 40, date: '2025-06-01' } : measure.target,
        observations: (measure.observations.length > 0 ? measure.observations : [{ id: `${measure.id}-first`, date: '2024-01-10', value: 18 }]).map(
          (observation) => ({ ...observation, note: observation.note ?? 'note' }),
        ),
      })),
    },
  };
  // Per key, so that the strategies' descriptions take the payloads in order, each once.
  const turns = new Map<string, number>();
  const fill = (key: string): string => {
    const turn = turns.get(key) ?? 0;
    turns.set(key, turn + 1);
    const rotated = [...ADVISORY_PAYLOADS.slice(turn % ADVISORY_PAYLOADS.length), ...ADVISORY_PAYLOADS.slice(0, turn % ADVISORY_PAYLOADS.length)].map((p) => p.text);
    if (LONG_KEYS.has(key)) return rotated.join(' ');
    let text = rotated[0] as string;
    for (const next of rotated.slice(1)) {
      if (text.length + 1 + next.length > SHORT_MAX - 20) break;
      text = `${text} ${next}`;
    }
    return text;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      out[key] = typeof field === 'string' && (SHORT_KEYS.has(key) || LONG_KEYS.has(key)) ? fill(key) : walk(field);
    }
    return out;
  };
  const plan = walk(base) as Plan;
  return { ...plan, title: `${plan.title.slice(0, SHORT_MAX - 20)} Hostile plan` };
}

/** The advisory plan as a file to import. */
export function advisoryPlanFile(): UploadFile {
  return { name: 'mermaid-advisories.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan(advisoryPlan()), 'utf8') };
}
