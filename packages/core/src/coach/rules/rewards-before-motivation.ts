import type { Source } from '../../plan/sources.ts';
import { behaviorLabel } from '../labels.ts';
import { defineRule } from '../rule.ts';
import { hasSource } from '../source-set.ts';

const MOTIVATION_FIRST: readonly Source[] = ['personal-motivation', 'social-motivation'];

/**
 * Rewards come third: a behavior with structural-motivation strategies (rewards,
 * accountability) must also have personal and social motivation. Paths: the behavior,
 * then its reward strategies.
 */
export const rewardsBeforeMotivation = defineRule('rewards-before-motivation', (context) =>
  context.plan.behaviors.flatMap((behavior, index) => {
    const sources = context.sourcesOfBehavior[index] ?? 0;
    if (!hasSource(sources, 'structural-motivation')) return [];
    const missing = MOTIVATION_FIRST.filter((source) => !hasSource(sources, source));
    if (missing.length === 0) return [];
    const rewards = (context.strategiesOfBehavior[index] ?? []).filter(
      (strategyIndex) => context.plan.strategies[strategyIndex]?.source === 'structural-motivation',
    );
    return [
      context.finding(
        'rewards-before-motivation',
        [`behaviors.${index}`, ...rewards.map((strategyIndex) => `strategies.${strategyIndex}`)],
        {
          behaviorId: behavior.id,
          behavior: behaviorLabel(behavior),
          missingSources: missing.join(','),
          rewardCount: rewards.length,
        },
      ),
    ];
  }),
);
