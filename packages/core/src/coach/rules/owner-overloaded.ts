import { defineRule } from '../rule.ts';

/** Initiative fatigue: one owner carrying more open strategies than `ownerLoadLimit`. */
export const ownerOverloaded = defineRule('owner-overloaded', ['behaviors', 'strategies'], (context) =>
  context.ownerLoads
    .filter((load) => load.strategyIndexes.length > context.ownerLoadLimit)
    .map((load) =>
      context.finding(
        'owner-overloaded',
        load.strategyIndexes.map((index) => `strategies.${index}.owner`),
        { owner: load.owner, count: load.strategyIndexes.length, limit: context.ownerLoadLimit },
      ),
    ),
);
