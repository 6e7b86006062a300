import { shorten } from '../labels.ts';
import { defineRule } from '../rule.ts';

/** What positive deviants do differently should become (or shape) a vital behavior. */
export const positiveDeviantUnused = defineRule('positive-deviant-unused', ['positiveDeviants', 'behaviors'], (context) =>
  context.findEach(context.plan.positiveDeviants, (deviant, index) =>
    context.linkedBehaviors(deviant.behaviorIds).length === 0
      ? context.finding('positive-deviant-unused', [`positiveDeviants.${index}.behaviorIds`], {
          deviantId: deviant.id,
          deviant: shorten(deviant.who, deviant.id),
        })
      : undefined,
  ),
);
