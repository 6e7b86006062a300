import { defineRule } from '../rule.ts';
import { isBlank } from '../values.ts';

/** A behavior nobody counts cannot be managed: `measuredBy` must say how it is observed. */
export const behaviorNotMeasured = defineRule('behavior-not-measured', ['behaviors'], (context) =>
  context.findEach(context.plan.behaviors, (behavior, index) =>
    isBlank(behavior.measuredBy)
      ? context.finding('behavior-not-measured', [`behaviors.${index}.measuredBy`], {
          behaviorId: behavior.id,
          behavior: context.behaviorLabel(index),
        })
      : undefined,
  ),
);
