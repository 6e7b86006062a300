/** Hands the open plan and its edit function to a feature screen that takes them as props. */
import type { ReactNode } from 'react';
import { usePlan, useEditPlan, type EditPlan } from '../plan/usePlan.ts';
import type { Plan } from '@sixsources/core';

export function WithPlan({ render }: { render: (plan: Plan, send: EditPlan) => ReactNode }) {
  const plan = usePlan();
  const send = useEditPlan();
  return render(plan, send);
}
