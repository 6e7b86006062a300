import { isOpen } from '../context.ts';
import { dayNumber } from '../dates.ts';
import { shorten } from '../labels.ts';
import { defineRule } from '../rule.ts';

/** A planned or in-progress strategy whose due date is before today. */
export const strategyOverdue = defineRule('strategy-overdue', (context) =>
  context.plan.strategies.flatMap((strategy, index) => {
    const dueDay = dayNumber(strategy.due);
    if (!isOpen(strategy.status) || dueDay === undefined || dueDay >= context.todayDay) return [];
    return [
      context.finding('strategy-overdue', [`strategies.${index}.due`], {
        strategyId: strategy.id,
        strategy: shorten(strategy.description, strategy.id),
        due: strategy.due ?? '',
        daysLate: context.todayDay - dueDay,
      }),
    ];
  }),
);
