import { findUnobservablePhrasing } from '../phrasing.ts';
import { defineRule } from '../rule.ts';

/** A vital behavior's action must read as something you could watch people do. */
export const behaviorNotObservable = defineRule('behavior-not-observable', ['behaviors'], (context) =>
  context.findEach(context.plan.behaviors, (behavior, index) => {
    const phrasing = findUnobservablePhrasing(behavior.action);
    if (phrasing === undefined) return undefined;
    return context.finding('behavior-not-observable', [`behaviors.${index}.action`], {
      behaviorId: behavior.id,
      behavior: context.behaviorLabel(index),
      kind: phrasing.kind,
      term: phrasing.term,
    });
  }),
);
