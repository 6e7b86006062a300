import { dayNumber } from '../dates.ts';
import type { MeasurePart } from '../params.ts';
import { defineRule } from '../rule.ts';
import { isNumber } from '../values.ts';

/**
 * The result must be a number and a date: a measure whose first (primary) entry has a
 * numeric target, a target date and a baseline value. Paths point at each missing field.
 */
export const resultNotMeasurable = defineRule('result-not-measurable', ['result'], (context) => {
  const measure = context.plan.result.measures[0];
  if (measure === undefined) {
    return [context.finding('result-not-measurable', ['result.measures'], { measureId: '', missing: 'measure' })];
  }
  const missing: MeasurePart[] = [];
  if (!isNumber(measure.target.value)) missing.push('target.value');
  if (dayNumber(measure.target.date) === undefined) missing.push('target.date');
  if (!isNumber(measure.baseline.value)) missing.push('baseline.value');
  if (missing.length === 0) return [];
  return [
    context.finding(
      'result-not-measurable',
      missing.map((part) => `result.measures.0.${part}`),
      { measureId: measure.id, missing: missing.join(',') },
    ),
  ];
});
