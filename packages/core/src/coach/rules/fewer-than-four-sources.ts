import { SOURCES, type Source } from '../../plan/sources.ts';
import { behaviorLabel } from '../labels.ts';
import { RESEARCH_MIN_SOURCES, RESEARCH_SOURCE } from '../research.ts';
import { defineRule } from '../rule.ts';

const missingFrom = (present: ReadonlySet<Source>): string =>
  SOURCES.filter((source) => !present.has(source)).join(',');

/**
 * Each behavior, and the plan as a whole, should draw on at least four sources
 * (MIT Sloan Management Review, Fall 2008). A behavior with no strategy at all is left
 * to `behavior-no-strategy`, which says the same thing more urgently.
 */
export const fewerThanFourSources = defineRule('fewer-than-four-sources', (context) => {
  const findings = context.plan.behaviors.flatMap((behavior, index) => {
    const sources = context.sourcesOfBehavior[index];
    if (sources === undefined || sources.size === 0 || sources.size >= RESEARCH_MIN_SOURCES) return [];
    return [
      context.finding('fewer-than-four-sources', [`behaviors.${index}`], {
        scope: 'behavior',
        behaviorId: behavior.id,
        behavior: behaviorLabel(behavior),
        sourceCount: sources.size,
        minimum: RESEARCH_MIN_SOURCES,
        missingSources: missingFrom(sources),
        source: RESEARCH_SOURCE,
      }),
    ];
  });
  const planSources = new Set(SOURCES.filter((source) => context.strategiesBySource[source].length > 0));
  if (planSources.size < RESEARCH_MIN_SOURCES) {
    findings.push(
      context.finding('fewer-than-four-sources', ['strategies'], {
        scope: 'plan',
        sourceCount: planSources.size,
        minimum: RESEARCH_MIN_SOURCES,
        missingSources: missingFrom(planSources),
        source: RESEARCH_SOURCE,
      }),
    );
  }
  return findings;
});
