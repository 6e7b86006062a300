import { describe, expect, it } from 'vitest';
import { coachPlan } from '../../src/coach/index.ts';
import { TODAY, cleanPlan, findingsOf } from './plans.ts';

describe('crucial-moment-unlinked', () => {
  it('passes a moment linked to a behavior', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'crucial-moment-unlinked')).toEqual([]);
  });

  it('warns about a moment with no links, or only links to behaviors that are gone', () => {
    const plan = cleanPlan();
    plan.crucialMoments.push(
      { id: 'mom-empty', when: 'When the data dig is cancelled.', behaviorIds: [] },
      { id: 'mom-stale', when: 'When a new student arrives.', behaviorIds: ['beh-deleted'] },
    );
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'crucial-moment-unlinked');
    expect(findings.map((finding) => [finding.severity, finding.paths, finding.params.momentId])).toEqual([
      ['warning', ['crucialMoments.1.behaviorIds'], 'mom-empty'],
      ['warning', ['crucialMoments.2.behaviorIds'], 'mom-stale'],
    ]);
  });
});

describe('culture-buster-uncountered', () => {
  it('passes a buster linked to a behavior that strategies support', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'culture-buster-uncountered')).toEqual([]);
  });

  it('warns about a buster linked to no behavior', () => {
    const plan = cleanPlan();
    plan.cultureBusters = [{ id: 'bus-x', description: 'Nobody admits a lesson went badly.', behaviorIds: [] }];
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'culture-buster-uncountered');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        paths: ['cultureBusters.0.behaviorIds'],
        params: expect.objectContaining({ busterId: 'bus-x', reason: 'unlinked' }),
      }),
    ]);
  });

  it('warns, pointing at the behaviors, when none of them has a strategy', () => {
    const plan = cleanPlan();
    plan.strategies = plan.strategies.map((item) => ({ ...item, behaviorIds: ['beh-data-dig'] }));
    plan.cultureBusters = [{ id: 'bus-x', description: 'Nobody admits a lesson went badly.', behaviorIds: ['beh-reteach'] }];
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'culture-buster-uncountered');
    expect(findings).toEqual([
      expect.objectContaining({
        paths: ['cultureBusters.0', 'behaviors.1'],
        params: expect.objectContaining({ reason: 'no-strategy' }),
      }),
    ]);
  });

  it('counts a buster as countered when one of its behaviors has a strategy', () => {
    const plan = cleanPlan();
    plan.strategies = plan.strategies.map((item) => ({ ...item, behaviorIds: ['beh-data-dig'] }));
    plan.cultureBusters = [
      { id: 'bus-x', description: 'Nobody admits a lesson went badly.', behaviorIds: ['beh-reteach', 'beh-data-dig'] },
    ];
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'culture-buster-uncountered')).toEqual([]);
  });
});

describe('positive-deviant-unused', () => {
  it('passes a deviant whose practice is linked to a behavior', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'positive-deviant-unused')).toEqual([]);
  });

  it('notes, as info, a deviant linked to nothing', () => {
    const plan = cleanPlan();
    plan.positiveDeviants.push({ id: 'dev-x', who: 'Mr. Ortiz', practice: 'Reads aloud daily.', behaviorIds: [] });
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'positive-deviant-unused');
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'info', paths: ['positiveDeviants.1.behaviorIds'], params: { deviantId: 'dev-x', deviant: 'Mr. Ortiz' } }),
    ]);
  });
});
