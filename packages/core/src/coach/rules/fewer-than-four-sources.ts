import { SOURCES } from '../../plan/sources.ts';
import { RESEARCH_MIN_SOURCES, RESEARCH_SOURCE } from '../research.ts';
import { defineRule } from '../rule.ts';
import { sourceCount, sourcesMissingFrom, withSource } from '../source-set.ts';

/**
 * Each behavior, and the plan as a whole, should draw on at least four sources
 * (MIT Sloan Management Review, Fall 2008). A behavior with no strategy at all is left
 * to `behavior-no-strategy`, which says the same thing more urgently.
 */
export const fewerThanFourSources = defineRule('fewer-than-four-sources', ['behaviors', 'strategies'], (context) => {
  const findings = context.findEach(context.plan.behaviors, (behavior, index) => {
    const sources = context.sourcesOfBehavior[index] ?? 0;
    const count = sourceCount(sources);
    if (count === 0 || count >= RESEARCH_MIN_SOURCES) return undefined;
    return context.finding('fewer-than-four-sources', [`behaviors.${index}`], {
      scope: 'behavior',
      behaviorId: behavior.id,
      behavior: context.behaviorLabel(index),
      sourceCount: count,
      minimum: RESEARCH_MIN_SOURCES,
      missingSources: sourcesMissingFrom(sources).join(','),
      source: RESEARCH_SOURCE,
    });
  });
  const planSources = SOURCES.reduce(
    (set, source) => (context.strategiesBySource[source].length > 0 ? withSource(set, source) : set),
    0,
  );
  const planCount = sourceCount(planSources);
  if (planCount < RESEARCH_MIN_SOURCES) {
    findings.push(
      context.finding('fewer-than-four-sources', ['strategies'], {
        scope: 'plan',
        sourceCount: planCount,
        minimum: RESEARCH_MIN_SOURCES,
        missingSources: sourcesMissingFrom(planSources).join(','),
        source: RESEARCH_SOURCE,
      }),
    );
  }
  return findings;
});
