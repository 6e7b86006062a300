import { countsAsInfluence } from '../status.ts';
import { defineRule } from '../rule.ts';

/** A strategy (dropped ones aside) must aim at a vital behavior that exists in the plan. */
export const strategyNoBehavior = defineRule('strategy-no-behavior', ['behaviors', 'strategies'], (context) =>
  context.findEach(context.plan.strategies, (strategy, index) =>
    countsAsInfluence(strategy.status) && !context.strategyTargetsBehavior[index]
      ? context.finding('strategy-no-behavior', [`strategies.${index}.behaviorIds`], {
          strategyId: strategy.id,
          strategy: context.strategyLabel(index),
        })
      : undefined,
  ),
);
