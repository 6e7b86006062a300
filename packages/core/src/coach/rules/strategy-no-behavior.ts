import { countsAsInfluence } from '../context.ts';
import { shorten } from '../labels.ts';
import { defineRule } from '../rule.ts';

/** A strategy (dropped ones aside) must aim at a vital behavior that exists in the plan. */
export const strategyNoBehavior = defineRule('strategy-no-behavior', (context) =>
  context.plan.strategies.flatMap((strategy, index) =>
    countsAsInfluence(strategy.status) && !context.strategyTargetsBehavior[index]
      ? [
          context.finding('strategy-no-behavior', [`strategies.${index}.behaviorIds`], {
            strategyId: strategy.id,
            strategy: shorten(strategy.description, strategy.id),
          }),
        ]
      : [],
  ),
);
