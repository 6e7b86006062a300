/** core.mermaid.large: generating the plan-map diagram's mermaid source for a large plan. */
import { planMapDiagram } from '@sixsources/core';
import { largePlanRatio } from './large-text.ts';

export const mermaidLarge = largePlanRatio({
  name: 'core.mermaid.large',
  budget: 1,
  figure: 'plan-map mermaid source generation ÷ JSON.parse of the same text',
  work: (plan) => () => planMapDiagram(plan),
});
