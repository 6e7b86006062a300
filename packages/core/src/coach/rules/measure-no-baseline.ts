import { dayNumber } from '../dates.ts';
import { shorten } from '../labels.ts';
import type { MeasurePart } from '../params.ts';
import { defineRule } from '../rule.ts';
import { isNumber } from '../values.ts';

/**
 * Every measure needs a baseline value and date. The primary measure's missing value is
 * already an error (`result-not-measurable`), so it is not reported twice.
 */
export const measureNoBaseline = defineRule('measure-no-baseline', ['result'], (context) =>
  context.findEach(context.plan.result.measures, (measure, index) => {
    const missing: MeasurePart[] = [];
    if (index > 0 && !isNumber(measure.baseline.value)) missing.push('baseline.value');
    if (dayNumber(measure.baseline.date) === undefined) missing.push('baseline.date');
    if (missing.length === 0) return undefined;
    return context.finding(
      'measure-no-baseline',
      missing.map((part) => `result.measures.${index}.${part}`),
      { measureId: measure.id, measure: shorten(measure.name, measure.id), missing: missing.join(',') },
    );
  }),
);
