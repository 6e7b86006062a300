import type { Source } from '../../plan/sources.ts';
import { defineRule } from '../rule.ts';
import { hasSource } from '../source-set.ts';

const MOTIVATION_FIRST: readonly Source[] = ['personal-motivation', 'social-motivation'];

/**
 * Rewards come third: a behavior with structural-motivation strategies (rewards,
 * accountability) must also have personal and social motivation. Paths: the behavior,
 * then its reward strategies.
 */
export const rewardsBeforeMotivation = defineRule('rewards-before-motivation', ['behaviors', 'strategies'], (context) =>
  context.findEach(context.plan.behaviors, (behavior, index) => {
    const sources = context.sourcesOfBehavior[index] ?? 0;
    if (!hasSource(sources, 'structural-motivation')) return undefined;
    const missing = MOTIVATION_FIRST.filter((source) => !hasSource(sources, source));
    if (missing.length === 0) return undefined;
    const paths = [`behaviors.${index}`];
    for (const strategyIndex of context.strategiesOfBehavior[index] ?? []) {
      if (context.plan.strategies[strategyIndex]?.source === 'structural-motivation') {
        paths.push(`strategies.${strategyIndex}`);
      }
    }
    return context.finding('rewards-before-motivation', paths, {
      behaviorId: behavior.id,
      behavior: context.behaviorLabel(index),
      missingSources: missing.join(','),
      rewardCount: paths.length - 1,
    });
  }),
);
