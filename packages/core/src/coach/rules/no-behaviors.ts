import { defineRule } from '../rule.ts';

/** A plan with no vital behavior cannot change anything. */
export const noBehaviors = defineRule('no-behaviors', ['behaviors'], (context) =>
  context.plan.behaviors.length === 0 ? [context.finding('no-behaviors', ['behaviors'], {})] : [],
);
