/** What a template writes: a whole plan except the fields every new plan gets fresh. */
import type { Plan } from '../plan/schema.ts';
import type { Say } from './text.ts';

/** The parts of a plan a template decides; id, language and timestamps are set on creation. */
export type PlanBody = Omit<Plan, 'id' | 'language' | 'createdAt' | 'updatedAt'>;

/** Builds a template's plan body in the language `say` speaks. */
export type TemplateBuilder = (say: Say) => PlanBody;
