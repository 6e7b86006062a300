import { describe, expect, test } from 'vitest';
import {
  LANGUAGES,
  PlanDocumentSchema,
  SOURCES,
  TEMPLATES,
  TEMPLATE_NAMES,
  checkReferences,
  coachPlan,
  createPlanFromTemplate,
  isTemplateName,
  parsePlanDocument,
  serializePlan,
  toPlanDocument,
  type Plan,
  type TemplateName,
} from '../../src/index.ts';

const NOW = new Date('2026-03-02T15:04:05.000Z');

/** Fields that hold sentences for people; everything else is ids, enums, numbers or dates. */
const TEXT_KEYS = new Set([
  'title', 'name', 'location', 'problemOfPractice', 'beliefStatement', 'statement', 'unit', 'note',
  'who', 'action', 'measuredBy', 'text', 'when', 'practice', 'description', 'owner', 'role', 'reach',
]);

/** The plan with every sentence blanked out: what must not change between languages. */
function skeleton(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => skeleton(item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]));
  }
  return TEXT_KEYS.has(key) ? '<text>' : value;
}

/** Every sentence in the plan, in a stable order. */
function sentences(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => sentences(item));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => sentences(v, k));
  return TEXT_KEYS.has(key) && typeof value === 'string' ? [value] : [];
}

const cases = TEMPLATE_NAMES.flatMap((name) => LANGUAGES.map((language) => [name, language] as const));

describe.each(cases)('template %s in %s', (name, language) => {
  const plan = createPlanFromTemplate(name, { language, now: NOW });

  test('is a valid plan file with every link resolving', () => {
    const checked = PlanDocumentSchema.safeParse(toPlanDocument(plan));
    expect(checked.success ? [] : checked.error.issues).toEqual([]);
    expect(checkReferences(plan)).toEqual([]);
  });

  test('reads back from its saved file unchanged', () => {
    const read = parsePlanDocument(serializePlan(plan));
    expect(read.ok ? read.plan : read.errors).toEqual(plan);
  });

  test('is written in the requested language and dated now', () => {
    expect(plan.language).toBe(language);
    expect(plan.createdAt).toBe(NOW.toISOString());
    expect(plan.updatedAt).toBe(NOW.toISOString());
  });
});

describe.each(TEMPLATE_NAMES)('template %s in both languages', (name) => {
  const en = createPlanFromTemplate(name, { language: 'en', now: NOW, id: 'plan-x' });
  const es = createPlanFromTemplate(name, { language: 'es', now: NOW, id: 'plan-x' });

  test('has the same ids, figures, dates and sources in English and Spanish', () => {
    expect(skeleton(es)).toEqual(skeleton({ ...en, language: 'es' }));
  });

  test('translates its sentences (names of people and places may stay the same)', () => {
    const english = sentences(en);
    const spanish = sentences(es);
    const same = english.filter((sentence, i) => sentence !== '' && sentence === spanish[i]);
    // Proper names (people, "Socorro ISD", "El Paso, Texas") are the only sentences allowed to match.
    for (const sentence of same) expect(sentence).toMatch(/^(?:[A-Z][\w.]*\.?\s?)+(?:, [A-Z]\w+)?$/);
    expect(same.length).toBeLessThanOrEqual(english.filter((s) => s !== '').length / 4);
  });
});

test('parts keep readable ids across calls; only the plan id is fresh', () => {
  const first = createPlanFromTemplate('socorro-literacy', { now: NOW });
  const second = createPlanFromTemplate('socorro-literacy', { now: NOW });
  expect(first.id).not.toBe(second.id);
  expect({ ...first, id: '' }).toEqual({ ...second, id: '' });
  expect(first.behaviors.map((b) => b.id)).toContain('beh-data-digs');
});

test('an unknown template name is refused', () => {
  expect(() => createPlanFromTemplate('socorro' as TemplateName)).toThrow(RangeError);
  expect(isTemplateName('socorro')).toBe(false);
  expect(TEMPLATE_NAMES.every(isTemplateName)).toBe(true);
});

test('every template has a title and a one-line description in each language', () => {
  expect(Object.keys(TEMPLATES).sort()).toEqual([...TEMPLATE_NAMES].sort());
  for (const name of TEMPLATE_NAMES) {
    const info = TEMPLATES[name];
    expect(info.name).toBe(name);
    for (const language of LANGUAGES) {
      expect(info.title[language].trim()).not.toBe('');
      expect(info.description[language]).not.toMatch(/\n/);
    }
    expect(info.title.es).not.toBe(info.title.en);
    expect(info.description.es).not.toBe(info.description.en);
  }
});

