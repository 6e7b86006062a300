import { behaviorLabel } from '../labels.ts';
import { findUnobservablePhrasing } from '../phrasing.ts';
import { defineRule } from '../rule.ts';

/** A vital behavior's action must read as something you could watch people do. */
export const behaviorNotObservable = defineRule('behavior-not-observable', (context) =>
  context.plan.behaviors.flatMap((behavior, index) => {
    const phrasing = findUnobservablePhrasing(behavior.action);
    if (phrasing === undefined) return [];
    return [
      context.finding('behavior-not-observable', [`behaviors.${index}.action`], {
        behaviorId: behavior.id,
        behavior: behaviorLabel(behavior),
        kind: phrasing.kind,
        term: phrasing.term,
      }),
    ];
  }),
);
