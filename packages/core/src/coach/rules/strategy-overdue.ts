import { isOpen } from '../status.ts';
import { dayNumber } from '../dates.ts';
import { defineRule } from '../rule.ts';

/** A planned or in-progress strategy whose due date is before today. */
export const strategyOverdue = defineRule('strategy-overdue', ['behaviors', 'strategies'], (context) =>
  context.findEach(context.plan.strategies, (strategy, index) => {
    if (!isOpen(strategy.status)) return undefined;
    const dueDay = dayNumber(strategy.due);
    if (dueDay === undefined || dueDay >= context.todayDay) return undefined;
    return context.finding('strategy-overdue', [`strategies.${index}.due`], {
      strategyId: strategy.id,
      strategy: context.strategyLabel(index),
      due: strategy.due ?? '',
      daysLate: context.todayDay - dueDay,
    });
  }),
);
