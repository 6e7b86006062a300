import { CADENCE_DAYS } from '../../plan/schema.ts';
import { dayNumber } from '../dates.ts';
import { shorten } from '../labels.ts';
import { defineRule } from '../rule.ts';

/**
 * A measure is stale when more than one cadence (`CADENCE_DAYS`) has passed since its last
 * observation, counting the baseline as the first. Nothing is expected before the
 * baseline date, and observations dated after today are ignored.
 */
export const measureStale = defineRule('measure-stale', ['result'], (context) =>
  context.findEach(context.plan.result.measures, (measure, index) => {
    const baselineDay = dayNumber(measure.baseline.date);
    const cadenceDays = CADENCE_DAYS[measure.cadence];
    if (baselineDay === undefined || cadenceDays === undefined || baselineDay >= context.todayDay) return undefined;
    let lastDay = baselineDay;
    let lastDate = measure.baseline.date ?? '';
    for (const observation of measure.observations) {
      const day = dayNumber(observation.date);
      if (day !== undefined && day <= context.todayDay && day > lastDay) {
        lastDay = day;
        lastDate = observation.date;
      }
    }
    const daysSince = context.todayDay - lastDay;
    if (daysSince <= cadenceDays) return undefined;
    return context.finding('measure-stale', [`result.measures.${index}.observations`], {
      measureId: measure.id,
      measure: shorten(measure.name, measure.id),
      cadence: measure.cadence,
      cadenceDays,
      lastDate,
      daysSince,
    });
  }),
);
