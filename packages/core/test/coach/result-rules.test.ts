import { describe, expect, it } from 'vitest';
import { coachPlan } from '../../src/coach/index.ts';
import type { Measure, Plan } from '../../src/plan/schema.ts';
import { TODAY, cleanPlan, findingsOf } from './plans.ts';

/** The clean plan with its measures replaced or edited. */
function withMeasures(edit: (measures: Measure[]) => Measure[]): Plan {
  const plan = cleanPlan();
  return { ...plan, result: { ...plan.result, measures: edit(plan.result.measures) } };
}

const primary = (plan: Plan): Measure => plan.result.measures[0] as Measure;

describe('result-not-measurable', () => {
  it('passes a result with a baseline, a numeric target and a target date', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'result-not-measurable')).toEqual([]);
  });

  it('is an error when the result has no measure at all', () => {
    const [finding, ...rest] = findingsOf(coachPlan(withMeasures(() => []), { today: TODAY }), 'result-not-measurable');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', paths: ['result.measures'], params: { missing: 'measure' } });
  });

  it('points at the missing target value and target date of the primary measure', () => {
    const plan = withMeasures(([first, ...others]) => [{ ...(first as Measure), target: {} }, ...others]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'result-not-measurable');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      paths: ['result.measures.0.target.value', 'result.measures.0.target.date'],
      params: { measureId: 'mea-reading', missing: 'target.value,target.date' },
    });
  });

  it('reports a missing baseline value once, as this error rather than measure-no-baseline', () => {
    const plan = withMeasures(([first]) => [{ ...(first as Measure), baseline: { date: '2025-09-15' } }]);
    const report = coachPlan(plan, { today: TODAY });
    expect(findingsOf(report, 'result-not-measurable')[0]?.paths).toEqual(['result.measures.0.baseline.value']);
    expect(findingsOf(report, 'measure-no-baseline')).toEqual([]);
  });

  it('judges only the primary measure', () => {
    const plan = withMeasures((measures) => [
      ...measures,
      { ...primary(cleanPlan()), id: 'mea-second', target: {}, baseline: { value: 3, date: '2025-09-15' } },
    ]);
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'result-not-measurable')).toEqual([]);
  });
});

describe('measure-no-baseline', () => {
  it('passes measures whose baseline has a value and a date', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'measure-no-baseline')).toEqual([]);
  });

  it('warns about a secondary measure with an empty baseline', () => {
    const plan = withMeasures((measures) => [...measures, { ...primary(cleanPlan()), id: 'mea-attend', baseline: {} }]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'measure-no-baseline');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      paths: ['result.measures.1.baseline.value', 'result.measures.1.baseline.date'],
      params: { measureId: 'mea-attend', missing: 'baseline.value,baseline.date' },
    });
  });

  it('warns when the primary baseline has a value but no date', () => {
    const plan = withMeasures(([first]) => [{ ...(first as Measure), baseline: { value: 48 } }]);
    const findings = findingsOf(coachPlan(plan, { today: TODAY }), 'measure-no-baseline');
    expect(findings.map((finding) => finding.paths)).toEqual([['result.measures.0.baseline.date']]);
  });
});

describe('measure-stale', () => {
  // The clean plan's measure is observed every three weeks (21 days); last observed 2026-01-05.
  it('passes a measure observed within its cadence', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: TODAY }), 'measure-stale')).toEqual([]);
  });

  it('waits a full cadence: stale the day after 21 days, not on the 21st', () => {
    expect(findingsOf(coachPlan(cleanPlan(), { today: '2026-01-26' }), 'measure-stale')).toEqual([]);
    const [finding] = findingsOf(coachPlan(cleanPlan(), { today: '2026-01-27' }), 'measure-stale');
    expect(finding).toMatchObject({
      severity: 'warning',
      paths: ['result.measures.0.observations'],
      params: { measureId: 'mea-reading', lastDate: '2026-01-05', daysSince: 22, cadenceDays: 21 },
    });
  });

  it('counts the baseline as the first observation', () => {
    const plan = withMeasures(([first]) => [{ ...(first as Measure), observations: [] }]);
    const [finding] = findingsOf(coachPlan(plan, { today: TODAY }), 'measure-stale');
    expect(finding?.params).toMatchObject({ lastDate: '2025-09-15', daysSince: 122 });
  });

  it('expects nothing before the baseline date has passed', () => {
    const plan = withMeasures(([first]) => [
      { ...(first as Measure), baseline: { value: 48, date: '2026-03-01' }, observations: [] },
    ]);
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'measure-stale')).toEqual([]);
  });

  it('does not treat an observation dated in the future as fresh', () => {
    const plan = withMeasures(([first]) => [
      { ...(first as Measure), observations: [{ id: 'obs-typo', date: '2026-12-01', value: 60 }] },
    ]);
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'measure-stale')).toHaveLength(1);
  });

  it('uses the cadence of each measure', () => {
    const plan = withMeasures(([first]) => [{ ...(first as Measure), cadence: 'quarterly', observations: [] }]);
    // 122 days since the baseline: past a quarter (92 days), within a semester (183 days).
    expect(findingsOf(coachPlan(plan, { today: TODAY }), 'measure-stale')).toHaveLength(1);
    const semester = withMeasures(([first]) => [{ ...(first as Measure), cadence: 'each-semester', observations: [] }]);
    expect(findingsOf(coachPlan(semester, { today: TODAY }), 'measure-stale')).toEqual([]);
  });
});
