import { shorten } from '../labels.ts';
import { defineRule } from '../rule.ts';

/**
 * A culture buster is countered when it is linked to a vital behavior that at least one
 * strategy supports. Otherwise: unlinked (path: its links), or linked only to behaviors
 * with no strategy (paths: the buster, then those behaviors).
 */
export const cultureBusterUncountered = defineRule('culture-buster-uncountered', ['cultureBusters', 'behaviors', 'strategies'], (context) =>
  context.findEach(context.plan.cultureBusters, (buster, index) => {
    const linked = context.linkedBehaviors(buster.behaviorIds);
    const params = { busterId: buster.id, buster: shorten(buster.description, buster.id) };
    if (linked.length === 0) {
      return context.finding('culture-buster-uncountered', [`cultureBusters.${index}.behaviorIds`], {
        ...params,
        reason: 'unlinked',
      });
    }
    const supported = linked.some((behaviorIndex) => (context.strategiesOfBehavior[behaviorIndex]?.length ?? 0) > 0);
    if (supported) return undefined;
    return context.finding(
      'culture-buster-uncountered',
      [`cultureBusters.${index}`, ...linked.map((behaviorIndex) => `behaviors.${behaviorIndex}`)],
      { ...params, reason: 'no-strategy' },
    );
  }),
);
