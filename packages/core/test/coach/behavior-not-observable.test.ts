import { describe, expect, it } from 'vitest';
import { coachPlan, findUnobservablePhrasing } from '../../src/coach/index.ts';
import type { Plan } from '../../src/plan/schema.ts';
import { TODAY, cleanPlan, findingsOf } from './plans.ts';

/** The clean plan with its second behavior's action replaced. */
function withAction(action: string, language: Plan['language'] = 'en'): Plan {
  const plan = cleanPlan();
  plan.language = language;
  plan.behaviors = plan.behaviors.map((behavior, index) => (index === 1 ? { ...behavior, action } : behavior));
  return plan;
}

describe('behavior-not-observable', () => {
  it('warns at the action, naming the kind and the word, with a who-does-what-when suggestion', () => {
    const findings = findingsOf(coachPlan(withAction('Teachers embrace blended learning.'), { today: TODAY }), 'behavior-not-observable');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        paths: ['behaviors.1.action'],
        params: expect.objectContaining({ behaviorId: 'beh-reteach', kind: 'feeling', term: 'embrace' }),
      }),
    ]);
    expect(findings[0]?.suggestion).toMatch(/who does what, and when/);
  });

  it('speaks Spanish for a Spanish plan', () => {
    const plan = withAction('Los maestros serán evaluados según el uso de las estaciones.', 'es');
    const [finding] = findingsOf(coachPlan(plan, { today: TODAY }), 'behavior-not-observable');
    expect(finding?.params).toMatchObject({ kind: 'policy', term: 'serán evaluados' });
    expect(finding?.message).toContain('una norma');
    expect(finding?.suggestion).toContain('quién hace qué y cuándo');
  });

  it.each([
    ['Reading scores rise by spring.', 'outcome', 'scores rise'],
    ['Students improve their fluency.', 'outcome', 'improve'],
    ['Increase third-grade reading achievement.', 'outcome', 'increase'],
    ['Close the achievement gap between campuses.', 'outcome', 'achievement'],
    ['Teachers embrace station rotation.', 'feeling', 'embrace'],
    ['Teachers understand why small groups matter.', 'feeling', 'understand'],
    ['Principals support the initiative.', 'feeling', 'support'],
    ['Teachers value data-driven instruction.', 'feeling', 'value'],
    ['Staff appreciate the new schedule.', 'feeling', 'appreciate'],
    ['Teachers are comfortable with the devices.', 'feeling', 'are comfortable'],
    ['Teachers need to understand the framework.', 'feeling', 'understand'],
    ['Teachers will be evaluated on their use of stations.', 'policy', 'will be evaluated on'],
    ['All teachers are required to post learning targets.', 'policy', 'are required to'],
    ['Lesson plans must be submitted every Friday.', 'policy', 'must be'],
    ['A district policy on small-group instruction.', 'policy', 'policy'],
  ] as const)('flags %j as %s (%s)', (action, kind, term) => {
    expect(findUnobservablePhrasing(action)).toEqual({ kind, term });
  });

  it.each([
    ['Mejorar los puntajes de lectura de tercer grado.', 'outcome', 'mejorar'],
    ['Que aumenten los resultados en matemáticas.', 'outcome', 'aumenten'],
    ['Los directores apoyan el cambio.', 'feeling', 'apoyan'],
    ['Los docentes COMPRENDEN el modelo.', 'feeling', 'comprenden'],
    ['Los maestros creen en el aprendizaje combinado.', 'feeling', 'creen'],
    ['Los maestros se sientan comodos con la tecnologia.', 'feeling', 'se sientan cómodos'],
    ['Los maestros serán evaluados por su uso de estaciones.', 'policy', 'serán evaluados'],
    ['Nueva politica de agrupamiento.', 'policy', 'política'],
    ['Los maestros deben entregar sus planes.', 'policy', 'deben'],
  ] as const)('flags Spanish %j as %s (%s), with or without accents', (action, kind, term) => {
    expect(findUnobservablePhrasing(action)).toEqual({ kind, term });
  });

  it.each([
    'Teachers meet every three weeks to study station data and regroup students.',
    'Teachers check for understanding at each station before students rotate.',
    'Teachers check that every student understands the task before the rotation starts.',
    'Teachers use exit tickets to improve the next day\u2019s groups.',
    'K-3 teachers study achievement data with their coach every three weeks.',
    'Coaches provide in-class support during the first station rotation of the day.',
    'Principals record the value of each walkthrough tally on the shared board.',
    'Teams run improvement cycles every three weeks and post their glows and grows.',
    'Los maestros crean grupos pequeños después de cada análisis de datos.',
    'Los maestros verifican que los alumnos comprendan antes de rotar.',
    'Los maestros usan boletos de salida para mejorar los grupos del día siguiente.',
    'Los maestros revisan los datos de logro cada tres semanas.',
    // Keywords inside longer words do not count.
    'Teachers reread the supportive-feedback protocol; students mustard-test nothing.',
  ])('does not flag the observable action %j', (action) => {
    expect(findUnobservablePhrasing(action)).toBeUndefined();
    expect(findingsOf(coachPlan(withAction(action), { today: TODAY }), 'behavior-not-observable')).toEqual([]);
  });
});
