import { defineRule } from '../rule.ts';

/** Most changes turn on two or three vital behaviors; past this many, focus is lost. */
export const MAX_VITAL_BEHAVIORS = 4;

/** More than `MAX_VITAL_BEHAVIORS` behaviors spreads the plan thin. */
export const tooManyBehaviors = defineRule('too-many-behaviors', ['behaviors'], (context) => {
  const count = context.plan.behaviors.length;
  if (count <= MAX_VITAL_BEHAVIORS) return [];
  return [context.finding('too-many-behaviors', ['behaviors'], { count, limit: MAX_VITAL_BEHAVIORS })];
});
