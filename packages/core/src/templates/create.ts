/** Makes a new plan from one of the templates. */
import type { Language, Plan } from '../plan/schema.ts';
import { newId } from '../plan/ids.ts';
import type { TemplateBuilder } from './body.ts';
import { blankPlan } from './blank.ts';
import { districtBlendedLearningPlan } from './district-blended-learning.ts';
import { isTemplateName, TEMPLATE_NAMES, type TemplateName } from './names.ts';
import { socorroLiteracyPlan } from './socorro-literacy.ts';
import { sayIn } from './text.ts';

const BUILDERS: Readonly<Record<TemplateName, TemplateBuilder>> = {
  'socorro-literacy': socorroLiteracyPlan,
  'district-blended-learning': districtBlendedLearningPlan,
  blank: blankPlan,
};

/** Choices for a plan made from a template. */
export interface TemplateOptions {
  /** Language of every sentence in the plan; English when not given. */
  language?: Language;
  /** When the plan is created: sets `createdAt` and `updatedAt`. Defaults to the current time. */
  now?: Date;
  /** The new plan's id; a fresh `plan-…` id when not given, so two plans never collide. */
  id?: string;
}

/**
 * A new, valid plan filled from the named template, in English or Spanish.
 * Parts of the plan keep readable ids that are the same every time (`beh-data-digs`);
 * only the plan's own id is fresh. Throws a `RangeError` for a name not in `TEMPLATE_NAMES`.
 */
export function createPlanFromTemplate(name: TemplateName, options: TemplateOptions = {}): Plan {
  // Callers from JavaScript or a command line can pass any string.
  if (!isTemplateName(name)) {
    throw new RangeError(`unknown template "${String(name)}"; templates are ${TEMPLATE_NAMES.join(', ')}`);
  }
  const language = options.language ?? 'en';
  const now = (options.now ?? new Date()).toISOString();
  const { title, ...body } = BUILDERS[name](sayIn(language));
  // Keys in the schema's order, so saved files read the same whatever made them.
  return { id: options.id ?? newId('plan'), title, language, ...body, createdAt: now, updatedAt: now };
}
