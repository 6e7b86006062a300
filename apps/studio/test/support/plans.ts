/** Plans for tests, made by the core's own templates so they are always valid. */
import { createPlanFromTemplate, type Plan } from '@sixsources/core';

/** A fresh valid plan; `id` fixes its id. */
export function samplePlan(id = 'plan-test', title?: string): Plan {
  const plan = createPlanFromTemplate('socorro-literacy', { id, now: new Date('2024-05-01T12:00:00Z') });
  return title === undefined ? plan : { ...plan, title };
}
