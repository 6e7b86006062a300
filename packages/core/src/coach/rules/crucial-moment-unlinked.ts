import { shorten } from '../labels.ts';
import { defineRule } from '../rule.ts';

/** A crucial moment matters only through the behavior enacted at it. */
export const crucialMomentUnlinked = defineRule('crucial-moment-unlinked', ['crucialMoments', 'behaviors'], (context) =>
  context.findEach(context.plan.crucialMoments, (moment, index) =>
    context.linkedBehaviors(moment.behaviorIds).length === 0
      ? context.finding('crucial-moment-unlinked', [`crucialMoments.${index}.behaviorIds`], {
          momentId: moment.id,
          moment: shorten(moment.when, moment.id),
        })
      : undefined,
  ),
);
