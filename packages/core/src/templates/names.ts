/** The names of the plan templates and what they describe. */
import type { Language } from '../plan/schema.ts';

/** Every template `createPlanFromTemplate` knows, in the order apps list them. */
export const TEMPLATE_NAMES = ['socorro-literacy', 'district-blended-learning', 'blank'] as const;

/** The name of one plan template. */
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** True when `value` names a template (for command lines and URLs). */
export function isTemplateName(value: string): value is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** A template as a picker shows it: a title and a one-line description in each language. */
export interface TemplateInfo {
  name: TemplateName;
  title: Readonly<Record<Language, string>>;
  description: Readonly<Record<Language, string>>;
}

/** Title and description of every template, by name. */
export const TEMPLATES: Readonly<Record<TemplateName, TemplateInfo>> = {
  'socorro-literacy': {
    name: 'socorro-literacy',
    title: {
      en: 'Socorro ISD: early literacy through blended learning',
      es: 'Socorro ISD: lectoescritura inicial con aprendizaje combinado',
    },
    description: {
      en: 'A worked example: third-grade reading from 49% to 79%, two pilot campuses, data digs every three weeks.',
      es: 'Un ejemplo completo: lectura de tercer grado del 49% al 79%, dos planteles piloto y análisis de datos cada tres semanas.',
    },
  },
  'district-blended-learning': {
    name: 'district-blended-learning',
    title: {
      en: 'District blended learning (practitioner draft)',
      es: 'Aprendizaje combinado en el distrito (borrador de un practicante)',
    },
    description: {
      en: "A real first draft with the gaps real plans have, so you can see what the coach points out.",
      es: 'Un primer borrador real, con los huecos que tienen los planes reales, para ver lo que señala el asesor.',
    },
  },
  blank: {
    name: 'blank',
    title: { en: 'Blank plan', es: 'Plan en blanco' },
    description: {
      en: 'Start from nothing: an empty plan ready to fill in.',
      es: 'Empiece desde cero: un plan vacío listo para llenar.',
    },
  },
};
