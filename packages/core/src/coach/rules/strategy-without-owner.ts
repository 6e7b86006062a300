import { isOpen } from '../status.ts';
import { defineRule } from '../rule.ts';
import { isBlank } from '../values.ts';

/** Work still to do needs a named owner; done and dropped strategies need none. */
export const strategyWithoutOwner = defineRule('strategy-without-owner', ['behaviors', 'strategies'], (context) =>
  context.findEach(context.plan.strategies, (strategy, index) =>
    isOpen(strategy.status) && isBlank(strategy.owner)
      ? context.finding('strategy-without-owner', [`strategies.${index}.owner`], {
          strategyId: strategy.id,
          strategy: context.strategyLabel(index),
        })
      : undefined,
  ),
);
