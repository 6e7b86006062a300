/** Plan files for import tests, made with the core so they are valid unless a test breaks them on purpose. */
import { createPlanFromTemplate, serializePlan, type Plan } from '@sixsources/core';
import { HOSTILE_LABEL, HOSTILE_LABELS } from './hostile.ts';
import type { UploadFile } from './app.ts';

/** The Socorro plan with a hostile label in every field a screen shows. */
export function hostilePlan(): Plan {
  const plan = createPlanFromTemplate('socorro-literacy', { now: new Date('2024-01-15T12:00:00Z') });
  // Long fields get every payload; one-line fields (at most 300 characters) get one each, in turn.
  let turn = 0;
  const label = (text: string) => `${HOSTILE_LABEL} ${text}`;
  const short = (text: string) => `${HOSTILE_LABELS[turn++ % HOSTILE_LABELS.length]} ${text}`.slice(0, 300);
  return {
    ...plan,
    title: short('Hostile plan'),
    organization: { ...plan.organization, name: short(plan.organization.name) },
    problemOfPractice: label(plan.problemOfPractice),
    result: {
      statement: label(plan.result.statement),
      measures: plan.result.measures.map((measure) => ({
        ...measure,
        name: short(measure.name),
        unit: short('%'),
        observations: measure.observations.map((observation) => ({ ...observation, note: label(observation.note ?? '') })),
      })),
    },
    behaviors: plan.behaviors.map((behavior) => ({ ...behavior, who: short(behavior.who), action: label(behavior.action) })),
    strategies: plan.strategies.map((strategy) => ({ ...strategy, description: label(strategy.description) })),
    crucialMoments: plan.crucialMoments.map((moment) => ({ ...moment, when: label(moment.when) })),
    influencers: plan.influencers.map((influencer) => ({ ...influencer, name: short(influencer.name) })),
  };
}

/** A plan file (JSON text) as an upload. */
export function planUpload(text: string, name = 'plan.json'): UploadFile {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

/** A valid plan file whose labels carry script payloads: it imports, and must stay inert. */
export function hostileLabelsFile(): UploadFile {
  return planUpload(serializePlan(hostilePlan()), 'hostile-labels.json');
}

/** A file with script payloads in labels and `__proto__` / `constructor` keys: it must be refused. */
export function pollutingFile(): UploadFile {
  const text = serializePlan(hostilePlan())
    .replace('"plan": {', '"plan": { "__proto__": { "pwned": true }, "constructor": { "prototype": { "pwned": true } },')
    .replace('"format"', '"__proto__": { "isAdmin": true },\n  "format"');
  return planUpload(text, 'polluting.json');
}