describe('socorro-literacy carries the real figures', () => {
  const plans = LANGUAGES.map((language) => createPlanFromTemplate('socorro-literacy', { language, now: NOW }));

  test.each(plans)('third-grade reading: 49% in 2019, 79% target and result in 2024 ($language)', (plan) => {
    const reading = plan.result.measures[0];
    expect(reading?.baseline).toMatchObject({ value: 49 });
    expect(reading?.baseline.date?.slice(0, 4)).toBe('2019');
    expect(reading?.target).toMatchObject({ value: 79 });
    expect(reading?.target.date?.slice(0, 4)).toBe('2024');
    expect(reading?.observations.map((o) => [o.date.slice(0, 4), o.value])).toEqual([['2024', 79]]);
    expect(plan.result.statement).toMatch(/49%.*79%.*2024/);
    expect(plan.problemOfPractice).toMatch(/2019.*49%/);
  });

  test.each(plans)('district profile, two pilot campuses, data digs every three weeks ($language)', (plan) => {
    expect(plan.organization).toMatchObject({ name: 'Socorro ISD', students: 41_357, campuses: 41, teachers: 2_493 });
    const pilotPrincipals = plan.influencers.filter((i) => /Butler|Hilley/.test(i.role) && /Principal|Directora/.test(i.role));
    expect(new Set(pilotPrincipals.map((i) => i.role.match(/Butler|Hilley/)?.[0])).size).toBe(2);
    expect(plan.result.measures.some((m) => m.cadence === 'every-three-weeks')).toBe(true);
    const digs = plan.behaviors.find((b) => b.id === 'beh-data-digs');
    expect(digs?.action).toMatch(/every three weeks|cada tres semanas/i);
  });

  test.each(plans)('a strong plan: 2-4 behaviors, all six sources, owners and dates ($language)', (plan) => {
    expect(plan.behaviors.length).toBeGreaterThanOrEqual(2);
    expect(plan.behaviors.length).toBeLessThanOrEqual(4);
    expect(new Set(plan.strategies.map((s) => s.source))).toEqual(new Set(SOURCES));
    for (const strategy of plan.strategies) {
      expect(strategy.owner, strategy.id).toBeTruthy();
      expect(strategy.start, strategy.id).toBeDefined();
      expect(strategy.due, strategy.id).toBeDefined();
      expect(strategy.behaviorIds.length, strategy.id).toBeGreaterThan(0);
    }
    for (const list of [plan.crucialMoments, plan.positiveDeviants, plan.cultureBusters]) {
      expect(list.length).toBeGreaterThan(0);
    }
    expect(plan.influencers.some((i) => i.kind === 'organizational' && /superint/i.test(i.role))).toBe(true);
  });
});

describe('district-blended-learning keeps the defects of a real draft', () => {
  const plan: Plan = createPlanFromTemplate('district-blended-learning', { now: NOW });

  test('its result has no number and no date, and its measure no baseline or target', () => {
    expect(plan.result.statement).not.toMatch(/\d/);
    const measure = plan.result.measures[0];
    expect(measure?.baseline.value).toBeUndefined();
    expect(measure?.target.value).toBeUndefined();
    expect(measure?.target.date).toBeUndefined();
  });

  test('it names the practitioner plan’s influencers and three vital behaviors', () => {
    expect(plan.influencers.map((i) => i.name)).toEqual([
      'Superintendent',
      'Instructional technologist',
      'Curriculum coordinator',
      'Campus technology coaches',
    ]);
    expect(plan.behaviors).toHaveLength(3);
    expect(plan.behaviors.filter((b) => b.measuredBy === '').length).toBeGreaterThan(0);
    expect(plan.strategies.some((s) => s.source === 'structural-motivation')).toBe(false);
  });
});

test('the blank template is an empty plan', () => {
  for (const [language, title] of [['en', 'Untitled plan'], ['es', 'Plan sin título']] as const) {
    const plan = createPlanFromTemplate('blank', { language, now: NOW });
    expect(plan.title).toBe(title);
    expect(sentences(plan).filter((s) => s !== '' && s !== title)).toEqual([]);
    expect(plan.behaviors).toEqual([]);
    expect(plan.strategies).toEqual([]);
    expect(plan.result.measures).toEqual([]);
  }
});

describe('what the coach says about the templates', () => {
  test.each(LANGUAGES)('socorro-literacy: no errors, and nothing to fix in its behaviors or strategies (%s)', (language) => {
    const plan = createPlanFromTemplate('socorro-literacy', { language, now: NOW });
    const { findings } = coachPlan(plan, { today: '2026-11-23' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const onBehaviorsOrStrategies = findings.filter((f) =>
      f.paths.some((path) => /^(behaviors|strategies|crucialMoments|positiveDeviants|cultureBusters)\b/.test(path)),
    );
    expect(onBehaviorsOrStrategies).toEqual([]);
  });

  test.each(LANGUAGES)('district-blended-learning: the unmeasurable result blocks approval (%s)', (language) => {
    const plan = createPlanFromTemplate('district-blended-learning', { language, now: NOW });
    const { findings } = coachPlan(plan, { today: '2026-11-23' });
    const errors = findings.filter((f) => f.severity === 'error').map((f) => f.code);
    expect(errors).toContain('result-not-measurable');
    expect(findings.filter((f) => f.severity === 'warning').length).toBeGreaterThan(3);
  });
});
