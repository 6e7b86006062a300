import { SOURCES } from '../../plan/sources.ts';
import { defineRule } from '../rule.ts';

/** Each of the six sources with no strategy (dropped ones aside) in the whole plan. */
export const sourceMissing = defineRule('source-missing', ['behaviors', 'strategies'], (context) =>
  SOURCES.filter((source) => context.strategiesBySource[source].length === 0).map((source) =>
    context.finding('source-missing', ['strategies'], { source }),
  ),
);
