import { defineRule } from '../rule.ts';

/**
 * An error, not a warning: a vital behavior that no strategy supports is a hope rather
 * than a plan, and approving it would send people to change with no help at all. It is
 * also the cheapest finding to fix (add one strategy), so blocking approval costs little.
 */
export const behaviorNoStrategy = defineRule('behavior-no-strategy', ['behaviors', 'strategies'], (context) =>
  context.findEach(context.plan.behaviors, (behavior, index) =>
    (context.strategiesOfBehavior[index]?.length ?? 0) === 0
      ? context.finding('behavior-no-strategy', [`behaviors.${index}`], {
          behaviorId: behavior.id,
          behavior: context.behaviorLabel(index),
        })
      : undefined,
  ),
);
