import { describe, expect, it } from 'vitest';
import { RESEARCH_SOURCE, coachPlan } from '../../src/coach/index.ts';
import type { Plan, Strategy } from '../../src/plan/schema.ts';
import type { Source } from '../../src/plan/sources.ts';
import { TODAY, cleanPlan, findingsOf, strategy } from './plans.ts';

/** The clean plan with its strategies replaced. */
const withStrategies = (strategies: Strategy[]): Plan => ({ ...cleanPlan(), strategies });

/** Strategies of `sources`, each targeting both clean-plan behaviors. */
const both = (sources: Source[], extra: Partial<Strategy> = {}): Strategy[] =>
  sources.map((source, index) => strategy(`str-${source}-${index}`, source, ['beh-data-dig', 'beh-reteach'], extra));

describe('fewer-than-four-sources', () => {
  it('passes behaviors and a plan drawing on four sources', () => {
    const plan = withStrategies(
      both(['personal-motivation', 'social-motivation', 'social-ability', 'structural-ability']),
    );
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'fewer-than-four-sources')).toEqual([]);
  });

  it('warns per behavior and for the plan, citing the research', () => {
    // beh-data-dig draws on four sources; beh-reteach only on the two motivation sources.
    const plan = withStrategies([
      ...both(['personal-motivation', 'social-motivation']),
      strategy('str-team', 'social-ability', ['beh-data-dig']),
      strategy('str-board', 'structural-ability', ['beh-data-dig']),
    ]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'fewer-than-four-sources');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      paths: ['behaviors.1'],
      params: {
        scope: 'behavior',
        behaviorId: 'beh-reteach',
        sourceCount: 2,
        minimum: 4,
        source: RESEARCH_SOURCE,
        missingSources: 'personal-ability,social-ability,structural-motivation,structural-ability',
      },
    });
    expect(findings[0]?.message).toContain('MIT Sloan Management Review, Fall 2008');
    expect(findings[0]?.message).toContain('10 times');
  });

  it('warns for the plan as a whole when it uses three sources', () => {
    const plan = withStrategies(both(['personal-motivation', 'social-motivation', 'structural-ability']));
    const planFinding = findingsOf(coachPlan(plan, { today: TODAY }), 'fewer-than-four-sources').find(
      (finding) => finding.params.scope === 'plan',
    );
    expect(planFinding).toMatchObject({ paths: ['strategies'], params: { sourceCount: 3, source: RESEARCH_SOURCE } });
  });

  it('does not count a dropped strategy as a source', () => {
    const plan = withStrategies([
      ...both(['personal-motivation', 'social-motivation', 'social-ability']),
      ...both(['structural-ability'], { status: 'dropped' }),
    ]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'fewer-than-four-sources');
    expect(findings.map((finding) => finding.paths[0])).toEqual(['behaviors.0', 'behaviors.1', 'strategies']);
  });
});

describe('source-missing', () => {
  it('passes when all six sources have a strategy', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'source-missing')).toEqual([]);
  });

  it('names each source with no strategy, dropped ones not counting', () => {
    const plan = cleanPlan();
    plan.strategies = plan.strategies
      .filter((item) => item.source !== 'social-ability')
      .map((item) => (item.source === 'personal-ability' ? { ...item, status: 'dropped' as const } : item));
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'source-missing');
    expect(findings.map((finding) => [finding.severity, finding.paths, finding.params.source])).toEqual([
      ['warning', ['strategies'], 'personal-ability'],
      ['warning', ['strategies'], 'social-ability'],
    ]);
  });
});

describe('rewards-before-motivation', () => {
  it('passes rewards that come after personal and social motivation', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'rewards-before-motivation')).toEqual([]);
  });

  it('warns about rewards for a behavior with no social motivation, pointing at the rewards', () => {
    const plan = withStrategies([
      strategy('str-pm', 'personal-motivation', ['beh-data-dig', 'beh-reteach']),
      strategy('str-sm', 'social-motivation', ['beh-data-dig']),
      strategy('str-bonus', 'structural-motivation', ['beh-data-dig', 'beh-reteach']),
    ]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'rewards-before-motivation');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        paths: ['behaviors.1', 'strategies.2'],
        params: expect.objectContaining({ behaviorId: 'beh-reteach', missingSources: 'social-motivation', rewardCount: 1 }),
      }),
    ]);
  });

  it('says nothing when there are no rewards, however thin motivation is', () => {
    const plan = withStrategies(both(['structural-ability', 'personal-ability']));
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'rewards-before-motivation')).toEqual([]);
  });
});
